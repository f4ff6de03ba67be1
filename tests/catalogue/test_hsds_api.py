"""The Open Referral HSDS 3.0 read API under /api/hsds/."""

import datetime
import uuid

from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.models import Page, PageViewRestriction

import pytest

from catalogue.hsds import derived_id
from catalogue.models import ServicePage
from catalogue.providers import create_provider
from home.translation import publish_translation
from search.service import SearchService

from .hsds_schemas import assert_valid, assert_valid_page

API = "/api/hsds"
# Whatever the page size: locale, privacy (2), count, ids, services and their
# relations (12), providers; English loads the translations and their relations too, and
# the terms' names (one query per vocabulary). Search adds the backend's statements: on
# SQLite a window probe and the ranking query, on PostgreSQL the ranking query in a
# savepoint with SET LOCAL (search.backends).
LIST_QUERIES = 19
ENGLISH_LIST_QUERIES = 38
TERMS_QUERIES = 15
LIST_SHAPES = {
    "all": {},
    "filtered": {"taxonomy_term_id": derived_id("term", "topic", "lavoro")},
    "english": {"locale": "en"},
    "search": {"search": "servizio"},
}


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def get(client, path, **params):
    response = client.get(f"{API}{path}", params)
    assert response["Content-Type"].startswith("application/json"), response.content[:200]
    return response, response.json()


def ids(envelope) -> list[str]:
    return [record["id"] for record in envelope["contents"]]


def attribute_codes(record, link_type) -> list[str]:
    return [
        attribute["taxonomy_term"]["code"]
        for attribute in record["attributes"]
        if attribute["link_type"] == link_type
    ]


def term_id(vocabulary, code):
    return derived_id("term", vocabulary, code)


# --- About the API ----------------------------------------------------------------


@pytest.mark.django_db
def test_root_gives_version_profile_and_openapi_links(client):
    response, data = get(client, "/")
    assert response.status_code == 200
    assert data == {
        "version": "3.0",
        "profile": "http://testserver/api/hsds/profile",
        "openapi_url": "http://testserver/api/hsds/openapi.json",
    }
    profile = client.get(data["profile"])
    assert profile["Content-Type"].startswith("text/markdown")
    assert "# HSDS 3.0 profile" in profile.content.decode()
    spec = client.get(data["openapi_url"]).json()
    assert spec["info"]["version"] == "3.0" and spec["info"]["license"]["name"]
    assert spec["servers"] == [{"url": "http://testserver/api/hsds"}]
    assert "/services/{id}" in spec["paths"]
    assert not any(path.startswith("/service_at_locations") for path in spec["paths"])


@pytest.mark.django_db
def test_the_api_is_read_only(client):
    response = client.post(f"{API}/services", {})
    assert response.status_code == 405
    assert response.json()["status"] == 405


# --- Services ---------------------------------------------------------------------


