"""HSDS files: export_hsds (JSON, CSV) and import_hsds (drafts, dry run, refusals)."""

import copy
import csv
import datetime
import io
import json
import uuid
import zipfile
from decimal import Decimal

from django.core.management import CommandError, call_command

from wagtail.models import Locale, Page, Revision

import pytest

from catalogue.hsds.tabular import EXTENSIONS, TABLES
from catalogue.models import ProviderPage, ServiceLanguage, ServicePage

from .conftest import add_location
from .hsds_schemas import assert_valid, scalar_properties, schema

TIMESTAMPS = {"exported_at", "last_modified"}


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def run(command, *args, **options) -> str:
    out = io.StringIO()
    call_command(command, *[str(arg) for arg in args], stdout=out, **options)
    return out.getvalue()


def export(tmp_path, name="export.json", **options) -> dict:
    run("export_hsds", tmp_path / name, **options)
    return json.loads((tmp_path / name).read_text())


def without_timestamps(data):
    if isinstance(data, dict):
        return {k: without_timestamps(v) for k, v in data.items() if k not in TIMESTAMPS}
    if isinstance(data, list):
        return [without_timestamps(item) for item in data]
    return data


def write(tmp_path, data, name="import.json"):
    path = tmp_path / name
    path.write_text(json.dumps(data))
    return path


def wipe_catalogue():
    # Unpublished first: deleting a live page re-indexes it for search while it goes.
    pages = Page.objects.type(ProviderPage, ServicePage).filter(locale=Locale.get_default())
    for page in pages.live().order_by("-depth"):
        page.specific.unpublish()
    for provider in ProviderPage.objects.filter(locale=Locale.get_default()):
        provider.delete()


def publish_drafts():
    for model in (ProviderPage, ServicePage):
        for page in model.objects.filter(live=False):
            page.get_latest_revision().publish()


def counts():
    return (ProviderPage.objects.count(), ServicePage.objects.count(), Revision.objects.count())


@pytest.fixture
def catalogue(full_service, provider, make_provider, make_service, terms):
    """Two providers with services covering every exchanged field, and a draft."""
    association = publish(
        make_provider(
            title="Associazione Insieme",
            legal_status="third_sector",
            pillar=terms["community"],
            codice_fiscale="99000000028",
            runts_number="123456",
            introduction="Volontari a Vigonza dal 1998.",
            description=f'<p>Vedi <a linktype="page" id="{full_service.pk}">il servizio</a>.</p>',
        )
    )
    closed = make_service(
        parent=association,
        title="Compagnia agli anziani",
        introduction="Visite a casa di persone sole.",
        status="temporarily_closed",
        status_reason="Sospeso fino a settembre per mancanza di volontari.",
        pillar=terms["community"],
        max_age=99,
        booking_url="",
        phone="",
        email="compagnia@example.org",
        times="<p>Entro una settimana &amp; senza attese.</p>",
        target_groups=[terms["elderly"]],
        municipalities=[terms["vigonza"]],
    )
    ServiceLanguage.objects.create(page=closed, code="lis", sort_order=0)
    location = add_location(
        closed,
        terms["vigonza"],
        hours=[(2, datetime.time(15), datetime.time(18, 30))],
        closures=[datetime.date(2026, 8, 14)],
        name="Sede dell'associazione",
        latitude=Decimal("45.412345"),
        longitude=Decimal("11.987654"),
    )
    location.accessibility.set([terms["ramp"]])
    publish(closed)
    draft = make_service(title="Ancora in bozza")
    draft.unpublish()
    return {"association": association, "closed": closed, "full": full_service}


# --- Export --------------------------------------------------------------------------


@pytest.mark.django_db
def test_json_export_holds_every_public_record_valid_against_hsds(tmp_path, catalogue):
    data = export(tmp_path)
    assert (data["hsds_version"], data["language"]) == ("3.0", "it")
    assert data["profile"] == "http://localhost/api/hsds/profile"
    assert [record["name"] for record in data["services"]] == [
        "Assistenza domiciliare",
        "Compagnia agli anziani",
    ]  # the draft is not exported
    assert [record["name"] for record in data["organizations"]] == [
        "Associazione Insieme",
        "Comune di Vigonza",
    ]
    for record in data["services"]:
        assert_valid(record, "service")
    for record in data["organizations"]:
        assert_valid(record, "organization")
    for record in data["taxonomies"]:
        assert_valid(record, "taxonomy")
    for record in data["taxonomy_terms"]:
        assert_valid(record, "taxonomy_term")
    closed = data["services"][1]
    assert closed["status"] == "temporarily closed"
    assert closed["alert"].startswith("Sospeso fino a settembre")
    assert [language["code"] for language in closed["languages"]] == ["ise"]  # LIS
    assert closed["service_at_locations"][0]["closures"] == [
        {"date": "2026-08-14", "reason": "Inventario"}
    ]
    association = data["organizations"][0]
    assert association["rich_text"]["description"] == (
        f'<p>Vedi <a href="{catalogue["full"].url}">il servizio</a>.</p>'
    )
    assert [i["identifier_scheme"] for i in association["organization_identifiers"]] == [
        "IT-CF",
        "IT-RUNTS",
    ]


