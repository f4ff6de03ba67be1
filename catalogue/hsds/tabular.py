"""The HSDS 3.0 tabular format: one CSV per table, flattened from compiled records.

Table files and columns follow the schemas (``path`` and scalar properties, in their
order; a test keeps them in step). Tables whose records carry profile extensions get
those columns after the standard ones. Nested records are linked by their foreign keys
(``service_id``, ``location_id``, ``link_id``, ...), as in the compiled records.
"""

from __future__ import annotations

import csv
import io
import json

# (table, file, standard columns)
TABLES = [
    (
        "organizations",
        "organizations.csv",
        [
            "id",
            "name",
            "alternate_name",
            "description",
            "email",
            "website",
            "tax_status",
            "tax_id",
            "year_incorporated",
            "legal_status",
            "logo",
            "uri",
            "parent_organization_id",
        ],
    ),
    (
        "services",
        "services.csv",
        [
            "id",
            "organization_id",
            "program_id",
            "name",
            "alternate_name",
            "description",
            "url",
            "email",
            "status",
            "interpretation_services",
            "application_process",
            "fees_description",
            "wait_time",
            "fees",
            "accreditations",
            "eligibility_description",
            "minimum_age",
            "maximum_age",
            "assured_date",
            "assurer_email",
            "licenses",
            "alert",
            "last_modified",
        ],
    ),
    (
        "phones",
        "phones.csv",
        [
            "id",
            "location_id",
            "service_id",
            "organization_id",
            "contact_id",
            "service_at_location_id",
            "number",
            "extension",
            "type",
            "description",
        ],
    ),
    (
        "schedules",
        "schedules.csv",
        [
            "id",
            "service_id",
            "location_id",
            "service_at_location_id",
            "valid_from",
            "valid_to",
            "dtstart",
            "timezone",
            "until",
            "count",
            "wkst",
            "freq",
            "interval",
            "byday",
            "byweekno",
            "bymonthday",
            "byyearday",
            "description",
            "opens_at",
            "closes_at",
            "schedule_link",
            "attending_type",
            "notes",
        ],
    ),
    (
        "service_areas",
        "service_areas.csv",
        ["id", "service_id", "name", "description", "extent", "extent_type", "uri"],
    ),
    (
        "service_at_locations",
        "service_at_location.csv",
        ["id", "service_id", "location_id", "description"],
    ),
    (
        "locations",
        "locations.csv",
        [
            "id",
            "location_type",
            "url",
            "organization_id",
            "name",
            "alternate_name",
            "description",
            "transportation",
            "latitude",
            "longitude",
            "external_identifier",
            "external_identifier_type",
        ],
    ),
    (
        "addresses",
        "addresses.csv",
        [
            "id",
            "location_id",
            "attention",
            "address_1",
            "address_2",
            "city",
            "region",
            "state_province",
            "postal_code",
            "country",
            "address_type",
        ],
    ),
    ("accessibility", "accessibility.csv", ["id", "location_id", "description", "details", "url"]),
    (
        "languages",
        "languages.csv",
        ["id", "service_id", "location_id", "phone_id", "name", "code", "note"],
    ),
    (
        "cost_options",
        "cost_options.csv",
        [
            "id",
            "service_id",
            "valid_from",
            "valid_to",
            "option",
            "currency",
            "amount",
            "amount_description",
        ],
    ),
    ("required_documents", "required_documents.csv", ["id", "service_id", "document", "uri"]),
    (
        "contacts",
        "contacts.csv",
        [
            "id",
            "organization_id",
            "service_id",
            "service_at_location_id",
            "location_id",
            "name",
            "title",
            "department",
            "email",
        ],
    ),
    (
        "attributes",
        "attributes.csv",
        ["id", "link_id", "taxonomy_term_id", "link_type", "link_entity", "value"],
    ),
    (
        "organization_identifiers",
        "organization_identifiers.csv",
        ["id", "organization_id", "identifier_scheme", "identifier_type", "identifier"],
    ),
    ("taxonomies", "taxonomies.csv", ["id", "name", "description", "uri", "version"]),
    (
        "taxonomy_terms",
        "taxonomy_terms.csv",
        [
            "id",
            "code",
            "name",
            "description",
            "parent_id",
            "taxonomy",
            "language",
            "taxonomy_id",
            "term_uri",
        ],
    ),
]
# Profile extension columns (scalar ones; rich text and closures stay in the JSON).
EXTENSIONS = {
    "organizations": ["short_description", "page_url", "content_language"],
    "services": [
        "short_description",
        "outcome",
        "deadlines",
        "conditions",
        "further_information",
        "access_desk",
        "page_url",
        "content_language",
    ],
}
# Key in a compiled record → table of its nested records.
NESTED = {
    "phones": "phones",
    "schedules": "schedules",
    "service_areas": "service_areas",
    "service_at_locations": "service_at_locations",
    "location": "locations",
    "addresses": "addresses",
    "accessibility": "accessibility",
    "languages": "languages",
    "cost_options": "cost_options",
    "required_documents": "required_documents",
    "contacts": "contacts",
    "attributes": "attributes",
    "organization_identifiers": "organization_identifiers",
}


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def rows_by_table(dataset: dict) -> dict[str, list[dict]]:
    """Every record of ``dataset`` (an export) as a row of its table, once per id."""
    rows: dict[str, dict[str, dict]] = {table: {} for table, _file, _columns in TABLES}

    def add(table: str, record: dict) -> None:
        rows[table].setdefault(record["id"], record)
        for key, value in record.items():
            if key not in NESTED:
                continue
            for item in value if isinstance(value, list) else [value]:
                add(NESTED[key], item)

    for table in ("organizations", "services", "taxonomies", "taxonomy_terms"):
        for record in dataset.get(table, []):
            add(table, record)
    return {table: list(records.values()) for table, records in rows.items()}


def csv_files(dataset: dict) -> dict[str, str]:
    """File name → CSV text, plus ``datapackage.json`` describing them."""
    files = {}
    tables = rows_by_table(dataset)
    resources = []
    for table, file_name, columns in TABLES:
        columns = columns + EXTENSIONS.get(table, [])
        output = io.StringIO()
        writer = csv.writer(output, lineterminator="\n")
        writer.writerow(columns)
        for record in tables[table]:
            writer.writerow([_cell(record.get(column)) for column in columns])
        files[file_name] = output.getvalue()
        resources.append(
            {
                "name": table,
                "path": file_name,
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
            }
        )
    package = {
        "name": "hsds",
        "profile": "tabular-data-package",
        "hsds_version": dataset.get("hsds_version"),
        "hsds_profile": dataset.get("profile"),
        "language": dataset.get("language"),
        "resources": resources,
    }
    files["datapackage.json"] = json.dumps(package, indent=2, ensure_ascii=False) + "\n"
    return files
