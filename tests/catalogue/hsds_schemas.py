"""Validation against the HSDS 3.0 JSON schemas kept in ``catalogue/hsds/schemas``.

The schemas refer to each other by file name (``taxonomy.json``, ``metadata.json``); a
referencing registry resolves those names. Formats are checked where jsonschema can
(uuid, email, date).
"""

import functools
import json
from pathlib import Path

from jsonschema import Draft202012Validator
from referencing import Registry
from referencing.jsonschema import DRAFT202012

import catalogue.hsds

SCHEMAS = Path(catalogue.hsds.__file__).resolve().parent / "schemas"
NAMES = (
    "service",
    "service_list",
    "organization",
    "organization_list",
    "taxonomy",
    "taxonomy_term",
)


@functools.cache
def _schemas() -> dict:
    return {name: json.loads((SCHEMAS / f"{name}.json").read_text()) for name in NAMES}


@functools.cache
def validator(name: str) -> Draft202012Validator:
    schemas = _schemas()
    # metadata.json is not shipped; the compiled service schema holds its definition.
    metadata = schemas["service"]["properties"]["metadata"]["items"]
    resources = [
        (f"{key}.json", DRAFT202012.create_resource(value)) for key, value in schemas.items()
    ]
    resources.append(("metadata.json", DRAFT202012.create_resource(metadata)))
    return Draft202012Validator(
        schemas[name],
        registry=Registry().with_resources(resources),
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )


def errors(record, name: str) -> list[str]:
    return [f"{error.json_path}: {error.message}" for error in validator(name).iter_errors(record)]


def assert_valid(record, name: str) -> None:
    found = errors(record, name)
    assert not found, f"not a valid HSDS {name}:\n" + "\n".join(found[:20])


def assert_valid_page(envelope: dict, item_schema: str) -> None:
    """A paginated envelope of the HSDS API, each item valid against ``item_schema``."""
    expected = {
        "total_items": int,
        "total_pages": int,
        "page_number": int,
        "size": int,
        "first_page": bool,
        "last_page": bool,
        "empty": bool,
        "contents": list,
    }
    for key, kind in expected.items():
        assert isinstance(envelope.get(key), kind), f"{key} should be {kind.__name__}"
    for item in envelope["contents"]:
        assert_valid(item, item_schema)


def scalar_properties(name: str) -> list[str]:
    return [
        key
        for key, value in _schemas()[name]["properties"].items()
        if value.get("type") not in ("array", "object") and "$ref" not in value
    ]


def schema(name: str) -> dict:
    return _schemas()[name]