@pytest.mark.django_db
def test_round_trip_into_an_empty_catalogue_gives_the_same_data(tmp_path, catalogue, client):
    first = export(tmp_path, "first.json")
    wipe_catalogue()
    assert not ServicePage.objects.filter(locale=Locale.get_default()).exists()

    output = run("import_hsds", tmp_path / "first.json")
    assert "Created 4, updated 0, left 0 unchanged." in output
    imported = ServicePage.objects.get(hsds_id=catalogue["full"].hsds_id)
    assert not imported.live and imported.has_unpublished_changes  # a draft to review
    assert ProviderPage.objects.get(hsds_id=catalogue["association"].hsds_id).live is False
    assert client.get("/api/hsds/services").json()["total_items"] == 0

    publish_drafts()
    second = export(tmp_path, "second.json")
    assert without_timestamps(second) == without_timestamps(first)
    assert "left 4 unchanged" in run("import_hsds", tmp_path / "second.json", dry_run=True)


@pytest.mark.django_db
def test_a_directory_export_reads_back_as_the_single_file(tmp_path, catalogue):
    single = export(tmp_path, "all.json")
    run("export_hsds", tmp_path / "folder")
    names = sorted(path.name for path in (tmp_path / "folder").iterdir())
    assert names == [
        "export.json",
        "organizations.json",
        "services.json",
        "taxonomies.json",
        "taxonomy_terms.json",
    ]
    output = run("import_hsds", tmp_path / "folder", dry_run=True)
    assert "Would create 0, would update 0, left 4 unchanged." in output
    services = json.loads((tmp_path / "folder" / "services.json").read_text())
    assert without_timestamps(services) == without_timestamps(single["services"])


@pytest.mark.django_db
def test_english_export_has_the_same_ids(tmp_path, catalogue, locales):
    italian = export(tmp_path, "it.json")
    english = export(tmp_path, "en.json", locale="en")
    assert english["language"] == "en"
    assert [r["id"] for r in english["services"]] == [r["id"] for r in italian["services"]]
    with pytest.raises(CommandError, match="Unknown locale"):
        run("export_hsds", tmp_path / "x.json", locale="fr")
    with pytest.raises(CommandError, match="only exports in 'it'"):
        run("import_hsds", tmp_path / "en.json")


# --- Tabular export ------------------------------------------------------------------


def test_tabular_tables_follow_the_schemas():
    tables = {table: (file, columns) for table, file, columns in TABLES}
    assert tables["services"] == ("services.csv", scalar_properties("service"))
    assert tables["organizations"] == ("organizations.csv", scalar_properties("organization"))
    assert tables["taxonomies"] == ("taxonomies.csv", scalar_properties("taxonomy"))
    assert tables["taxonomy_terms"] == ("taxonomy_terms.csv", scalar_properties("taxonomy_term"))
    service = schema("service")["properties"]
    location = service["service_at_locations"]["items"]["properties"]["location"]
    nested = {
        "phones": service["phones"]["items"],
        "schedules": service["schedules"]["items"],
        "service_areas": service["service_areas"]["items"],
        "service_at_locations": service["service_at_locations"]["items"],
        "locations": location,
        "addresses": location["properties"]["addresses"]["items"],
        "accessibility": location["properties"]["accessibility"]["items"],
        "languages": service["languages"]["items"],
        "cost_options": service["cost_options"]["items"],
        "required_documents": service["required_documents"]["items"],
        "contacts": service["contacts"]["items"],
        "attributes": service["attributes"]["items"],
        "organization_identifiers": schema("organization")["properties"][
            "organization_identifiers"
        ]["items"],
    }
    for table, definition in nested.items():
        columns = [
            key
            for key, value in definition["properties"].items()
            if value.get("type") not in ("array", "object") and "properties" not in value
        ]
        assert tables[table] == (definition["path"], columns), table


