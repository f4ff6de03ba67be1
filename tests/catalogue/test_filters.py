"""The catalogue index's filters: each matches the database, they combine with AND,
counts are right, "open now" follows hours, closures and holidays, bad input never fails."""

import datetime
import zoneinfo

from django.db.models import Q

import pytest
from bs4 import BeautifulSoup

from catalogue.factories import ServicePageFactory
from catalogue.filters import MAX_VALUE_LENGTH, SERVICES_PER_PAGE
from catalogue.models import ClosureException, ServiceLanguage, ServiceLocation, ServicePage
from catalogue.opening import is_open, open_now_condition

from .conftest import ALWAYS, add_location

ROME = zoneinfo.ZoneInfo("Europe/Rome")


def at(year, month, day, hour, minute=0) -> datetime.datetime:
    return datetime.datetime(year, month, day, hour, minute, tzinfo=ROME)


@pytest.fixture
def services(make_provider, make_service, provider, terms):
    """Four live services that differ on every facet, and a draft that never counts.

    =====================  ============  ============  ===============  ========  =====
    service                category      pillar        municipalities   language  free
    =====================  ============  ============  ===============  ========  =====
    Centro diurno          salute        pubblico      vigonza          it        yes
    Sostegno psicologico   psicologica   pubblico      vigonza, padova  it, en    no
    Doposcuola             educazione    territoriale  padova           —         yes
    Corso di italiano      educazione    territoriale  vigonza          en        yes
    =====================  ============  ============  ===============  ========  =====
    """
    cooperative = make_provider(
        title="Cooperativa Il Ponte", legal_status="social_cooperative", pillar=terms["community"]
    )
    created = {
        "day_centre": make_service(
            title="Centro diurno",
            category=terms["health"],
            municipalities=[terms["vigonza"]],
            target_groups=[terms["elderly"]],
            topics=[terms["integration"]],
        ),
        "counselling": make_service(
            title="Sostegno psicologico",
            category=terms["psychological"],
            municipalities=[terms["vigonza"], terms["padova"]],
            target_groups=[terms["families"]],
            topics=[terms["work"]],
            is_free=False,
            cost_description="20 euro a colloquio.",
        ),
        "after_school": make_service(
            parent=cooperative,
            title="Doposcuola",
            category=terms["education"],
            pillar=terms["community"],
            municipalities=[terms["padova"]],
            target_groups=[terms["families"]],
        ),
        "italian": make_service(
            parent=cooperative,
            title="Corso di italiano",
            category=terms["education"],
            pillar=terms["community"],
            municipalities=[terms["vigonza"]],
            topics=[terms["integration"], terms["work"]],
            status="temporarily_closed",
            status_reason="Riprende a settembre.",
        ),
    }
    languages = {"day_centre": ["it"], "counselling": ["it", "en"], "italian": ["en"]}
    for key, codes in languages.items():
        for order, code in enumerate(codes):
            ServiceLanguage.objects.create(page=created[key], code=code, sort_order=order)
    # Open around the clock every day (so "open now" is true unless today is a holiday)…
    add_location(created["day_centre"], terms["vigonza"], hours=[(d, *ALWAYS) for d in range(7)])
    # …and only on Monday mornings.
    add_location(
        created["counselling"],
        terms["padova"],
        hours=[(0, datetime.time(9), datetime.time(12, 30))],
    )
    make_service(
        title="Bozza",
        live=False,
        category=terms["health"],
        municipalities=[terms["vigonza"]],
    )
    return created


def titles(response) -> list[str]:
    return sorted(service.title for service in response.context["catalogue"].services)


def orm_count(catalogue_index, *conditions) -> int:
    queryset = ServicePage.objects.live().public().descendant_of(catalogue_index)
    for condition in conditions:
        queryset = queryset.filter(condition)
    return queryset.distinct().count()


FACET_CASES = [
    ({"category": "salute"}, Q(category__code="salute") | Q(category__parent__code="salute")),
    ({"category": "psicologica"}, Q(category__code="psicologica")),
    ({"category": "educazione"}, Q(category__code="educazione")),
    ({"pillar": "territoriale"}, Q(pillar__code="territoriale")),
    ({"municipality": "vigonza"}, Q(municipalities__code="vigonza")),
    ({"municipality": "padova"}, Q(municipalities__code="padova")),
    ({"target": "famiglie"}, Q(target_groups__code="famiglie")),
    ({"topic": "integrazione-sociale"}, Q(topics__slug="integrazione-sociale")),
    ({"language": "en"}, Q(languages__code="en")),
    ({"free": "1"}, Q(is_free=True)),
]
EXPECTED_TITLES = {
    "salute": ["Centro diurno", "Sostegno psicologico"],
    "psicologica": ["Sostegno psicologico"],
    "educazione": ["Corso di italiano", "Doposcuola"],
    "territoriale": ["Corso di italiano", "Doposcuola"],
    "vigonza": ["Centro diurno", "Corso di italiano", "Sostegno psicologico"],
    "padova": ["Doposcuola", "Sostegno psicologico"],
    "famiglie": ["Doposcuola", "Sostegno psicologico"],
    "integrazione-sociale": ["Centro diurno", "Corso di italiano"],
    "en": ["Corso di italiano", "Sostegno psicologico"],
    "1": ["Centro diurno", "Corso di italiano", "Doposcuola"],
}


