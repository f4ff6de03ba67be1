"""Backup and restore of the whole portal: the database and the uploaded media in one
``.tar.gz`` archive with a manifest (when, Django and Wagtail versions, database engine,
applied migrations).

SQLite is copied with sqlite3's online backup API, a consistent snapshot while the site
keeps running; PostgreSQL with ``pg_dump -Fc`` (``pg_restore`` on the way back). Media
come from ``MEDIA_ROOT`` when files are stored on disk; with S3-compatible storage the
bucket is backed up by its own means (versioning, replication), which the manifest says.

``manage.py backup`` and ``manage.py restore`` are thin commands over this module.
"""

from __future__ import annotations

import datetime
import io
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

import django
from django.core.files.storage import FileSystemStorage, storages
from django.db import connections
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone

import wagtail

FORMAT = 1
MANIFEST = "manifest.json"
MEDIA = "media"
DATABASE_FILES = {"sqlite": "database.sqlite3", "postgresql": "database.pgdump"}
PG_DUMP_GUIDANCE = (
    "pg_dump was not found on PATH. Install the PostgreSQL client of the server's major "
    "version (Debian: apt-get install postgresql-client-15) and run the backup again, or "
    "dump by hand with: pg_dump -Fc --no-owner -h HOST -p PORT -U USER -f portal.pgdump "
    "DATABASE (and copy MEDIA_ROOT beside it)."
)


class BackupError(Exception):
    """A backup or restore that cannot go ahead, with a message for the operator."""


@dataclass
class RestoreResult:
    manifest: dict
    media_files: int
    # Migrations the code has and the archive's database had not: run `migrate`.
    pending_migrations: list[str]


def _versions() -> dict:
    return {"django": django.get_version(), "wagtail": wagtail.__version__}


def _feature_release(version: str) -> str:
    return ".".join(version.split(".")[:2])


def _applied_migrations(alias: str) -> list[str]:
    recorder = MigrationRecorder(connections[alias])
    return sorted(f"{app}.{name}" for app, name in recorder.applied_migrations())


def _media_on_disk() -> Path | None:
    storage = storages["default"]
    if isinstance(storage, FileSystemStorage):
        return Path(storage.location)
    return None


def _vendor(alias: str) -> str:
    vendor = connections[alias].vendor
    if vendor not in DATABASE_FILES:
        raise BackupError(f"Backups support SQLite and PostgreSQL, not {vendor}.")
    return vendor


def _pg_command(program: str, alias: str) -> tuple[list[str], dict]:
    path = shutil.which(program)
    if not path:
        if program == "pg_dump":
            raise BackupError(PG_DUMP_GUIDANCE)
        raise BackupError(
            "pg_restore was not found on PATH. Install the PostgreSQL client of the "
            "server's major version (Debian: apt-get install postgresql-client-15)."
        )
    db = connections[alias].settings_dict
    args = [path, "--no-owner", "--no-privileges", "--dbname", db["NAME"]]
    if db.get("HOST"):
        args += ["--host", db["HOST"]]
    if db.get("PORT"):
        args += ["--port", str(db["PORT"])]
    if db.get("USER"):
        args += ["--username", db["USER"]]
    env = {**os.environ}
    if db.get("PASSWORD"):
        env["PGPASSWORD"] = db["PASSWORD"]
    return args, env


def _sqlite_copy(source_path: Path, target) -> None:
    """Copy a SQLite database with its online backup API: a consistent copy even while
    the site writes to the source, which is opened read-only."""
    source = sqlite3.connect(f"{source_path.resolve().as_uri()}?mode=ro", uri=True)
    copy = sqlite3.connect(target)
    try:
        source.backup(copy)
    finally:
        copy.close()
        source.close()


def _dump_database(alias: str, vendor: str, target: Path) -> None:
    if vendor == "sqlite":
        name = connections[alias].settings_dict["NAME"]
        if str(name).startswith(":memory:") or "mode=memory" in str(name):
            raise BackupError("An in-memory SQLite database cannot be backed up.")
        if not Path(name).is_file():
            raise BackupError(f"The SQLite database {name} does not exist.")
        _sqlite_copy(Path(name), target)
        return
    args, env = _pg_command("pg_dump", alias)
    result = subprocess.run(  # noqa: S603 - pg_dump with our own arguments
        [*args, "--format=custom", "--file", str(target)], env=env, capture_output=True, text=True
    )
    if result.returncode != 0:
        raise BackupError(f"pg_dump failed: {result.stderr.strip()}")


def default_archive_name(now: datetime.datetime | None = None) -> str:
    now = timezone.localtime(now or timezone.now())
    return f"portal-backup-{now:%Y%m%d-%H%M%S}.tar.gz"


def backup(destination: Path, alias: str = "default") -> tuple[Path, dict]:
    """Write the archive to ``destination`` (a folder gets a dated file name); returns
    its path and manifest. The archive appears only once complete."""
    destination = Path(destination)
    if destination.is_dir():
        destination = destination / default_archive_name()
    if not destination.parent.is_dir():
        raise BackupError(f"The folder {destination.parent} does not exist.")
    vendor = _vendor(alias)
    media = _media_on_disk()
    manifest = {
        "format": FORMAT,
        "created": timezone.now().isoformat(),
        **_versions(),
        "database": vendor,
        "database_file": DATABASE_FILES[vendor],
        "migrations": _applied_migrations(alias),
        "media": "included" if media else "not included: media are on external storage",
    }
    partial = destination.with_name(destination.name + ".part")
    with tempfile.TemporaryDirectory() as work:
        dump = Path(work) / DATABASE_FILES[vendor]
        _dump_database(alias, vendor, dump)
        try:
            with tarfile.open(partial, "w:gz") as archive:
                data = json.dumps(manifest, indent=2).encode()
                info = tarfile.TarInfo(MANIFEST)
                info.size = len(data)
                info.mtime = int(timezone.now().timestamp())
                archive.addfile(info, io.BytesIO(data))
                archive.add(dump, arcname=DATABASE_FILES[vendor])
                if media and media.is_dir():
                    archive.add(media, arcname=MEDIA)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
    partial.replace(destination)
    return destination, manifest


