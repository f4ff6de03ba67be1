"""`manage.py backup` and `manage.py restore`: a real site (its own SQLite file and media
folder, run in subprocesses like the server) is backed up, changed, and restored, also
onto a fresh installation; PostgreSQL round trip on scratch databases; bad archives get a
clear message, never a traceback."""

import io
import json
import os
import shutil
import subprocess
import sys
import tarfile
import uuid
from pathlib import Path

from django.core.management import CommandError, call_command
from django.db import connection

import pytest

from home import backup

ROOT = Path(__file__).resolve().parents[2]

CREATE = """
from django.core.files.images import ImageFile
from wagtail.images.models import Image
from home.demo import ensure_home, ensure_locales
from home.demo_info import ensure_info_pages
from PIL import Image as Picture
import io
italian, english = ensure_locales()
home = ensure_home(italian, english)
ensure_info_pages(home, english)
buffer = io.BytesIO()
Picture.new("RGB", (40, 30), (200, 30, 30)).save(buffer, "PNG")
Image.objects.create(title="Centro diurno", file=ImageFile(buffer, name="centro.png"))
"""

CHANGE = """
from wagtail.images.models import Image
from home.models import HomePage, InfoPage
InfoPage.objects.all().delete()
home = HomePage.objects.get(locale__language_code="it")
home.title = "Titolo cambiato"
home.save()
image = Image.objects.get(title="Centro diurno")
image.file.delete(save=False)
image.delete()
"""

STATE = """
import json
from pathlib import Path
from django.conf import settings
from wagtail.images.models import Image
from home.models import HomePage, InfoPage
image = Image.objects.filter(title="Centro diurno").first()
print(json.dumps({
    "home": HomePage.objects.get(locale__language_code="it").title,
    "info": sorted(InfoPage.objects.values_list("title", flat=True)),
    "image": image and (Path(settings.MEDIA_ROOT) / image.file.name).read_bytes().hex(),
}))
"""


def environment(folder: Path, database_url: str | None = None) -> dict:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DATABASE_URL", "REDIS_URL", "ELASTICSEARCH_URL", "MEDIA_ROOT"}
    }
    return {
        **env,
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
        "DJANGO_DEBUG": "false",
        "DATABASE_URL": database_url or f"sqlite:///{folder / 'db.sqlite3'}",
        "MEDIA_ROOT": str(folder / "media"),
        "LOG_LEVEL": "WARNING",
    }