@pytest.mark.django_db
@pytest.mark.parametrize(("params", "condition"), FACET_CASES)
def test_each_filter_matches_the_database(client, catalogue_index, services, params, condition):
    response = client.get(catalogue_index.url, params)
    catalogue = response.context["catalogue"]

    assert catalogue.total == orm_count(catalogue_index, condition)
    assert titles(response) == EXPECTED_TITLES[next(iter(params.values()))]
    assert "Bozza" not in response.content.decode()


@pytest.mark.django_db
def test_open_now_matches_the_database(client, catalogue_index, services):
    response = client.get(catalogue_index.url, {"open": "1"})
    expected = orm_count(catalogue_index, open_now_condition())
    assert response.context["catalogue"].total == expected
    assert expected >= 0
    # The around-the-clock centre is open unless today is a public holiday.
    day_centre = ServiceLocation.objects.get(page=services["day_centre"])
    assert ("Centro diurno" in titles(response)) == is_open(day_centre)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("params", "conditions", "expected"),
    [
        (
            {"category": "educazione", "municipality": "vigonza", "free": "1"},
            [Q(category__code="educazione"), Q(municipalities__code="vigonza"), Q(is_free=True)],
            ["Corso di italiano"],
        ),
        (
            {"pillar": "pubblico", "municipality": "padova"},
            [Q(pillar__code="pubblico"), Q(municipalities__code="padova")],
            ["Sostegno psicologico"],
        ),
        (
            {"target": "famiglie", "free": "1", "topic": "lavoro"},
            [Q(target_groups__code="famiglie"), Q(is_free=True), Q(topics__slug="lavoro")],
            [],
        ),
    ],
)
def test_filters_combine_with_and(client, catalogue_index, services, params, conditions, expected):
    response = client.get(catalogue_index.url, params)
    assert response.context["catalogue"].total == orm_count(catalogue_index, *conditions)
    assert titles(response) == expected
    content = response.content.decode()
    if not expected:
        assert "Nessun servizio corrisponde ai filtri scelti." in content


@pytest.mark.django_db
def test_facet_counts_apply_the_other_filters(client, catalogue_index, services):
    response = client.get(catalogue_index.url, {"category": "educazione"})
    facets = {facet["key"]: facet for facet in response.context["catalogue"].facets()}

    def counts(key):
        return {option["code"]: option["count"] for option in facets[key]["options"]}

    # A facet's own choice is left out of its counts; a parent counts its sub-categories.
    assert counts("category") == {"salute": 2, "psicologica": 1, "educazione": 2}
    for code, count in counts("municipality").items():
        assert count == orm_count(
            catalogue_index, Q(category__code="educazione"), Q(municipalities__code=code)
        )
    assert counts("municipality") == {"vigonza": 1, "padova": 1}
    assert counts("pillar") == {"territoriale": 2}
    chosen = [option for option in facets["category"]["options"] if option["chosen"]]
    assert [option["code"] for option in chosen] == ["educazione"]

    soup = BeautifulSoup(response.content.decode(), "html.parser")
    options = [option.get_text() for option in soup.select("#filter-municipality option")]
    assert options == ["Qualsiasi", "Padova (1)", "Vigonza (1)"]
    assert soup.select_one("#filter-category option[selected]")["value"] == "educazione"


@pytest.mark.django_db
def test_flag_counts_apply_the_other_filters(client, catalogue_index, services):
    response = client.get(catalogue_index.url, {"municipality": "padova"})
    flags = {flag["key"]: flag for flag in response.context["catalogue"].flag_counts()}
    assert flags["free"]["count"] == orm_count(
        catalogue_index, Q(municipalities__code="padova"), Q(is_free=True)
    )
    assert flags["free"]["count"] == 1
    assert not flags["free"]["chosen"]
    label = BeautifulSoup(response.content.decode(), "html.parser").find(
        "label", attrs={"for": "filter-free"}
    )
    assert label.get_text() == "Solo servizi gratuiti (1)"


