"""Export the public catalogue as HSDS 3.0 files, and read such files back.

JSON: one file (``PATH.json``) holding ``organizations``, ``services``, ``taxonomies``
and ``taxonomy_terms`` with the export's details (HSDS version, profile, language,
time), or a directory with one file each plus ``export.json``. CSV: the tabular format,
in a directory or a ``.zip``. ``importer`` reads the JSON forms.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from django.urls import reverse
from django.utils import timezone

from wagtail.models import Locale, Site

from . import HSDS_VERSION
from .queries import Catalogue
from .serializers import Serializer, timestamp
from .tabular import csv_files
from .taxonomies import VOCABULARIES, all_terms

BATCH = 200
LISTS = ("organizations", "services", "taxonomies", "taxonomy_terms")
DETAILS_FILE = "export.json"
ORDER = ("title", "hsds_id")


class ExchangeError(Exception):
    """A file that cannot be read or written; the message says which and why."""


def site_url(path: str = "") -> str:
    site = Site.objects.filter(is_default_site=True).first()
    return (site.root_url if site else "").rstrip("/") + path


def build_dataset(locale: Locale | None = None) -> dict:
    """The whole public catalogue as HSDS records (compiled, fully nested)."""
    catalogue = Catalogue(locale)
    serializer = Serializer(catalogue)
    pks = list(catalogue.services().order_by(*ORDER).values_list("pk", flat=True))
    services, by_provider = [], {}
    for start in range(0, len(pks), BATCH):
        bundles = catalogue.load_services(pks[start : start + BATCH])
        records = serializer.services(bundles)
        services += records
        for bundle, record in zip(bundles, records, strict=True):
            summary = {k: v for k, v in record.items() if not isinstance(v, list | dict)}
            by_provider.setdefault(bundle.provider.source.pk, []).append(summary)
    providers = catalogue.load_providers(
        catalogue.providers().order_by(*ORDER).values_list("pk", flat=True)
    )
    return {
        "hsds_version": HSDS_VERSION,
        "profile": site_url(reverse("hsds:profile")),
        "language": catalogue.language,
        "exported_at": timestamp(timezone.now()),
        "organizations": serializer.organizations(providers, nested=True, services=by_provider),
        "services": services,
        "taxonomies": [vocabulary.as_hsds(catalogue.language) for vocabulary in VOCABULARIES],
        "taxonomy_terms": [term.as_hsds() for term in all_terms(catalogue.locale)],
    }


def _dump(data) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def write_json(dataset: dict, path: Path) -> list[Path]:
    """One ``.json`` file, or a directory of files; returns what was written."""
    if path.suffix == ".json":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(_dump(dataset), encoding="utf-8")
        return [path]
    path.mkdir(parents=True, exist_ok=True)
    details = {key: value for key, value in dataset.items() if key not in LISTS}
    written = [path / DETAILS_FILE]
    written[0].write_text(_dump(details), encoding="utf-8")
    for key in LISTS:
        target = path / f"{key}.json"
        target.write_text(_dump(dataset[key]), encoding="utf-8")
        written.append(target)
    return written


def write_csv(dataset: dict, path: Path) -> list[Path]:
    """A directory of CSV files, or a ``.zip`` of them."""
    files = csv_files(dataset)
    if path.suffix == ".zip":
        path.parent.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name, text in files.items():
                archive.writestr(name, text)
        return [path]
    path.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (path / name).write_text(text, encoding="utf-8")
    return [path / name for name in files]


def _load(path: Path):
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ExchangeError(f"{path}: no such file.") from None
    except UnicodeDecodeError:
        raise ExchangeError(f"{path}: not UTF-8 text.") from None
    except json.JSONDecodeError as error:
        raise ExchangeError(
            f"{path}: not valid JSON ({error.msg} at line {error.lineno}, column {error.colno})."
        ) from None


def read_dataset(path: Path) -> dict:
    """An export written by :func:`write_json` (a file or a directory)."""
    if path.is_dir():
        dataset = _load(path / DETAILS_FILE) if (path / DETAILS_FILE).is_file() else {}
        if not isinstance(dataset, dict):
            raise ExchangeError(f"{path / DETAILS_FILE}: expected a JSON object.")
        for key in LISTS:
            if (path / f"{key}.json").is_file():
                dataset[key] = _load(path / f"{key}.json")
    else:
        dataset = _load(path)
    if not isinstance(dataset, dict):
        raise ExchangeError(f"{path}: expected a JSON object with 'organizations' and 'services'.")
    for key in ("organizations", "services"):
        if not isinstance(dataset.get(key, []), list):
            raise ExchangeError(f"{path}: '{key}' must be a list of records.")
    return dataset
