"""Which services and organisations are open data, and loading them in bulk.

A record is public when its page in the default language is live, outside any private
section and below no unpublished page (so its provider is live too). Its content comes
from the translation in the requested locale when that translation is live as well,
otherwise from the default language. Loading a batch costs a fixed number of queries
whatever its size.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import F, Max, OuterRef, Prefetch, Q, Subquery
from django.db.models.query import QuerySet

from wagtail.models import Locale, Page, PageViewRestriction

from home.localization import localize_terms

from ..models import (
    ClosureException,
    OpeningHours,
    ProviderPage,
    ServiceContact,
    ServiceCostOption,
    ServiceDocument,
    ServiceLanguage,
    ServiceLocation,
    ServicePage,
)


@dataclass
class ProviderBundle:
    source: ProviderPage  # the page in the default language: the record's id
    page: ProviderPage  # what is shown, in the requested locale when translated


@dataclass
class ServiceBundle:
    source: ServicePage
    page: ServicePage
    provider: ProviderBundle | None


def _last_published():
    """The latest publication of any language version of the page: the record changed
    when any of its translations did."""
    return Subquery(
        Page.objects.filter(translation_key=OuterRef("translation_key"), live=True)
        .order_by()
        .values("translation_key")
        .annotate(latest=Max("last_published_at"))
        .values("latest")[:1]
    )


# Inline items in their editors' order; items made in code may have no position, so
# the key decides ties the same way on every database.
IN_ORDER = (F("sort_order").asc(nulls_last=True), "pk")


def _full(queryset: QuerySet) -> QuerySet:
    """Services with everything their compiled record needs."""
    locations = (
        ServiceLocation.objects.select_related("municipality")
        .prefetch_related(
            Prefetch("opening_hours", queryset=OpeningHours.objects.order_by(*IN_ORDER)),
            Prefetch("closures", queryset=ClosureException.objects.order_by("date", "pk")),
            "accessibility",
        )
        .order_by(*IN_ORDER)
    )
    items = {
        "documents": ServiceDocument,
        "cost_options": ServiceCostOption,
        "contacts": ServiceContact,
        "languages": ServiceLanguage,
    }
    return queryset.select_related(
        "locale", "category", "category__parent", "pillar"
    ).prefetch_related(
        "topics",
        "target_groups",
        "municipalities",
        *(
            Prefetch(name, queryset=model.objects.order_by(*IN_ORDER))
            for name, model in items.items()
        ),
        Prefetch("locations", queryset=locations),
    )


class Catalogue:
    """The public catalogue as seen in one locale (one per request or export)."""

    def __init__(self, locale: Locale | None = None):
        self.default = Locale.get_default()
        self.locale = locale or self.default
        self._hidden: Q | None = None

    @property
    def language(self) -> str:
        return self.locale.language_code

    @property
    def translated(self) -> bool:
        return self.locale.pk != self.default.pk

    @property
    def hidden(self) -> Q:
        """Pages in a private section or below an unpublished page (two queries, once)."""
        if self._hidden is None:
            hidden = Q(pk__in=[])
            for path in PageViewRestriction.objects.values_list("page__path", flat=True):
                hidden |= Q(path__startswith=path)
            unpublished = Page.objects.filter(live=False, numchild__gt=0)
            for path in unpublished.values_list("path", flat=True):
                hidden |= Q(path__startswith=path) & ~Q(path=path)
            self._hidden = hidden
        return self._hidden

    # --- What is public ------------------------------------------------------------

    def services(self) -> QuerySet:
        """Public services (pages in the default language), with ``hsds_modified``."""
        return (
            ServicePage.objects.filter(locale=self.default, live=True, alias_of__isnull=True)
            .exclude(self.hidden)
            .annotate(hsds_modified=_last_published())
        )

    def providers(self) -> QuerySet:
        return ProviderPage.objects.filter(
            locale=self.default, live=True, alias_of__isnull=True
        ).exclude(self.hidden)

    def services_of(self, providers) -> QuerySet:
        """Public services of ``providers`` (pages in the default language)."""
        if not providers:
            return self.services().none()
        below = Q(pk__in=[])
        for provider in providers:
            below |= Q(path__startswith=provider.path, depth=provider.depth + 1)
        return self.services().filter(below)

    # --- Loading -------------------------------------------------------------------

    def _translations(self, model, sources) -> dict:
        if not self.translated or not sources:
            return {}
        pages = model.objects.filter(
            locale=self.locale,
            live=True,
            alias_of__isnull=True,  # an alias repeats the original's language
            translation_key__in=[page.translation_key for page in sources],
        ).exclude(self.hidden)
        pages = _full(pages) if model is ServicePage else pages.select_related("locale", "pillar")
        return {page.translation_key: page for page in pages}

    def _provider_bundles(self, queryset) -> list[ProviderBundle]:
        sources = list(queryset.select_related("locale", "pillar"))
        shown = self._translations(ProviderPage, sources)
        return [
            ProviderBundle(source=page, page=shown.get(page.translation_key, page))
            for page in sources
        ]

    def load_providers(self, pks) -> list[ProviderBundle]:
        """Providers by pk, in the order of ``pks``."""
        pks = list(pks)
        bundles = {
            bundle.source.pk: bundle
            for bundle in self._provider_bundles(ProviderPage.objects.filter(pk__in=pks))
        }
        return [bundles[pk] for pk in pks if pk in bundles]

    def load_services(self, pks) -> list[ServiceBundle]:
        """Compiled-record material for services by pk, in the order of ``pks``."""
        pks = list(pks)
        queryset = ServicePage.objects.filter(pk__in=pks).annotate(hsds_modified=_last_published())
        by_pk = {page.pk: page for page in _full(queryset)}
        sources = [by_pk[pk] for pk in pks if pk in by_pk]
        shown = self._translations(ServicePage, sources)
        parent_paths = {page.path[: -Page.steplen] for page in sources}
        providers = {
            bundle.source.path: bundle
            for bundle in self._provider_bundles(ProviderPage.objects.filter(path__in=parent_paths))
        }
        return [
            ServiceBundle(
                source=page,
                page=shown.get(page.translation_key, page),
                provider=providers.get(page.path[: -Page.steplen]),
            )
            for page in sources
        ]

    def localized_terms(self, bundles) -> dict:
        """Every vocabulary object the bundles link, mapped to its name in the locale
        (one query per vocabulary, none in the default language)."""
        objects = []
        for bundle in bundles:
            page = bundle.page
            if isinstance(page, ServicePage):
                objects += [page.category, page.pillar, *page.topics.all()]
                objects += [*page.target_groups.all(), *page.municipalities.all()]
                for location in page.locations.all():
                    objects += [location.municipality, *location.accessibility.all()]
                provider = bundle.provider.page if bundle.provider else None
            else:
                provider = page
            if provider is not None:
                objects.append(provider.pillar)
        if not self.translated:
            return {(type(obj), obj.pk): obj for obj in objects}
        return localize_terms(objects, self.locale)


# --- Filters ---------------------------------------------------------------------------


def _having(**lookup) -> Q:
    return Q(pk__in=ServicePage.objects.filter(**lookup).values("pk"))


def term_q(item) -> Q:
    """Services classified with ``item`` (a ``taxonomies.Term``). A category also
    matches the services of its sub-categories, as the catalogue's filter does."""
    key, code = item.vocabulary.key, item.code
    if key == "service-category":
        return Q(category__code=code) | Q(category__parent__code=code)
    if key == "pillar":
        return Q(pillar__code=code)
    if key == "service-feature":
        return Q(is_free=True) if code == "free-of-charge" else Q(welfare_credit=True)
    lookup = {
        "topic": "topics__slug",
        "target-group": "target_groups__code",
        "municipality": "municipalities__code",
        "accessibility": "locations__accessibility__code",
    }[key]
    return _having(**{lookup: code})


def vocabulary_q(vocabulary) -> Q:
    """Services with any term of ``vocabulary``."""
    key = vocabulary.key
    if key in ("service-category", "pillar"):
        return Q()  # every service has one
    if key == "service-feature":
        return Q(is_free=True) | Q(welfare_credit=True)
    lookup = {
        "topic": "topics__isnull",
        "target-group": "target_groups__isnull",
        "municipality": "municipalities__isnull",
        "accessibility": "locations__accessibility__isnull",
    }[key]
    return _having(**{lookup: False})
