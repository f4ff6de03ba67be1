"""The public catalogue pages: a service sheet in the national order, providers, the index."""

import datetime
import json
import re

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

import pytest
from bs4 import BeautifulSoup

from catalogue.jsonld import script_json
from home.factories import ImageFactory
from home.translation import publish_translation
from tests.page_cache import warm_then_forget

from .conftest import ALWAYS, add_location

NATIONAL_ORDER = [
    "a-chi-e-rivolto",
    "come-fare",
    "cosa-serve",
    "cosa-si-ottiene",
    "tempi-e-scadenze",
    "quanto-costa",
    "accedi-al-servizio",
    "condizioni-di-servizio",
    "contatti",
    "argomenti",
    "ulteriori-informazioni",
]


def soup_of(response) -> BeautifulSoup:
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")


def text_of(element) -> str:
    return " ".join(element.get_text().split())


def jsonld_of(soup) -> dict:
    blocks = soup.find_all("script", type="application/ld+json")
    assert len(blocks) == 1
    return json.loads(blocks[0].string)


def section_ids(soup) -> list[str]:
    return [section["id"] for section in soup.select("main section.service-section")]


# Service page -------------------------------------------------------------------------


@pytest.mark.django_db
def test_service_page_has_every_section_in_the_national_order(client, full_service):
    soup = soup_of(client.get(full_service.url))

    assert section_ids(soup) == NATIONAL_ORDER
    index_links = [a["href"] for a in soup.select("nav.service-index a")]
    assert index_links == [f"#{anchor}" for anchor in NATIONAL_ORDER]
    assert soup.select_one("nav.service-index")["aria-labelledby"] == "service-index-title"
    for anchor in NATIONAL_ORDER:
        heading = soup.find(id=f"{anchor}-title")
        assert heading.name == "h2"
        assert soup.find(id=anchor)["aria-labelledby"] == f"{anchor}-title"
    assert [h1.get_text() for h1 in soup.find_all("h1")] == ["Assistenza domiciliare"]


@pytest.mark.django_db
def test_service_page_shows_its_content(client, full_service):
    soup = soup_of(client.get(full_service.url))

    assert text_of(soup.select_one("header.service-header .lead")) == (
        "Aiuto a casa per le persone anziane."
    )
    audience = text_of(soup.find(id="a-chi-e-rivolto"))
    assert "Persone anziane residenti." in audience
    assert "dai 65 anni in su" in audience
    assert "Anziani" in audience and "Famiglie" in audience
    assert "Comuni serviti: Padova, Vigonza" in audience
    documents = [text_of(li) for li in soup.select("#cosa-serve ol > li")]
    assert documents == ["Documento d'identità", "Attestazione ISEE"]
    assert "Un piano di assistenza personalizzato." in text_of(soup.find(id="cosa-si-ottiene"))
    assert "Risposta entro 30 giorni." in text_of(soup.find(id="tempi-e-scadenze"))
    assert "Regolamento comunale" in text_of(soup.find(id="condizioni-di-servizio"))
    assert "attivo anche ad agosto" in text_of(soup.find(id="ulteriori-informazioni"))
    topics = {a.get_text(strip=True): a["href"] for a in soup.select("#argomenti a")}
    assert topics == {
        "Integrazione sociale": "/servizi/?topic=integrazione-sociale",
        "Lavoro": "/servizi/?topic=lavoro",
    }
    dates = text_of(soup.select_one("footer.service-dates"))
    published = timezone.localtime(full_service.last_published_at)
    assert f"Ultimo aggiornamento: {published.day}" in dates
    assert "Verificato il 2 Marzo 2026" in dates


@pytest.mark.django_db
def test_breadcrumb_leads_to_the_category_in_the_catalogue(client, full_service):
    soup = soup_of(client.get(full_service.url))
    crumbs = soup.select("nav.breadcrumb-container li")
    assert [text_of(li).rstrip(" /") for li in crumbs] == [
        "Welfare di comunità",
        "Servizi",
        "Assistenza psicologica",
        "Assistenza domiciliare",
    ]
    assert crumbs[2].a["href"] == "/servizi/?category=psicologica"
    assert crumbs[3]["aria-current"] == "page"


