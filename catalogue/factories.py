"""Factories for the catalogue, used by tests and by ``load_demo``."""

import datetime

from django.utils.text import slugify

import wagtail_factories

import factory

from articles.factories import default_locale

from .models import (
    AccessibilityFeature,
    CatalogueIndexPage,
    Municipality,
    OpeningHours,
    Pillar,
    ProviderPage,
    ServiceCategory,
    ServiceLocation,
    ServicePage,
    TargetGroup,
)


class TermFactory(factory.django.DjangoModelFactory):
    class Meta:
        abstract = True
        django_get_or_create = ("code", "locale")

    name = factory.Sequence(lambda n: f"Voce {n}")
    code = factory.LazyAttribute(lambda obj: slugify(obj.name))
    locale = factory.LazyFunction(default_locale)


class ServiceCategoryFactory(TermFactory):
    class Meta:
        model = ServiceCategory


class TargetGroupFactory(TermFactory):
    class Meta:
        model = TargetGroup


class PillarFactory(TermFactory):
    class Meta:
        model = Pillar

    name = "Pubblico"
    code = "pubblico"


class AccessibilityFeatureFactory(TermFactory):
    class Meta:
        model = AccessibilityFeature


class MunicipalityFactory(TermFactory):
    class Meta:
        model = Municipality

    name = "Vigonza"
    code = "vigonza"
    istat_code = "028100"
    cadastral_code = "L892"
    province = "PD"


class CatalogueIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CatalogueIndexPage

    title = "Servizi"
    slug = "servizi"
    introduction = "I servizi di welfare della rete, cercati per bisogno e per comune."


class ProviderPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ProviderPage

    title = factory.Sequence(lambda n: f"Ente {n}")
    slug = factory.LazyAttribute(lambda obj: slugify(obj.title))
    legal_status = "public_body"
    pillar = factory.SubFactory(PillarFactory)
    description = "<p>Un ente della rete del welfare di comunità.</p>"


class ServicePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ServicePage
        skip_postgeneration_save = True  # the hooks below save when they change something

    title = factory.Sequence(lambda n: f"Servizio {n}")
    slug = factory.LazyAttribute(lambda obj: slugify(obj.title))
    introduction = "Un servizio della rete."
    audience = "<p>Residenti dei Comuni della rete.</p>"
    how_to = "<p>Telefona allo sportello e prendi un appuntamento.</p>"
    outcome = "<p>Un aiuto concreto a casa.</p>"
    conditions = "<p>Il servizio segue il regolamento comunale.</p>"
    phone = "049 000 0000"
    is_free = True
    category = factory.SubFactory(ServiceCategoryFactory, name="Assistenza sociale")
    pillar = factory.SubFactory(PillarFactory)
    verified_on = factory.LazyFunction(datetime.date.today)

    @factory.post_generation
    def target_groups(obj, create, extracted, **kwargs):
        if create and extracted:
            obj.target_groups.set(extracted)
            obj.save()

    @factory.post_generation
    def topics(obj, create, extracted, **kwargs):
        if create and extracted:
            obj.topics.set(extracted)
            obj.save()

    @factory.post_generation
    def municipalities(obj, create, extracted, **kwargs):
        if create and extracted:
            obj.municipalities.set(extracted)
            obj.save()


class ServiceLocationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ServiceLocation

    name = "Sede principale"
    address = "Via Roma 1"
    postcode = "35010"
    municipality = factory.SubFactory(MunicipalityFactory)
    # In the order they are made, as the editor's list would have them (with no order,
    # PostgreSQL may return them either way).
    sort_order = factory.Sequence(lambda n: n)


class OpeningHoursFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = OpeningHours

    weekday = 0
    opens = datetime.time(9, 0)
    closes = datetime.time(12, 30)
