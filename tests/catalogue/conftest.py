"""Catalogue fixtures: the index at /servizi/, providers under it and their services.

Kept generic so every catalogue test module can build what it needs: vocabulary terms
come from ``catalogue.factories`` (get-or-create by code), pages from the page factories.
"""

import datetime
from decimal import Decimal

import pytest

from articles.factories import TopicFactory
from catalogue.factories import (
    AccessibilityFeatureFactory,
    CatalogueIndexPageFactory,
    MunicipalityFactory,
    OpeningHoursFactory,
    PillarFactory,
    ProviderPageFactory,
    ServiceCategoryFactory,
    ServiceLocationFactory,
    ServicePageFactory,
    TargetGroupFactory,
)
from catalogue.models import (
    ClosureException,
    ServiceContact,
    ServiceCostOption,
    ServiceDocument,
    ServiceLanguage,
)


@pytest.fixture
def catalogue_index(home):
    return CatalogueIndexPageFactory(parent=home)


@pytest.fixture
def terms(locales):
    """A small vocabulary: two pillars, a category with a sub-category, two target
    groups, two topics and two municipalities (one of them Padova, for its patron day)."""
    social = ServiceCategoryFactory(name="Salute, benessere e assistenza", code="salute")
    return {
        "public": PillarFactory(name="Pubblico", code="pubblico"),
        "community": PillarFactory(name="Territoriale", code="territoriale"),
        "health": social,
        "psychological": ServiceCategoryFactory(
            name="Assistenza psicologica", code="psicologica", parent=social
        ),
        "education": ServiceCategoryFactory(name="Educazione e formazione", code="educazione"),
        "elderly": TargetGroupFactory(name="Anziani", code="anziani"),
        "families": TargetGroupFactory(name="Famiglie", code="famiglie"),
        "work": TopicFactory(name="Lavoro", slug="lavoro"),
        "integration": TopicFactory(name="Integrazione sociale", slug="integrazione-sociale"),
        "vigonza": MunicipalityFactory(),
        "padova": MunicipalityFactory(
            name="Padova", code="padova", istat_code="028060", cadastral_code="G224"
        ),
        "ramp": AccessibilityFeatureFactory(name="Rampa di accesso", code="rampa"),
    }


@pytest.fixture
def make_provider(catalogue_index, terms):
    def make(**kwargs):
        kwargs.setdefault("pillar", terms["public"])
        return ProviderPageFactory(parent=catalogue_index, **kwargs)

    return make


@pytest.fixture
def provider(make_provider):
    return make_provider(
        title="Comune di Vigonza",
        legal_status="public_body",
        email="sociale@comune.vigonza.pd.it",
        phone="049 809 0211",
        website="https://www.comune.vigonza.pd.it",
        codice_fiscale="80009530280",
    )


@pytest.fixture
def make_service(provider, terms):
    """Services under ``provider`` (or ``parent=``) in the health category by default."""

    def make(**kwargs):
        kwargs.setdefault("parent", provider)
        kwargs.setdefault("category", terms["health"])
        kwargs.setdefault("pillar", terms["public"])
        return ServicePageFactory(**kwargs)

    return make


def add_location(service, municipality, hours=(), closures=(), **kwargs):
    """A location of ``service`` with weekly ``hours`` as (weekday, opens, closes)."""
    location = ServiceLocationFactory(page=service, municipality=municipality, **kwargs)
    for weekday, opens, closes in hours:
        OpeningHoursFactory(location=location, weekday=weekday, opens=opens, closes=closes)
    for date in closures:
        ClosureException.objects.create(location=location, date=date, reason="Inventario")
    return location


ALWAYS = (datetime.time(0, 0), datetime.time(23, 59, 59))


@pytest.fixture
def full_service(make_service, terms):
    """A service with every section filled in, not free, at two locations."""
    service = make_service(
        title="Assistenza domiciliare",
        introduction="Aiuto a casa per le persone anziane.",
        description="<p>Operatori qualificati vengono a casa.</p>",
        audience="<p>Persone anziane residenti.</p>",
        min_age=65,
        how_to="<p>Chiedi un colloquio con l'assistente sociale.</p>",
        outcome="<p>Un piano di assistenza personalizzato.</p>",
        times="<p>Risposta entro 30 giorni.</p>",
        online_url="https://servizi.example.it/domanda",
        booking_url="https://prenota.example.it/",
        phone="049 123 4567",
        email="assistenza@example.it",
        desk="Ufficio servizi sociali, piano terra.",
        is_free=False,
        cost_description="Il costo dipende dall'ISEE.",
        welfare_credit=True,
        conditions="<p>Regolamento comunale dei servizi domiciliari.</p>",
        further_information="<p>Il servizio è attivo anche ad agosto.</p>",
        category=terms["psychological"],
        target_groups=[terms["elderly"], terms["families"]],
        topics=[terms["work"], terms["integration"]],
        municipalities=[terms["vigonza"], terms["padova"]],
        verified_on=datetime.date(2026, 3, 2),
    )
    for order, name in enumerate(["Documento d'identità", "Attestazione ISEE"]):
        ServiceDocument.objects.create(page=service, name=name, sort_order=order)
    ServiceCostOption.objects.create(
        page=service, option="Ora di assistenza", amount=Decimal("8.50"), sort_order=0
    )
    ServiceCostOption.objects.create(
        page=service,
        option="Pacchetto annuale",
        amount=Decimal("1250.00"),
        amount_description="Per chi ha ISEE sopra 20.000 euro",
        sort_order=1,
    )
    ServiceContact.objects.create(
        page=service, name="Ufficio servizi sociali", role="Sportello", phone="049 111 2222"
    )
    ServiceLanguage.objects.create(page=service, code="it", sort_order=0)
    ServiceLanguage.objects.create(page=service, code="en", sort_order=1)
    location = add_location(
        service,
        terms["vigonza"],
        hours=[(weekday, *ALWAYS) for weekday in range(7)],
        name="Municipio di Vigonza",
        address="Via Cavour 16",
        latitude=Decimal("45.4433"),
        longitude=Decimal("11.9810"),
    )
    location.accessibility.set([terms["ramp"]])
    location.save()
    add_location(
        service,
        terms["padova"],
        hours=[(0, datetime.time(9), datetime.time(12, 30))],
        name="Sportello di Padova",
        address="Via del Municipio 1",
        postcode="35122",
    )
    service.save_revision().publish()
    service.refresh_from_db()
    return service