@pytest.mark.django_db
def test_csv_export_writes_one_table_per_file_in_a_folder_or_a_zip(tmp_path, catalogue):
    data = export(tmp_path)
    run("export_hsds", tmp_path / "tables", format="csv")
    run("export_hsds", tmp_path / "tables.zip", format="csv")
    with zipfile.ZipFile(tmp_path / "tables.zip") as archive:
        zipped = {name: archive.read(name).decode() for name in archive.namelist()}
    expected = {file for _table, file, _columns in TABLES} | {"datapackage.json"}
    assert set(zipped) == expected
    assert {path.name for path in (tmp_path / "tables").iterdir()} == expected

    def rows(file):
        return list(csv.DictReader(io.StringIO(zipped[file])))

    services = rows("services.csv")
    assert [row["id"] for row in services] == [record["id"] for record in data["services"]]
    assert list(services[0]) == TABLES[1][2] + EXTENSIONS["services"]
    assert services[0]["outcome"] == "Un piano di assistenza personalizzato."
    full_id = str(catalogue["full"].hsds_id)
    assert len([r for r in rows("service_at_location.csv") if r["service_id"] == full_id]) == 2
    schedules = rows("schedules.csv")
    assert {row["byday"] for row in schedules} >= {"MO", "WE"}
    attributes = rows("attributes.csv")
    assert any(row["link_id"] == full_id and row["link_type"] == "pillar" for row in attributes)
    assert len(rows("taxonomies.csv")) == 7
    package = json.loads(zipped["datapackage.json"])
    assert [resource["path"] for resource in package["resources"]][:2] == [
        "organizations.csv",
        "services.csv",
    ]


# --- Import --------------------------------------------------------------------------


@pytest.mark.django_db
def test_dry_run_reports_creates_updates_and_unchanged_and_writes_nothing(tmp_path, catalogue):
    data = export(tmp_path)
    changed = copy.deepcopy(data)
    changed["services"][0]["name"] = "Assistenza domiciliare integrata"
    new = copy.deepcopy(changed["services"][1])
    new["id"] = str(uuid.uuid4())
    new["name"] = "Nuovo servizio"
    changed["services"].append(new)
    before = counts()

    output = run("import_hsds", write(tmp_path, changed), dry_run=True)
    assert f"would update service {catalogue['full'].hsds_id}" in output
    assert f"would create service {new['id']} «Nuovo servizio»" in output
    assert f"unchanged service {catalogue['closed'].hsds_id}" in output
    assert f"unchanged organization {catalogue['association'].hsds_id}" in output
    assert "Would create 1, would update 1, left 3 unchanged." in output
    assert "nothing was written" in output
    assert counts() == before


@pytest.mark.django_db
def test_import_updates_with_a_draft_and_keeps_the_live_version(tmp_path, catalogue):
    data = export(tmp_path)
    data["services"][0]["name"] = "Assistenza domiciliare integrata"
    data["services"][0]["cost_options"][0]["amount"] = 9.25
    output = run("import_hsds", write(tmp_path, data))
    assert "Created 0, updated 1, left 3 unchanged." in output
    service = ServicePage.objects.get(pk=catalogue["full"].pk)
    assert service.title == "Assistenza domiciliare"  # live content untouched
    assert service.has_unpublished_changes
    draft = service.get_latest_revision_as_object()
    assert draft.title == "Assistenza domiciliare integrata"
    assert [option.amount for option in draft.cost_options.all()] == [
        Decimal("9.25"),
        Decimal("1250"),
    ]


@pytest.mark.django_db
def test_imported_formatting_is_limited_to_what_the_editor_allows(tmp_path, catalogue):
    data = export(tmp_path)
    data["services"][0]["rich_text"]["outcome"] = (
        '<p onclick="x()">Un <b>piano</b><script>alert(1)</script></p>'
        '<p><a href="javascript:alert(1)">link</a></p>'
    )
    run("import_hsds", write(tmp_path, data))
    outcome = (
        ServicePage.objects.get(pk=catalogue["full"].pk).get_latest_revision_as_object().outcome
    )
    assert "<b>piano</b>" in outcome
    assert "script" not in outcome and "onclick" not in outcome and "javascript" not in outcome


def _break(data, change):
    broken = copy.deepcopy(data)
    change(broken)
    return broken


def _unknown_term(data):
    data["services"][1]["attributes"][0]["taxonomy_term_id"] = (
        "0b5f9c1e-8a55-4c43-9e8a-3f1f2b2d9a10"
    )