@pytest.mark.django_db
def test_active_filters_are_listed_with_links_that_remove_them(client, catalogue_index, services):
    response = client.get(
        catalogue_index.url, {"category": "educazione", "municipality": "vigonza", "free": "1"}
    )
    soup = BeautifulSoup(response.content.decode(), "html.parser")

    chips = [chip.get_text() for chip in soup.select(".active-filters .chip-label")]
    assert chips == [
        "Categoria: Educazione e formazione",
        "Comune: Vigonza",
        "Solo servizi gratuiti",
    ]
    removals = [a["href"] for a in soup.select(".active-filters a.remove-filter")]
    assert removals == [
        "/servizi/?municipality=vigonza&free=1",
        "/servizi/?category=educazione&free=1",
        "/servizi/?category=educazione&municipality=vigonza",
    ]
    clear = soup.find("a", string="Rimuovi i filtri")
    assert clear["href"] == "/servizi/"
    assert soup.find("meta", attrs={"name": "robots"})["content"] == "noindex, follow"


@pytest.mark.django_db
def test_unfiltered_index_is_indexable_and_has_no_remove_link(client, catalogue_index, services):
    soup = BeautifulSoup(client.get(catalogue_index.url).content.decode(), "html.parser")
    assert soup.find("meta", attrs={"name": "robots"}) is None
    assert soup.find("a", string="Rimuovi i filtri") is None
    assert soup.select_one(".active-filters") is None
    assert soup.select_one('.results-count[role="status"]').get_text(strip=True) == (
        "4 servizi trovati"
    )


# Pagination ---------------------------------------------------------------------------


@pytest.mark.django_db
def test_results_are_paginated_and_links_keep_the_filters(client, catalogue_index, provider, terms):
    for number in range(SERVICES_PER_PAGE + 3):
        ServicePageFactory(
            parent=provider,
            title=f"Servizio {number:02d}",
            category=terms["health"],
            pillar=terms["public"],
        )
    first = client.get(catalogue_index.url, {"category": "salute"})
    second = client.get(catalogue_index.url, {"category": "salute", "page": "2"})

    assert len(first.context["catalogue"].services) == SERVICES_PER_PAGE
    assert titles(second) == ["Servizio 12", "Servizio 13", "Servizio 14"]
    assert first.context["catalogue"].total == SERVICES_PER_PAGE + 3
    content = first.content.decode()
    assert 'href="?category=salute&amp;page=2" rel="next"' in content
    assert "15 servizi trovati" in content
    assert "noindex" in second.content.decode()


# Bad input ----------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [
        "category=non-esiste",
        "category=a&category=b",
        "category=" + "x" * 10_000,
        "category=%E0%A4%A&municipality=%ZZ%",
        "page=999",
        "page=-1",
        "page=abc",
        "_connector=OR",
        "category__in=x",
        "category=%00",
        "municipality=padova%00",
        "free=%00&open=%FF",
        "municipality=%3Cscript%3Ealert(1)%3C/script%3E",
        "q=%00&page=%00",
    ],
)
def test_bad_input_never_fails(client, catalogue_index, services, query):
    response = client.get(f"{catalogue_index.url}?{query}")
    content = response.content.decode()
    assert response.status_code == 200
    assert "servizi trovati" in content or "servizio trovato" in content
    assert "<script>alert(1)</script>" not in content
    catalogue = response.context["catalogue"]
    assert 1 <= catalogue.page_obj.number <= catalogue.page_obj.paginator.num_pages


@pytest.mark.django_db
def test_unknown_value_is_reported_clearly(client, catalogue_index, services):
    response = client.get(catalogue_index.url, {"municipality": "atlantide"})
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    alert = soup.select_one(".unknown-filter")
    assert response.context["catalogue"].total == 0
    assert "Il valore «atlantide» non esiste per il filtro «Comune»." in alert.get_text()
    assert alert.a["href"] == "/servizi/"


@pytest.mark.django_db
def test_huge_value_is_cut_and_reported(client, catalogue_index, services):
    response = client.get(catalogue_index.url, {"category": "x" * 10_000})
    facets = {facet["key"]: facet for facet in response.context["catalogue"].facets()}
    assert facets["category"]["unknown"] == "x" * MAX_VALUE_LENGTH
    assert ("x" * (MAX_VALUE_LENGTH + 1)) not in response.content.decode()


@pytest.mark.django_db
def test_repeated_value_uses_the_last_one(client, catalogue_index, services):
    response = client.get(f"{catalogue_index.url}?municipality=padova&municipality=vigonza")
    assert titles(response) == EXPECTED_TITLES["vigonza"]


@pytest.mark.django_db
def test_orm_lookups_in_the_query_string_are_ignored(client, catalogue_index, services):
    lookup = client.get(f"{catalogue_index.url}?category__in=salute")
    assert lookup.context["catalogue"].total == orm_count(catalogue_index)
    assert lookup.context["catalogue"].query_string() == ""

    # Filters stay AND-ed whatever ``_connector`` says: no service is both.
    connector = client.get(
        f"{catalogue_index.url}?_connector=OR&category=educazione&pillar=pubblico"
    )
    assert connector.context["catalogue"].total == 0
    assert connector.context["catalogue"].query_string() == "category=educazione&pillar=pubblico"


