"""Compile the gettext catalogues (.po → .mo) without GNU gettext installed.

python -m portal.compile_messages          # write every .mo next to its .po
python -m portal.compile_messages --check  # fail if a committed .mo is out of date
"""

import argparse
import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE_DIRS = ("portal", "home", "articles", "catalogue", "search")


def catalogues() -> list[Path]:
    return sorted(
        po for folder in CATALOGUE_DIRS for po in (ROOT / folder).glob("locale/*/LC_MESSAGES/*.po")
    )


def compiled(po_path: Path) -> bytes:
    tmp = po_path.with_suffix(".mo.tmp")
    polib.pofile(str(po_path)).save_as_mofile(str(tmp))
    data = tmp.read_bytes()
    tmp.unlink()
    return data


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    stale = []
    for po_path in catalogues():
        mo_path = po_path.with_suffix(".mo")
        data = compiled(po_path)
        if args.check:
            if not mo_path.exists() or mo_path.read_bytes() != data:
                stale.append(mo_path)
        else:
            mo_path.write_bytes(data)
    if stale:
        names = ", ".join(str(path.relative_to(ROOT)) for path in stale)
        sys.stderr.write(
            f"Out-of-date catalogues: {names}. Run: python -m portal.compile_messages\n"
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