def manage(env, *args, check=True):
    result = subprocess.run(  # noqa: S603 - our own manage.py with fixed arguments
        [sys.executable, str(ROOT / "manage.py"), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    if check:
        assert result.returncode == 0, result.stdout + result.stderr
    return result


def state(env) -> dict:
    return json.loads(manage(env, "shell", "-c", STATE).stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def site_with_backup(tmp_path_factory):
    """A migrated site with demo pages and an uploaded image, and its backup."""
    folder = tmp_path_factory.mktemp("site")
    env = environment(folder)
    manage(env, "migrate", "--noinput")
    manage(env, "shell", "-c", CREATE)
    original = state(env)
    archive = folder / "backup.tar.gz"
    output = manage(env, "backup", str(archive)).stdout
    return env, archive, original, output


@pytest.mark.db_independent
def test_the_site_has_what_the_backup_must_carry(site_with_backup):
    _env, archive, original, output = site_with_backup
    assert "Dichiarazione di accessibilità" in original["info"]
    assert original["image"]
    assert f"Backup written to {archive}" in output
    with tarfile.open(archive) as opened:
        names = opened.getnames()
        manifest = json.load(opened.extractfile("manifest.json"))
    assert "database.sqlite3" in names
    assert any(name.startswith("media/original_images/centro") for name in names)
    assert manifest["database"] == "sqlite"
    assert "wagtailcore.0001_initial" in manifest["migrations"]
    assert manifest["media"] == "included"


@pytest.mark.db_independent
def test_restore_brings_back_pages_and_media_after_changes(site_with_backup):
    env, archive, original, _output = site_with_backup
    manage(env, "shell", "-c", CHANGE)
    changed = state(env)
    assert changed["home"] == "Titolo cambiato"
    assert changed["info"] == []
    assert changed["image"] is None

    refused = manage(env, "restore", str(archive), check=False)
    assert refused.returncode == 1
    assert "The database is not empty" in refused.stderr
    assert "--force" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert state(env) == changed

    restored = manage(env, "restore", str(archive), "--force")
    assert "Restored the backup" in restored.stdout
    assert state(env) == original


@pytest.mark.db_independent
def test_restore_onto_a_fresh_installation(site_with_backup, tmp_path):
    _env, archive, original, _output = site_with_backup
    fresh = environment(tmp_path)
    # No migrate: the restore creates every table, and the empty database needs no --force.
    manage(fresh, "restore", str(archive))
    assert state(fresh) == original
    assert manage(fresh, "migrate", "--check").returncode == 0


def bad_archive(tmp_path, name, members):
    path = tmp_path / name
    with tarfile.open(path, "w:gz") as archive:
        for member_name, data in members.items():
            info = tarfile.TarInfo(member_name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return path


def this_vendor() -> str:
    return connection.vendor


def other_vendor() -> str:
    return "sqlite" if connection.vendor == "postgresql" else "postgresql"


def manifest(**changes) -> bytes:
    base = {
        "format": backup.FORMAT,
        "created": "2026-11-25T04:00:00+00:00",
        **backup._versions(),
        "database": this_vendor(),
        "database_file": backup.DATABASE_FILES[this_vendor()],
        "migrations": ["wagtailcore.0001_initial"],
        "media": "included",
    }
    return json.dumps({**base, **changes}).encode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("kind", "message"),
    [
        ("not a tar", "is not a .tar.gz archive made by `manage.py backup`"),
        ("no manifest", "has no manifest.json"),
        ("broken manifest", "manifest.json is not valid JSON"),
        ("other format", "Unknown backup format 7"),
        ("older Django", "made with Django 4.2.1, this installation runs"),
        ("newer migrations", "migrations this code does not know (home.9999_future)"),
        ("other database", "holds a {other} database and this installation uses {this}"),
        ("no database", "has no {file}: it is incomplete"),
        ("unsafe media", "unsafe media entry: media/../../etc/cron.d/x"),
    ],
)
def test_bad_archives_are_refused_with_a_clear_message(tmp_path, kind, message):
    if kind == "not a tar":
        path = tmp_path / "notes.tar.gz"
        path.write_text("just some text")
    else:
        members = {
            "no manifest": {backup.DATABASE_FILES[this_vendor()]: b"x"},
            "broken manifest": {"manifest.json": b"{not json"},
            "other format": {"manifest.json": manifest(format=7)},
            "older Django": {"manifest.json": manifest(django="4.2.1")},
            "newer migrations": {
                "manifest.json": manifest(migrations=["home.0001_initial", "home.9999_future"])
            },
            "other database": {"manifest.json": manifest(database=other_vendor())},
            "no database": {"manifest.json": manifest()},
            "unsafe media": {
                "manifest.json": manifest(),
                backup.DATABASE_FILES[this_vendor()]: b"x",
                "media/../../etc/cron.d/x": b"* * * * * root true",
            },
        }[kind]
        path = bad_archive(tmp_path, f"{kind}.tar.gz", members)
    with pytest.raises(CommandError) as raised:
        call_command("restore", str(path), "--force", stdout=io.StringIO())
    expected = message.format(
        this=this_vendor(), other=other_vendor(), file=backup.DATABASE_FILES[this_vendor()]
    )
    assert expected in str(raised.value)


def test_a_missing_archive_and_a_missing_folder_are_reported(tmp_path):
    with pytest.raises(CommandError, match="is not a file"):
        call_command("restore", str(tmp_path / "nothing.tar.gz"))
    with pytest.raises(CommandError, match="does not exist"):
        call_command("backup", str(tmp_path / "no-such-folder" / "backup.tar.gz"))


def test_backup_without_pg_dump_explains_what_to_do(monkeypatch):
    monkeypatch.setattr(backup.shutil, "which", lambda program: None)
    with pytest.raises(backup.BackupError) as raised:
        backup._pg_command("pg_dump", "default")
    assert "pg_dump was not found on PATH" in str(raised.value)
    assert "pg_dump -Fc" in str(raised.value)


def postgres_available() -> str:
    if not (shutil.which("pg_dump") and shutil.which("pg_restore") and shutil.which("psql")):
        return "needs pg_dump, pg_restore and psql on PATH"
    probe = subprocess.run(  # noqa: S603
        ["psql", "-h", "127.0.0.1", "-U", "postgres", "-tAc", "select 1"],  # noqa: S607
        capture_output=True,
        text=True,
    )
    return "" if probe.returncode == 0 else "needs PostgreSQL at 127.0.0.1:5432 (user postgres)"


def psql(sql: str) -> None:
    subprocess.run(  # noqa: S603
        ["psql", "-h", "127.0.0.1", "-U", "postgres", "-c", sql],  # noqa: S607
        check=True,
        capture_output=True,
    )


@pytest.mark.db_independent
@pytest.mark.postgres
def test_postgresql_round_trip_on_scratch_databases(tmp_path):
    reason = postgres_available()
    if reason:
        pytest.skip(reason)
    suffix = uuid.uuid4().hex[:8]
    source, target = f"backup_source_{suffix}", f"backup_target_{suffix}"
    psql(f"CREATE DATABASE {source}")
    psql(f"CREATE DATABASE {target}")
    try:
        env = environment(tmp_path / "a", f"postgres://postgres@127.0.0.1:5432/{source}")
        manage(env, "migrate", "--noinput")
        manage(env, "shell", "-c", CREATE)
        original = state(env)
        archive = tmp_path / "pg.tar.gz"
        manage(env, "backup", str(archive))
        with tarfile.open(archive) as opened:
            assert "database.pgdump" in opened.getnames()

        manage(env, "shell", "-c", CHANGE)
        assert "not empty" in manage(env, "restore", str(archive), check=False).stderr
        manage(env, "restore", str(archive), "--force")
        assert state(env) == original

        fresh = environment(tmp_path / "b", f"postgres://postgres@127.0.0.1:5432/{target}")
        manage(fresh, "restore", str(archive))
        assert state(fresh) == original
    finally:
        psql(f"DROP DATABASE IF EXISTS {source} WITH (FORCE)")
        psql(f"DROP DATABASE IF EXISTS {target} WITH (FORCE)")