@pytest.mark.django_db
def test_access_section_gives_a_clear_next_step(client, full_service):
    response = client.get(full_service.url)
    soup = soup_of(response)
    access = soup.find(id="accedi-al-servizio")

    buttons = {text_of(a): a["href"] for a in access.select(".service-actions a.btn")}
    assert buttons == {
        "Accedi al servizio online": "https://servizi.example.it/domanda",
        "Prenota un appuntamento": "https://prenota.example.it/",
        "Chiama il 049 123 4567": "tel:0491234567",
        "Scrivi a assistenza@example.it": "mailto:assistenza@example.it",
    }
    assert "Ufficio servizi sociali, piano terra." in text_of(access.select_one(".service-desk"))
    assert "Lingue parlate: italiano, inglese" in text_of(access)

    vigonza, padova = access.select(".service-location")
    assert vigonza.address.get_text(" ", strip=True) == "Via Cavour 16 35010 Vigonza (PD)"
    assert "Rampa di accesso" in text_of(vigonza)
    rows = [
        [text_of(cell) for cell in row.find_all(["th", "td"])]
        for row in padova.select("table.opening-hours tbody tr")
    ]
    assert rows[0] == ["Lunedì", "09:00–12:30"]
    assert rows[1] == ["Martedì", "Chiuso"]
    assert [row[0] for row in rows][-1] == "Domenica"
    # The badge follows the same rule as the filter, whatever day the test runs.
    for element, location in zip((vigonza, padova), response.context["locations"], strict=True):
        badge = element.select_one("h3 .badge")
        assert text_of(badge) == ("Aperto ora" if location.open_now else "Chiuso ora")


@pytest.mark.django_db
def test_upcoming_closures_are_listed_and_past_ones_are_not(client, make_service, terms):
    service = make_service(title="Sportello famiglie")
    today = timezone.localdate()
    add_location(
        service,
        terms["vigonza"],
        hours=[(0, datetime.time(9), datetime.time(12))],
        closures=[today + datetime.timedelta(days=10), today - datetime.timedelta(days=10)],
    )
    soup = soup_of(client.get(service.url))
    closures = soup.select(".location-closures li")
    assert len(closures) == 1
    assert closures[0].time["datetime"] == (today + datetime.timedelta(days=10)).isoformat()
    assert "Inventario" in text_of(closures[0])


@pytest.mark.django_db
def test_cost_in_euro_with_italian_formatting_and_welfare_credit(client, full_service):
    soup = soup_of(client.get(full_service.url))
    cost = soup.find(id="quanto-costa")
    rows = [
        [cell.get_text(strip=True) for cell in row.find_all(["th", "td"])]
        for row in cost.select("tbody tr")
    ]
    assert rows == [
        ["Ora di assistenza", "8,50\u00a0€", ""],
        ["Pacchetto annuale", "1.250,00\u00a0€", "Per chi ha ISEE sopra 20.000 euro"],
    ]
    assert "Il costo dipende dall'ISEE." in text_of(cost)
    assert "Utilizzabile con il credito welfare aziendale" in text_of(cost)
    assert "Gratuito" not in text_of(cost)


@pytest.mark.django_db
def test_free_service_says_so_and_leaves_out_empty_optional_sections(client, make_service):
    service = make_service(title="Spesa a domicilio", is_free=True, times="<p></p>")
    soup = soup_of(client.get(service.url))

    assert section_ids(soup) == [
        "a-chi-e-rivolto",
        "come-fare",
        "cosa-si-ottiene",
        "quanto-costa",
        "accedi-al-servizio",
        "condizioni-di-servizio",
        "contatti",
    ]
    assert text_of(soup.find(id="quanto-costa")) == "Quanto costa Gratuito"
    assert [a["href"] for a in soup.select("nav.service-index a")] == [
        f"#{anchor}" for anchor in section_ids(soup)
    ]
    assert "credito welfare" not in soup.find(id="quanto-costa").get_text()


@pytest.mark.django_db
def test_contacts_name_people_and_link_the_provider(client, full_service, provider):
    soup = soup_of(client.get(full_service.url))
    contacts = soup.find(id="contatti")
    assert "Ufficio servizi sociali — Sportello" in text_of(contacts)
    assert contacts.find("a", href="tel:0491112222")
    assert contacts.find("a", href=provider.url).get_text() == "Comune di Vigonza"
    assert contacts.find("a", href="mailto:sociale@comune.vigonza.pd.it")