@pytest.mark.django_db
def test_service_is_a_valid_compiled_record_with_every_section(client, full_service, provider):
    response, record = get(client, f"/services/{full_service.hsds_id}")
    assert response.status_code == 200
    assert_valid(record, "service")

    assert record["id"] == str(full_service.hsds_id)
    assert record["organization_id"] == record["organization"]["id"] == str(provider.hsds_id)
    assert record["name"] == "Assistenza domiciliare"
    assert record["status"] == "active"
    assert record["description"] == "Operatori qualificati vengono a casa."
    assert record["short_description"] == "Aiuto a casa per le persone anziane."
    assert record["eligibility_description"] == "Persone anziane residenti."
    assert record["minimum_age"] == 65 and "maximum_age" not in record
    assert record["application_process"] == "Chiedi un colloquio con l'assistente sociale."
    assert record["outcome"] == "Un piano di assistenza personalizzato."
    assert record["deadlines"] == "Risposta entro 30 giorni."
    assert record["access_desk"] == "Ufficio servizi sociali, piano terra."
    assert record["fees_description"] == "Il costo dipende dall'ISEE."
    assert record["url"] == "https://servizi.example.it/domanda"
    assert record["assured_date"] == "2026-03-02"
    assert record["last_modified"].endswith("Z")
    assert record["page_url"] == f"http://localhost{full_service.url}"
    assert record["content_language"] == "it"
    assert record["rich_text"]["conditions"] == (
        "<p>Regolamento comunale dei servizi domiciliari.</p>"
    )
    assert [phone["number"] for phone in record["phones"]] == ["049 123 4567"]
    assert record["schedules"][0]["schedule_link"] == "https://prenota.example.it/"
    assert [(o["option"], o["amount"], o["currency"]) for o in record["cost_options"]] == [
        ("Ora di assistenza", 8.5, "EUR"),
        ("Pacchetto annuale", 1250.0, "EUR"),
    ]
    assert [d["document"] for d in record["required_documents"]] == [
        "Documento d'identità",
        "Attestazione ISEE",
    ]
    [contact] = record["contacts"]
    assert contact["name"] == "Ufficio servizi sociali" and contact["title"] == "Sportello"
    assert contact["phones"][0]["number"] == "049 111 2222"
    assert [language["code"] for language in record["languages"]] == ["it", "en"]
    assert [area["name"] for area in record["service_areas"]] == ["Padova", "Vigonza"]

    vigonza, padova = record["service_at_locations"]
    assert vigonza["location"]["name"] == "Municipio di Vigonza"
    assert vigonza["location"]["latitude"] == 45.4433
    [address] = vigonza["location"]["addresses"]
    assert (address["address_1"], address["city"], address["state_province"]) == (
        "Via Cavour 16",
        "Vigonza",
        "PD",
    )
    assert [a["description"] for a in vigonza["location"]["accessibility"]] == ["Rampa di accesso"]
    assert [s["byday"] for s in vigonza["schedules"]] == ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
    assert vigonza["schedules"][0]["closes_at"] == "23:59:59"
    assert [(s["byday"], s["opens_at"], s["closes_at"]) for s in padova["schedules"]] == [
        ("MO", "09:00", "12:30")
    ]

    assert attribute_codes(record, "service_category") == ["psicologica"]
    category = record["attributes"][0]["taxonomy_term"]
    assert category["parent_id"] == term_id("service-category", "salute")
    assert attribute_codes(record, "pillar") == ["pubblico"]
    assert attribute_codes(record, "target_group") == ["anziani", "famiglie"]
    assert attribute_codes(record, "topic") == ["integrazione-sociale", "lavoro"]
    assert attribute_codes(record, "service_feature") == ["welfare-credit"]


@pytest.mark.django_db
def test_nested_ids_are_derived_from_the_service_and_stay_the_same(client, full_service):
    _, first = get(client, f"/services/{full_service.hsds_id}")
    publish(full_service)
    _, second = get(client, f"/services/{full_service.hsds_id}")
    location = first["service_at_locations"][0]["location"]
    assert location["id"] == derived_id(full_service.hsds_id, "location", 0)
    assert first["service_at_locations"] == second["service_at_locations"]
    assert first["attributes"] == second["attributes"]


@pytest.mark.django_db
def test_services_list_has_the_paginated_envelope(client, make_service):
    for title in ("Alfa", "Beta", "Gamma"):
        make_service(title=title)
    _, first = get(client, "/services", per_page=2)
    assert_valid_page(first, "service")
    assert {k: v for k, v in first.items() if k != "contents"} == {
        "total_items": 3,
        "total_pages": 2,
        "page_number": 1,
        "size": 2,
        "first_page": True,
        "last_page": False,
        "empty": False,
    }
    assert [record["name"] for record in first["contents"]] == ["Alfa", "Beta"]
    _, last = get(client, "/services", per_page=2, page=2)
    assert (last["size"], last["first_page"], last["last_page"]) == (1, False, True)
    assert [record["name"] for record in last["contents"]] == ["Gamma"]
    _, beyond = get(client, "/services", per_page=2, page=9)
    assert beyond["empty"] is True and beyond["contents"] == [] and beyond["total_items"] == 3