def _read_manifest(archive: tarfile.TarFile) -> dict:
    try:
        member = archive.getmember(MANIFEST)
        manifest = json.load(archive.extractfile(member))
    except KeyError:
        raise BackupError(
            f"The archive has no {MANIFEST}: it was not made by `manage.py backup`."
        ) from None
    except (ValueError, AttributeError):
        raise BackupError(f"The archive's {MANIFEST} is not valid JSON.") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError(
            f"Unknown backup format {manifest.get('format') if isinstance(manifest, dict) else '?'}"
            f" (this portal reads format {FORMAT})."
        )
    return manifest


def _check_compatible(manifest: dict, alias: str) -> list[str]:
    """Refuse archives this code cannot take; returns the migrations to run after."""
    here = _versions()
    for package in ("django", "wagtail"):
        theirs = str(manifest.get(package, "?"))
        if _feature_release(theirs) != _feature_release(here[package]):
            raise BackupError(
                f"The backup was made with {package.title()} {theirs}, this installation "
                f"runs {here[package]}. Restore it with the same {package.title()} release, "
                "then upgrade and run `manage.py migrate`."
            )
    vendor = _vendor(alias)
    if manifest.get("database") != vendor:
        raise BackupError(
            f"The backup holds a {manifest.get('database')} database and this installation "
            f"uses {vendor}: restore into the same kind of database."
        )
    loader = MigrationLoader(None, ignore_no_migrations=True)
    known = {f"{app}.{name}" for app, name in loader.disk_migrations}
    archived = set(manifest.get("migrations", []))
    unknown = sorted(archived - known)
    if unknown:
        raise BackupError(
            "The backup's database has migrations this code does not know ("
            + ", ".join(unknown[:5])
            + (", ..." if len(unknown) > 5 else "")
            + "): it was made by a newer version of the portal."
        )
    return sorted(known - archived)


def database_is_empty(alias: str = "default") -> bool:
    with connections[alias].cursor() as cursor:
        return not connections[alias].introspection.table_names(cursor)


def _restore_database(alias: str, vendor: str, dump: Path, replace: bool) -> None:
    connection = connections[alias]
    if vendor == "sqlite":
        name = connection.settings_dict["NAME"]
        connection.close()
        _sqlite_copy(dump, name)
        return
    connection.close()
    args, env = _pg_command("pg_restore", alias)
    if replace:
        args += ["--clean", "--if-exists"]
    result = subprocess.run(  # noqa: S603 - pg_restore with our own arguments
        [*args, "--single-transaction", "--exit-on-error", str(dump)],
        env=env,
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        raise BackupError(f"pg_restore failed: {result.stderr.strip()}")


def _media_members(archive: tarfile.TarFile) -> list[tarfile.TarInfo]:
    members = []
    for member in archive.getmembers():
        if not member.name.startswith(f"{MEDIA}/"):
            continue
        if ".." in Path(member.name).parts or not (member.isfile() or member.isdir()):
            raise BackupError(f"The archive holds an unsafe media entry: {member.name}")
        members.append(member)
    return members


def restore(path: Path, force: bool = False, alias: str = "default") -> RestoreResult:
    """Put the archive's database and media back. Refuses a database that already has
    tables unless ``force`` (then its content is replaced)."""
    path = Path(path)
    if not path.is_file():
        raise BackupError(f"{path} is not a file.")
    try:
        archive = tarfile.open(path, "r:gz")  # noqa: SIM115 - closed by the `with` below
    except (tarfile.TarError, OSError, EOFError):
        raise BackupError(f"{path} is not a .tar.gz archive made by `manage.py backup`.") from None
    with archive, tempfile.TemporaryDirectory() as work:
        try:
            manifest = _read_manifest(archive)
            pending = _check_compatible(manifest, alias)
            vendor = manifest["database"]
            try:
                archive.extract(DATABASE_FILES[vendor], work, filter="data")
            except KeyError:
                raise BackupError(
                    f"The archive has no {DATABASE_FILES[vendor]}: it is incomplete."
                ) from None
            media_members = _media_members(archive)
        except (tarfile.TarError, OSError, EOFError) as error:
            raise BackupError(f"The archive is damaged: {error}") from None
        empty = database_is_empty(alias)
        if not empty and not force:
            raise BackupError(
                "The database is not empty. Restoring replaces everything in it: run again "
                "with --force if that is what you want."
            )
        media = _media_on_disk()
        if media_members and media is None:
            raise BackupError(
                "The archive holds media files but this installation stores media on "
                "external storage: copy the archive's media/ folder to the bucket by hand."
            )
        _restore_database(alias, vendor, Path(work) / DATABASE_FILES[vendor], replace=not empty)
        files = 0
        if media_members:
            media.mkdir(parents=True, exist_ok=True)
            for member in media_members:
                # Strip the leading "media/" and extract inside MEDIA_ROOT, with the
                # "data" filter refusing absolute paths, links out and special files.
                member.name = member.name[len(MEDIA) + 1 :]
                if not member.name:
                    continue
                archive.extract(member, media, filter="data")
                files += member.isfile()
    return RestoreResult(manifest=manifest, media_files=files, pending_migrations=pending)