@pytest.mark.django_db
def test_status_banner_explains_why_a_service_is_not_active(client, make_service):
    service = make_service(
        title="Centro estivo",
        status="temporarily_closed",
        status_reason="Riapre a giugno dopo i lavori di ristrutturazione.",
    )
    soup = soup_of(client.get(service.url))
    banner = soup.select_one(".service-status")
    assert banner["role"] == "status"
    assert text_of(banner) == (
        "Stato del servizio: Temporaneamente sospeso. "
        "Riapre a giugno dopo i lavori di ristrutturazione."
    )
    # The banner comes right after the title, before the short description.
    header = soup.select_one("header.service-header")
    assert [child.name for child in header.find_all(recursive=False)][:2] == ["h1", "div"]


@pytest.mark.django_db
def test_active_service_has_no_status_banner(client, full_service):
    soup = soup_of(client.get(full_service.url))
    assert soup.select_one(".service-status") is None
    assert not soup.select('[role="status"]')


@pytest.mark.django_db
def test_service_page_links_a_print_stylesheet(client, full_service):
    soup = soup_of(client.get(full_service.url))
    link = soup.find("link", href="/static/css/print.css")
    assert link["media"] == "print"


# JSON-LD ------------------------------------------------------------------------------


@pytest.mark.django_db
def test_public_body_service_is_a_government_service(client, full_service):
    data = jsonld_of(soup_of(client.get(full_service.url)))

    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "GovernmentService"
    assert data["name"] == "Assistenza domiciliare"
    assert data["description"] == "Aiuto a casa per le persone anziane."
    assert data["url"] == f"http://testserver{full_service.url}"
    assert data["serviceType"] == "Assistenza psicologica"
    assert data["provider"] == {
        "@type": "GovernmentOrganization",
        "name": "Comune di Vigonza",
        "url": "https://www.comune.vigonza.pd.it",
        "email": "sociale@comune.vigonza.pd.it",
        "telephone": "049 809 0211",
        "taxID": "80009530280",
    }
    assert data["areaServed"] == [
        {"@type": "AdministrativeArea", "name": "Padova"},
        {"@type": "AdministrativeArea", "name": "Vigonza"},
    ]
    channels = data["availableChannel"]
    assert [c.get("serviceUrl") for c in channels[:2]] == [
        "https://servizi.example.it/domanda",
        "https://prenota.example.it/",
    ]
    assert channels[2]["servicePhone"]["telephone"] == "049 123 4567"
    place = channels[3]["servicePlace"]
    assert place["address"] == {
        "@type": "PostalAddress",
        "streetAddress": "Via Cavour 16",
        "addressLocality": "Vigonza",
        "addressRegion": "PD",
        "addressCountry": "IT",
        "postalCode": "35010",
    }
    assert place["geo"]["latitude"] == pytest.approx(45.4433)
    assert data["isAccessibleForFree"] is False
    assert [(o["name"], o["price"], o["priceCurrency"]) for o in data["offers"]] == [
        ("Ora di assistenza", "8.50", "EUR"),
        ("Pacchetto annuale", "1250.00", "EUR"),
    ]


@pytest.mark.django_db
def test_other_providers_offer_a_service_with_an_organization(client, make_provider, make_service):
    cooperative = make_provider(
        title="Cooperativa Il Ponte",
        legal_status="social_cooperative",
        email="info@ilponte.example",
        phone="049 555 0000",
        website="",
    )
    service = make_service(parent=cooperative, title="Trasporto sociale", is_free=True)
    data = jsonld_of(soup_of(client.get(service.url)))

    assert data["@type"] == "Service"
    assert data["provider"] == {
        "@type": "Organization",
        "name": "Cooperativa Il Ponte",
        "url": f"http://testserver{cooperative.url}",
        "email": "info@ilponte.example",
        "telephone": "049 555 0000",
    }
    assert data["isAccessibleForFree"] is True
    assert data["offers"] == [{"@type": "Offer", "price": "0", "priceCurrency": "EUR"}]
    assert data["availableChannel"] == [
        {
            "@type": "ServiceChannel",
            "servicePhone": {"@type": "ContactPoint", "telephone": "049 000 0000"},
        }
    ]


@pytest.mark.django_db
def test_jsonld_cannot_close_its_script_element(client, make_service):
    title = "Aiuto </script><script>alert(1)</script> & <!-- altro"
    service = make_service(title=title, slug="aiuto")
    content = client.get(service.url).content.decode()
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', content, re.S)

    assert "<" not in block.group(1) and ">" not in block.group(1)
    assert json.loads(block.group(1))["name"] == title
    assert "<script>alert(1)" not in content