@pytest.mark.django_db
def test_full_false_gives_the_one_to_one_fields_only(client, full_service):
    _, data = get(client, "/services", full="false")
    assert_valid_page(data, "service_list")
    [record] = data["contents"]
    assert record["name"] == "Assistenza domiciliare"
    assert not any(isinstance(value, list | dict) for value in record.values())


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("params", "parameter"),
    [
        ({"per_page": "0"}, "per_page"),
        ({"per_page": "101"}, "per_page"),
        ({"per_page": "ten"}, "per_page"),
        ({"page": "0"}, "page"),
        ({"page": "-2"}, "page"),
        ({"modified_after": "yesterday"}, "modified_after"),
        ({"modified_after": "2026-13-40"}, "modified_after"),
        ({"taxonomy_term_id": "lavoro"}, "taxonomy_term_id"),
        ({"taxonomy_id": "1234"}, "taxonomy_id"),
        ({"organization_id": "comune"}, "organization_id"),
        ({"full": "maybe"}, "full"),
        ({"locale": "fr"}, "locale"),
        ({"format": "ndjson"}, "format"),
        ({"search": "x" * 201}, "search"),
    ],
)
def test_bad_parameters_are_a_400_naming_the_parameter(client, db, params, parameter):
    response, data = get(client, "/services", **params)
    assert response.status_code == 400
    assert data["status"] == 400 and data["parameter"] == parameter
    assert parameter in data["error"]


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/organizations", "/taxonomies", "/taxonomy_terms"])
def test_other_lists_reject_bad_pagination_too(client, path, terms):
    response, data = get(client, path, per_page="1000")
    assert response.status_code == 400 and data["parameter"] == "per_page"


@pytest.mark.django_db
def test_modified_after_accepts_dates_and_date_times(client, make_service):
    old, new = make_service(title="Vecchio"), make_service(title="Nuovo")
    for page, when in ((old, "2025-01-10T10:00:00Z"), (new, "2026-02-01T10:00:00Z")):
        publish(page)
        Page.objects.filter(pk=page.pk).update(
            last_published_at=datetime.datetime.fromisoformat(when)
        )
    for value in ("2026-01-01", "2026-01-01T00:00:00Z", "2026-01-01T01:00:00+01:00"):
        _, data = get(client, "/services", modified_after=value)
        assert [record["name"] for record in data["contents"]] == ["Nuovo"], value
    _, data = get(client, "/services", modified_after="2026-02-01T10:00:00Z")
    assert [record["name"] for record in data["contents"]] == ["Nuovo"]  # on or after
    assert data["contents"][0]["last_modified"] == "2026-02-01T10:00:00.000Z"


@pytest.mark.django_db
def test_filters_combine_with_and(client, make_provider, make_service, provider, terms):
    other = make_provider(title="Cooperativa Sole")
    make_service(title="Both", topics=[terms["work"]], target_groups=[terms["elderly"]])
    make_service(title="Work elsewhere", parent=other, topics=[terms["work"]])
    make_service(title="Elderly", target_groups=[terms["elderly"]], category=terms["psychological"])
    paid = make_service(title="Paid", is_free=False, cost_description="10 euro")
    work = term_id("topic", "lavoro")
    old_people = term_id("target-group", "anziani")

    def names(**params):
        response, data = get(client, "/services", **params)
        assert response.status_code == 200, data
        return sorted(record["name"] for record in data["contents"])

    assert names(taxonomy_term_id=work) == ["Both", "Work elsewhere"]
    assert names(taxonomy_term_id=work, organization_id=str(provider.hsds_id)) == ["Both"]
    assert names(taxonomy_term_id=[work, old_people]) == ["Both"]
    assert names(taxonomy_term_id=f"{work},{old_people}") == ["Both"]
    assert names(organization_id=str(other.hsds_id)) == ["Work elsewhere"]
    # A category also finds the services of its sub-categories.
    assert names(taxonomy_term_id=term_id("service-category", "psicologica")) == ["Elderly"]
    assert "Elderly" in names(taxonomy_term_id=term_id("service-category", "salute"))
    assert names(taxonomy_term_id=term_id("service-feature", "free-of-charge"), per_page=100) == [
        "Both",
        "Elderly",
        "Work elsewhere",
    ]
    assert paid.title not in names(taxonomy_id=derived_id("taxonomy", "topic"))
    assert names(taxonomy_id=derived_id("taxonomy", "target-group")) == ["Both", "Elderly"]


@pytest.mark.django_db
def test_well_formed_but_unknown_ids_filter_everything_out(client, full_service):
    unknown = str(uuid.uuid4())
    for parameter in ("taxonomy_term_id", "taxonomy_id", "organization_id"):
        response, data = get(client, "/services", **{parameter: unknown})
        assert response.status_code == 200
        assert data["total_items"] == 0 and data["empty"] is True


