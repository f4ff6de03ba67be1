"""The English interface strings: the committed catalogue (.mo) is the one its source
(.po) compiles to, so a string translated in the .po shows in English and a broken .po
fails here rather than at the next `compilemessages`."""

import gettext
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CATALOGUES = sorted(ROOT.glob("*/locale/*/LC_MESSAGES/django.po"))


def catalogue(path: Path) -> dict:
    with path.open("rb") as compiled:
        return dict(gettext.GNUTranslations(compiled)._catalog)


def test_there_are_catalogues():
    assert CATALOGUES


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="needs GNU gettext's msgfmt")
@pytest.mark.parametrize("source", CATALOGUES, ids=lambda path: str(path.relative_to(ROOT)))
def test_compiled_catalogue_matches_its_source(source, tmp_path):
    compiled = tmp_path / "django.mo"
    result = subprocess.run(  # noqa: S603
        ["msgfmt", "--check", "-o", str(compiled), str(source)],  # noqa: S607
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert catalogue(compiled) == catalogue(source.with_suffix(".mo"))