def test_script_json_escapes_markup_characters():
    assert script_json({"a": "</script>&"}) == '{"a": "\\u003C/script\\u003E\\u0026"}'


# Provider page ------------------------------------------------------------------------


@pytest.mark.django_db
def test_provider_page_presents_the_organisation(client, make_provider, make_service, terms):
    association = make_provider(
        title="Associazione Auser Vigonza",
        legal_status="third_sector",
        pillar=terms["community"],
        description="<p>Volontari che accompagnano le persone anziane.</p>",
        email="auser@example.it",
        phone="049 333 4444",
        website="https://auser.example.it",
        codice_fiscale="01234567897",
        partita_iva="01234567897",
        runts_number="12345",
        logo=ImageFactory(),
    )
    make_service(parent=association, title="Accompagnamento alle visite")
    soup = soup_of(client.get(association.url))

    assert [h1.get_text() for h1 in soup.find_all("h1")] == ["Associazione Auser Vigonza"]
    meta = text_of(soup.select_one(".provider-meta"))
    assert meta == "Ente del terzo settore · Pilastro: Territoriale"
    assert "Volontari che accompagnano" in text_of(soup.select_one(".provider-description"))
    contacts = soup.select_one(".provider-contacts")
    assert contacts.find("a", href="tel:0493334444")
    assert contacts.find("a", href="mailto:auser@example.it")
    assert contacts.find("a", href="https://auser.example.it")
    identifiers = dict(
        zip(
            [text_of(dt) for dt in soup.select(".provider-identifiers dt")],
            [text_of(dd) for dd in soup.select(".provider-identifiers dd")],
            strict=True,
        )
    )
    assert identifiers == {
        "Codice fiscale": "01234567897",
        "Partita IVA": "01234567897",
        "Numero di iscrizione al RUNTS": "12345",
    }
    assert soup.select_one(".provider-logo img")["alt"] == ""


@pytest.mark.django_db
def test_provider_page_lists_live_services_with_their_status(client, provider, make_service):
    make_service(title="Pasti a domicilio")
    make_service(
        title="Centro estivo", status="temporarily_closed", status_reason="Riapre a giugno."
    )
    make_service(title="Bozza non pubblicata", live=False)
    soup = soup_of(client.get(provider.url))

    cards = soup.select(".provider-services .service-card")
    assert [text_of(card.select_one(".card-title")) for card in cards] == [
        "Centro estivo",
        "Pasti a domicilio",
    ]
    assert text_of(cards[0].select_one(".service-card-status")) == "Temporaneamente sospeso"
    assert cards[1].select_one(".service-card-status") is None
    assert "2 servizi" in text_of(soup.select_one(".provider-services .results-count"))
    assert "Bozza non pubblicata" not in soup.get_text()
    assert soup.select_one(".provider-identifiers dd").get_text() == "80009530280"


# Catalogue index ----------------------------------------------------------------------


@pytest.mark.django_db
def test_catalogue_index_lists_services_with_provider_and_category(
    client, catalogue_index, full_service, make_service
):
    make_service(title="Spesa a domicilio")
    soup = soup_of(client.get(catalogue_index.url))

    assert [h1.get_text() for h1 in soup.find_all("h1")] == ["Servizi"]
    assert text_of(soup.select_one('.results-count[role="status"]')) == "2 servizi trovati"
    cards = soup.select(".service-card")
    assert [text_of(card.select_one(".card-title")) for card in cards] == [
        "Assistenza domiciliare",
        "Spesa a domicilio",
    ]
    first = cards[0]
    assert first.select_one(".card-title a")["href"] == full_service.url
    assert text_of(first.select_one(".category-top")) == "Assistenza psicologica"
    assert text_of(first.select_one(".service-card-provider")) == "Erogato da Comune di Vigonza"
    assert "Gratuito" in text_of(cards[1])
    assert soup.find("meta", attrs={"name": "robots"}) is None