@pytest.mark.django_db
def test_search_keeps_the_portal_search_order_and_combines_with_filters(
    client, make_provider, make_service, provider, terms
):
    other = make_provider(title="Cooperativa Sole")
    in_title = publish(make_service(title="Trasporto sociale per anziani"))
    in_text = publish(
        make_service(
            title="Accompagnamento",
            parent=other,
            description="<p>Un trasporto verso gli ospedali della zona.</p>",
        )
    )
    publish(make_service(title="Pasti a domicilio"))
    ranked = SearchService().ranked_page_ids(
        "trasporto", language="it", filters={"type": ["service"]}
    )
    by_pk = {page.pk: str(page.hsds_id) for page in ServicePage.objects.all()}
    assert len(ranked) == 2

    _, data = get(client, "/services", search="trasporto")
    assert ids(data) == [by_pk[pk] for pk in ranked]
    assert ids(data)[0] == str(in_title.hsds_id)  # the title match ranks first
    _, data = get(client, "/services", search="trasporto", organization_id=str(other.hsds_id))
    assert ids(data) == [str(in_text.hsds_id)]
    _, data = get(client, "/services", search="trasporto", per_page=1, page=2)
    assert data["total_items"] == 2 and ids(data) == [by_pk[ranked[1]]]
    _, data = get(client, "/services", search="nulla di simile")
    assert data["total_items"] == 0


@pytest.mark.django_db
def test_unknown_unpublished_and_private_records_are_404(
    client, make_provider, make_service, provider
):
    draft = make_service(title="Bozza")
    draft.unpublish()
    hidden_provider = make_provider(title="Ente privato")
    private = make_service(title="Riservato", parent=hidden_provider)
    PageViewRestriction.objects.create(
        page=hidden_provider, restriction_type=PageViewRestriction.LOGIN
    )
    offline_provider = make_provider(title="Ente offline")
    orphan = make_service(title="Orfano", parent=offline_provider)
    offline_provider.unpublish()

    for service in (draft, private, orphan):
        response, data = get(client, f"/services/{service.hsds_id}")
        assert response.status_code == 404 and data["status"] == 404
    for path in (
        f"/services/{uuid.uuid4()}",
        "/services/not-a-uuid",
        f"/organizations/{uuid.uuid4()}",
        f"/organizations/{hidden_provider.hsds_id}",
        f"/organizations/{offline_provider.hsds_id}",
        f"/taxonomies/{uuid.uuid4()}",
        "/taxonomy_terms/lavoro",
    ):
        response, _ = get(client, path)
        assert response.status_code == 404, path