@pytest.mark.django_db
def test_nul_bytes_are_dropped_from_values(client, catalogue_index, services):
    response = client.get(f"{catalogue_index.url}?municipality=padova%00")
    assert titles(response) == EXPECTED_TITLES["padova"]


@pytest.mark.django_db
@pytest.mark.parametrize("page", ["999", "-1"])
def test_out_of_range_pages_show_a_real_page(client, catalogue_index, services, page):
    response = client.get(catalogue_index.url, {"page": page})
    assert response.context["catalogue"].page_obj.number == 1
    assert len(response.context["catalogue"].services) == 4


# Opening hours, closures and holidays (fixed dates, no clock) -------------------------


@pytest.fixture
def monday_morning(make_service, terms):
    """A service at Vigonza open on Mondays 9:00–12:30 and on Fridays and Saturdays, and
    a service at Padova open on Tuesdays and Saturdays."""
    vigonza = make_service(title="Sportello Vigonza")
    padova = make_service(title="Sportello Padova")
    morning = (datetime.time(9), datetime.time(12, 30))
    return {
        "vigonza": add_location(
            vigonza, terms["vigonza"], hours=[(0, *morning), (4, *morning), (5, *morning)]
        ),
        "padova": add_location(padova, terms["padova"], hours=[(1, *morning), (5, *morning)]),
    }


def loaded(location):
    return (
        ServiceLocation.objects.select_related("municipality")
        .prefetch_related("opening_hours", "closures")
        .get(pk=location.pk)
    )


def open_titles(catalogue_index, now) -> list[str]:
    queryset = ServicePage.objects.live().descendant_of(catalogue_index)
    return sorted(queryset.filter(open_now_condition(now)).values_list("title", flat=True))


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (at(2026, 6, 8, 9, 0), True),  # Monday, opening time
        (at(2026, 6, 8, 12, 29), True),
        (at(2026, 6, 8, 12, 30), False),  # closing time is exclusive
        (at(2026, 6, 8, 8, 59), False),
        (at(2026, 6, 9, 10, 0), False),  # Tuesday: not a Vigonza day
        (at(2026, 12, 25, 10, 0), False),  # Christmas, a Friday
    ],
)
def test_weekly_hours_decide_open_now(catalogue_index, monday_morning, now, expected):
    location = loaded(monday_morning["vigonza"])
    assert is_open(location, now) is expected
    assert ("Sportello Vigonza" in open_titles(catalogue_index, now)) is expected


@pytest.mark.django_db
def test_a_closure_closes_that_day_only(catalogue_index, monday_morning):
    location = monday_morning["vigonza"]
    ClosureException.objects.create(
        location=location, date=datetime.date(2026, 6, 8), reason="Inventario"
    )

    assert not is_open(loaded(location), at(2026, 6, 8, 10))
    assert "Sportello Vigonza" not in open_titles(catalogue_index, at(2026, 6, 8, 10))
    assert is_open(loaded(location), at(2026, 6, 15, 10))
    assert "Sportello Vigonza" in open_titles(catalogue_index, at(2026, 6, 15, 10))


@pytest.mark.django_db
def test_national_holidays_close_everywhere(catalogue_index, monday_morning):
    # 2 June 2026 (Republic Day) is a Tuesday, when Padova would be open.
    republic_day = at(2026, 6, 2, 10)
    assert not is_open(loaded(monday_morning["padova"]), republic_day)
    assert open_titles(catalogue_index, republic_day) == []
    assert is_open(loaded(monday_morning["padova"]), at(2026, 6, 9, 10))
    # Christmas 2026 is a Friday, when Vigonza would be open.
    assert is_open(loaded(monday_morning["vigonza"]), at(2026, 12, 18, 10))
    assert open_titles(catalogue_index, at(2026, 12, 25, 10)) == []


@pytest.mark.django_db
def test_padova_patron_day_closes_only_padova(catalogue_index, monday_morning):
    # 13 June 2026, Saint Anthony of Padua, is a Saturday: both would be open.
    patron_day = at(2026, 6, 13, 10)
    assert not is_open(loaded(monday_morning["padova"]), patron_day)
    assert is_open(loaded(monday_morning["vigonza"]), patron_day)
    assert open_titles(catalogue_index, patron_day) == ["Sportello Vigonza"]
    assert open_titles(catalogue_index, at(2026, 6, 20, 10)) == [
        "Sportello Padova",
        "Sportello Vigonza",
    ]