@pytest.mark.django_db
def test_every_filter_control_has_a_label(client, catalogue_index, full_service):
    soup = soup_of(client.get(catalogue_index.url))
    form = soup.select_one("form.catalogue-filters")
    assert form["method"] == "get"
    controls = form.find_all(["select", "input"])
    assert len(controls) == 8  # six facets and two flags
    for control in controls:
        label = form.find("label", attrs={"for": control["id"]})
        assert label is not None and label.get_text(strip=True)
    assert form.find("button", type="submit")


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["catalogue_index", "provider", "full_service"])
def test_no_inline_script_or_style_on_catalogue_pages(client, request, path):
    page = request.getfixturevalue(path)
    request.getfixturevalue("full_service")
    soup = soup_of(client.get(page.url))
    assert not soup.select("[style]")
    assert not soup.find_all("style")
    for script in soup.find_all("script"):
        assert script.get("src") or script.get("type") == "application/ld+json"


# Languages ----------------------------------------------------------------------------


@pytest.mark.django_db
def test_english_service_page_uses_english_labels(client, full_service, locales):
    english = publish_translation(full_service, locales[1], {"Assistenza domiciliare": "Home care"})
    soup = soup_of(client.get(english.url))

    assert english.url.startswith("/en/")
    assert soup.find("h1").get_text() == "Home care"
    assert section_ids(soup) == NATIONAL_ORDER
    assert text_of(soup.find(id="a-chi-e-rivolto-title")) == "Who it is for"
    assert "8.50\u00a0€" in soup.find(id="quanto-costa").get_text()
    assert jsonld_of(soup)["name"] == "Home care"


# Query counts -------------------------------------------------------------------------

# 31 for the page itself, +1 for its stored "Approfondimenti" (search.related).
# A view the page cache has not stored (tests.page_cache), with the menu and language
# links cached.
SERVICE_PAGE_QUERIES = 27
PROVIDER_PAGE_QUERIES = 16
INDEX_QUERIES = 29


@pytest.mark.django_db
def test_service_page_query_count_is_bounded(
    client, settings, full_service, django_assert_max_num_queries
):
    warm_then_forget(client, settings, full_service.url)
    with django_assert_max_num_queries(SERVICE_PAGE_QUERIES):
        response = client.get(full_service.url)
    assert len(response.context["locations"]) == 2


@pytest.mark.django_db
def test_provider_page_query_count_is_bounded(
    client, settings, provider, make_service, terms, django_assert_max_num_queries
):
    for number in range(8):
        make_service(
            title=f"Servizio {number}",
            target_groups=[terms["elderly"], terms["families"]],
            topics=[terms["work"]],
        )
    warm_then_forget(client, settings, provider.url)
    with django_assert_max_num_queries(PROVIDER_PAGE_QUERIES):
        response = client.get(provider.url)
    assert len(response.context["services"]) == 8


@pytest.mark.django_db
def test_catalogue_index_query_count_is_bounded(
    client, settings, catalogue_index, full_service, make_service, django_assert_max_num_queries
):
    make_service(title="Spesa a domicilio")
    warm_then_forget(client, settings, catalogue_index.url)
    with django_assert_max_num_queries(INDEX_QUERIES):
        client.get(catalogue_index.url)
    filters = {
        "category": "salute",
        "municipality": "vigonza",
        "target": "anziani",
        "topic": "lavoro",
        "language": "it",
        "pillar": "pubblico",
        "free": "1",
        "open": "1",
    }
    with django_assert_max_num_queries(INDEX_QUERIES):
        response = client.get(catalogue_index.url, filters)
    assert response.context["catalogue"].active


@pytest.mark.django_db
def test_catalogue_index_query_count_does_not_grow_with_services(
    client, catalogue_index, make_provider, make_service, terms
):
    def add_services(count, start):
        for number in range(start, start + count):
            parent = make_provider(title=f"Ente numero {number}")
            service = make_service(
                parent=parent,
                title=f"Servizio numero {number}",
                target_groups=[terms["elderly"]],
                topics=[terms["work"], terms["integration"]],
                municipalities=[terms["vigonza"]],
            )
            add_location(service, terms["vigonza"], hours=[(0, *ALWAYS)])

    add_services(3, 0)
    client.get(catalogue_index.url)  # warm-up: site root paths, content types
    with CaptureQueriesContext(connection) as few:
        client.get(catalogue_index.url)

    add_services(12, 3)
    client.get(catalogue_index.url)
    with CaptureQueriesContext(connection) as many:
        response = client.get(catalogue_index.url)

    assert response.context["catalogue"].total == 15
    assert len(response.context["catalogue"].services) == 12
    assert len(many) == len(few)