@pytest.mark.django_db
def test_lists_hold_only_live_public_records(client, make_provider, make_service, provider):
    shown = make_service(title="Visibile")
    make_service(title="Bozza").unpublish()
    hidden_provider = make_provider(title="Ente privato")
    make_service(title="Riservato", parent=hidden_provider)
    PageViewRestriction.objects.create(
        page=hidden_provider, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    offline_provider = make_provider(title="Ente offline")
    make_service(title="Orfano", parent=offline_provider)
    offline_provider.unpublish()

    _, services = get(client, "/services", per_page=100)
    assert ids(services) == [str(shown.hsds_id)]
    _, organizations = get(client, "/organizations", per_page=100)
    assert ids(organizations) == [str(provider.hsds_id)]


@pytest.mark.django_db
def test_english_gives_the_same_records_in_english(client, home, catalogue_index, locales, terms):
    english = locales[1]
    from catalogue.factories import ProviderPageFactory, ServicePageFactory

    provider = ProviderPageFactory(
        parent=catalogue_index, title="Comune di Vigonza", pillar=terms["public"]
    )
    translated = publish(
        ServicePageFactory(
            parent=provider,
            title="Trasporto sociale",
            category=terms["health"],
            pillar=terms["public"],
        )
    )
    untranslated = publish(
        ServicePageFactory(
            parent=provider,
            title="Pasti a domicilio",
            category=terms["health"],
            pillar=terms["public"],
        )
    )
    publish_translation(home, english, {home.slug: "home-en"})
    publish_translation(catalogue_index, english, {"servizi": "services"})
    publish_translation(terms["public"], english, {"Pubblico": "Public"})
    publish_translation(translated, english, {"Trasporto sociale": "Social transport"})

    _, data = get(client, "/services", locale="en", per_page=100)
    assert_valid_page(data, "service")
    records = {record["id"]: record for record in data["contents"]}
    assert set(records) == {str(translated.hsds_id), str(untranslated.hsds_id)}
    english_record = records[str(translated.hsds_id)]
    assert english_record["name"] == "Social transport"
    assert english_record["content_language"] == "en"
    assert english_record["organization_id"] == str(provider.hsds_id)
    assert "/en/" in english_record["page_url"]
    assert attribute_codes(english_record, "pillar") == ["pubblico"]
    pillar = next(a for a in english_record["attributes"] if a["link_type"] == "pillar")
    assert pillar["taxonomy_term"]["name"] == "Public"
    assert pillar["taxonomy_term"]["language"] == "en"
    assert records[str(untranslated.hsds_id)]["content_language"] == "it"

    _, single = get(client, f"/services/{translated.hsds_id}", locale="en")
    assert single["name"] == "Social transport"
    english_page = ServicePage.objects.get(locale=english)
    response, _ = get(client, f"/services/{english_page.hsds_id}")
    assert response.status_code == 404  # a translation is never a record of its own
    _, found = get(client, "/services", locale="en", search="transport")
    assert ids(found) == [str(translated.hsds_id)]


@pytest.mark.django_db
def test_no_personal_data_is_published(client, catalogue_index, terms, make_service, mailoutbox):
    setup = create_provider(
        "Cooperativa Aurora",
        "referente.privata@example.org",
        parent=catalogue_index,
        pillar_code="pubblico",
    )
    setup.page.email = "info@aurora.example.org"
    publish(setup.page)
    service = make_service(parent=setup.page, title="Sportello", owner=setup.user)
    publish(service)
    Group.objects.get(name__startswith="Ente: ")

    bodies = [
        client.get(f"{API}/services/{service.hsds_id}").content.decode(),
        client.get(f"{API}/organizations/{setup.page.hsds_id}").content.decode(),
        client.get(
            f"{API}/organizations", {"full": "true", "full_service": "true"}
        ).content.decode(),
        client.get(f"{API}/services").content.decode(),
    ]
    for body in bodies:
        assert "referente.privata" not in body
        assert '"owner"' not in body and '"assurer_email"' not in body
    assert "info@aurora.example.org" in bodies[1]


# --- Organisations -----------------------------------------------------------------


@pytest.mark.django_db
def test_organizations_list_and_detail_are_valid(client, full_service, provider, make_provider):
    make_provider(title="Associazione Insieme", legal_status="third_sector", runts_number="123456")
    _, basic = get(client, "/organizations")
    assert_valid_page(basic, "organization_list")
    assert [record["name"] for record in basic["contents"]] == [
        "Associazione Insieme",
        "Comune di Vigonza",
    ]
    assert not any(isinstance(v, list) for v in basic["contents"][0].values())

    _, full = get(client, "/organizations", full="true")
    assert_valid_page(full, "organization")
    vigonza = full["contents"][1]
    assert [service["id"] for service in vigonza["services"]] == [str(full_service.hsds_id)]
    assert not any(isinstance(v, list) for v in vigonza["services"][0].values())

    response, record = get(client, f"/organizations/{provider.hsds_id}", full_service="true")
    assert response.status_code == 200
    assert_valid(record, "organization")
    assert record["legal_status"] == "public_body"
    assert record["email"] == "sociale@comune.vigonza.pd.it"
    assert record["website"] == "https://www.comune.vigonza.pd.it"
    assert [p["number"] for p in record["phones"]] == ["049 809 0211"]
    assert [
        (i["identifier_scheme"], i["identifier"]) for i in record["organization_identifiers"]
    ] == [("IT-CF", "80009530280")]
    assert attribute_codes(record, "pillar") == ["pubblico"]
    assert record["services"][0]["service_at_locations"]  # fully nested on request


@pytest.mark.django_db
def test_organizations_search(client, make_provider, provider):
    publish(provider)
    publish(make_provider(title="Cooperativa Sole"))
    _, data = get(client, "/organizations", search="vigonza")
    assert ids(data) == [str(provider.hsds_id)]


# --- Taxonomies --------------------------------------------------------------------


@pytest.mark.django_db
def test_taxonomies_and_terms_are_valid_with_ids_from_their_codes(client, terms):
    _, taxonomies = get(client, "/taxonomies")
    assert_valid_page(taxonomies, "taxonomy")
    assert taxonomies["total_items"] == 7
    pillar_taxonomy = derived_id("taxonomy", "pillar")
    assert pillar_taxonomy in ids(taxonomies)
    response, single = get(client, f"/taxonomies/{pillar_taxonomy}", locale="en")
    assert response.status_code == 200 and single["name"] == "Welfare pillars"
    assert_valid(single, "taxonomy")

    _, all_terms = get(client, "/taxonomy_terms", per_page=100)
    assert_valid_page(all_terms, "taxonomy_term")
    by_code = {record["code"]: record for record in all_terms["contents"]}
    assert by_code["psicologica"]["parent_id"] == by_code["salute"]["id"]
    assert by_code["lavoro"]["id"] == term_id("topic", "lavoro")
    assert by_code["padova"]["description"] == "Padova (PD), ISTAT 028060"
    assert {"free-of-charge", "welfare-credit"} <= set(by_code)

    _, pillars = get(client, "/taxonomy_terms", taxonomy_id=pillar_taxonomy)
    assert sorted(record["code"] for record in pillars["contents"]) == ["pubblico", "territoriale"]
    _, children = get(client, "/taxonomy_terms", parent_id=by_code["salute"]["id"])
    assert [record["code"] for record in children["contents"]] == ["psicologica"]
    _, top = get(client, "/taxonomy_terms", top_only="true", per_page=100)
    assert "psicologica" not in {record["code"] for record in top["contents"]}
    _, found = get(client, "/taxonomy_terms", search="INTEGRAZIONE")
    assert [record["code"] for record in found["contents"]] == ["integrazione-sociale"]
    response, single = get(client, f"/taxonomy_terms/{by_code['lavoro']['id']}")
    assert response.status_code == 200
    assert_valid(single, "taxonomy_term")
    assert single["name"] == "Lavoro"


# --- Efficiency ---------------------------------------------------------------------


def _busy_service(make_service, terms, number):
    from .conftest import add_location

    service = make_service(
        title=f"Servizio {number:02d}",
        target_groups=[terms["elderly"], terms["families"]],
        topics=[terms["work"], terms["integration"]],
        municipalities=[terms["vigonza"], terms["padova"]],
    )
    location = add_location(
        service,
        terms["padova"],
        hours=[(day, datetime.time(9), datetime.time(12)) for day in range(5)],
        closures=[timezone.localdate()],
    )
    location.accessibility.set([terms["ramp"]])
    return publish(service)


@pytest.mark.django_db
def test_list_queries_do_not_grow_with_the_page(
    client,
    home,
    catalogue_index,
    full_service,
    make_service,
    terms,
    locales,
    django_assert_max_num_queries,
):
    busy = _busy_service(make_service, terms, 1)
    publish_translation(home, locales[1], {home.slug: "home-en"})
    publish_translation(catalogue_index, locales[1], {"servizi": "services"})
    publish_translation(busy, locales[1], {busy.title: "Service 01"})  # English content too
    client.get(f"{API}/services")  # warm the site root paths cache

    def queries(**params):
        with CaptureQueriesContext(connection) as context:
            response = client.get(f"{API}/services", {"per_page": 100, **params})
        assert response.status_code == 200
        return len(context.captured_queries), response.json()["size"]

    small = {key: queries(**params) for key, params in LIST_SHAPES.items()}
    for number in range(2, 10):
        _busy_service(make_service, terms, number)
    large = {key: queries(**params) for key, params in LIST_SHAPES.items()}
    for key in LIST_SHAPES:
        assert small[key][0] == large[key][0], key  # the same number of queries
        assert small[key][1] < large[key][1], key
    # PostgreSQL's search runs in a savepoint here (the test's transaction) with one
    # SET LOCAL and the setting put back: 4 statements around its query.
    search_queries = LIST_QUERIES + (1 if connection.vendor == "sqlite" else 4)
    with django_assert_max_num_queries(search_queries):
        get(client, "/services", per_page=100, search="servizio")
    with django_assert_max_num_queries(ENGLISH_LIST_QUERIES):
        get(client, "/services", per_page=100, locale="en")
    with django_assert_max_num_queries(LIST_QUERIES + 4):
        _, organizations = get(client, "/organizations", full="true", full_service="true")
    assert len(organizations["contents"][0]["services"]) == 10
    with django_assert_max_num_queries(TERMS_QUERIES):
        get(client, "/taxonomy_terms", per_page=100, locale="en")