MALFORMED = {
    "missing name": (
        lambda data: data["services"][1].pop("name"),
        "services[1] (id {closed}): name: is required.",
    ),
    "wrong type": (
        lambda data: data["services"][1]["cost_options"].append(
            {"option": "Ora", "amount": "8,50"}
        ),
        "services[1] (id {closed}): cost_options[0].amount: must be a number, not str ('8,50').",
    ),
    "unknown term": (
        _unknown_term,
        "services[1] (id {closed}): attributes[0].taxonomy_term_id: unknown taxonomy term "
        "0b5f9c1e-8a55-4c43-9e8a-3f1f2b2d9a10 (code 'salute').",
    ),
    "bad status": (
        lambda data: data["services"][1].update(status="open"),
        "services[1] (id {closed}): status: must be one of active, temporarily closed, "
        "inactive, defunct, not 'open'.",
    ),
    "bad time": (
        lambda data: data["services"][1]["service_at_locations"][0]["schedules"][0].update(
            opens_at="15:00+02:00"
        ),
        "services[1] (id {closed}): service_at_locations[0].schedules[0].opens_at: must be a "
        "local time as HH:MM, not '15:00+02:00'.",
    ),
    "unknown organization": (
        lambda data: data["services"][1].update(organization_id=str(uuid.UUID(int=7))),
        "services[1] (id {closed}): organization_id: no organization with this id",
    ),
    "model rule": (
        lambda data: data["services"][1].pop("alert"),
        "services[1] (id {closed}): alert: ",
    ),
    "not a list": (
        lambda data: data["services"][1].update(phones="049 123"),
        "services[1] (id {closed}): phones: must be a list, not str.",
    ),
}


@pytest.mark.django_db
def test_malformed_records_are_refused_naming_record_and_field(tmp_path, catalogue):
    data = export(tmp_path)
    wipe_catalogue()
    before = counts()
    for case, (change, message) in MALFORMED.items():
        with pytest.raises(CommandError) as refused:
            run("import_hsds", write(tmp_path, _break(data, change)))
        assert "Nothing was imported" in str(refused.value), case
        assert message.format(closed=catalogue["closed"].hsds_id) in str(refused.value), case
        assert counts() == before, case  # not even the valid records before it


@pytest.mark.django_db
def test_every_problem_of_the_file_is_reported_at_once(tmp_path, catalogue):
    data = export(tmp_path)
    data["services"][0].pop("assured_date")
    data["organizations"][1]["legal_status"] = "club"
    with pytest.raises(CommandError) as refused:
        run("import_hsds", write(tmp_path, data))
    message = str(refused.value)
    assert "2 problem(s)" in message
    assert f"services[0] (id {catalogue['full'].hsds_id}): assured_date: is required." in message
    assert "organizations[1] (id " in message and "legal_status: must be one of" in message


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            "{not json",
            "not valid JSON (Expecting property name enclosed in double quotes at line 1",
        ),
        ("[1, 2]", "expected a JSON object"),
        ('{"services": {"id": 1}}', "'services' must be a list"),
    ],
)
def test_files_that_are_not_an_export_are_refused(tmp_path, db, content, expected):
    path = tmp_path / "bad.json"
    path.write_text(content)
    with pytest.raises(CommandError, match=expected.replace("(", r"\(")):
        run("import_hsds", path)
    with pytest.raises(CommandError, match="no such file"):
        run("import_hsds", tmp_path / "missing.json")


# --- Identifiers ---------------------------------------------------------------------


@pytest.mark.django_db
def test_copies_get_a_new_id_and_aliases_are_not_records(client, catalogue, provider):
    original = catalogue["full"]
    copied = original.copy(update_attrs={"slug": "copia", "title": "Copia"})
    assert copied.hsds_id != original.hsds_id
    alias = original.create_alias(parent=catalogue["association"], update_slug="alias")
    assert alias.hsds_id == original.hsds_id  # Wagtail's aliases repeat every field
    data = client.get("/api/hsds/services", {"per_page": 100}).json()
    listed = [record["id"] for record in data["contents"]]
    assert listed.count(str(original.hsds_id)) == 1
    assert client.get(f"/api/hsds/services/{original.hsds_id}").json()["name"] == original.title
    assert listed.count(str(copied.hsds_id)) == 1  # a live copy is a record of its own


@pytest.mark.django_db
def test_an_id_used_by_another_page_cannot_be_taken(tmp_path, catalogue, make_provider):
    unpublished = make_provider(title="Ente in bozza")
    unpublished.unpublish()
    data = export(tmp_path)
    data["services"][1]["id"] = str(unpublished.hsds_id)  # an organisation's, not exported
    with pytest.raises(CommandError, match=r"services\[1\] .*: id: is used here by another page"):
        run("import_hsds", write(tmp_path, data))
    assert Page.objects.filter(title="Compagnia agli anziani").count() == 1
