"""What catalogue pages show: terms in the reader's language, fetched in bulk."""

from wagtail.models import Page

from home.localization import localize_terms

from .models import ProviderPage, ServiceLocation
from .opening import is_open


def attach_display_terms(services: list, locale) -> list:
    """Give each service ``display_category``, ``display_pillar``, ``display_target_groups``
    and ``display_topics`` in ``locale``."""
    terms = []
    for service in services:
        terms += [service.category, service.pillar, *service.target_groups.all()]
        terms += list(service.topics.all())
    mapping = localize_terms(terms, locale)

    def shown(term):
        return mapping.get((type(term), term.pk), term) if term is not None else None

    for service in services:
        service.display_category = shown(service.category)
        service.display_pillar = shown(service.pillar)
        service.display_target_groups = sorted(
            (shown(t) for t in service.target_groups.all()), key=lambda t: t.name
        )
        service.display_topics = sorted(
            (shown(t) for t in service.topics.all()), key=lambda t: t.name
        )
    return services


def attach_providers(services: list) -> list:
    """Give each service ``display_provider``, its parent ProviderPage, with one query
    for the whole list (services are always children of their provider)."""
    parent_paths = {service.path[: -Page.steplen] for service in services}
    providers = {
        provider.path: provider
        for provider in ProviderPage.objects.filter(path__in=parent_paths).select_related("locale")
    }
    for service in services:
        service.display_provider = providers.get(service.path[: -Page.steplen])
    return services


def service_page_context(page) -> dict:
    """Everything the service page template needs, in a fixed number of queries."""
    locations = list(
        ServiceLocation.objects.filter(page=page)
        .select_related("municipality")
        .prefetch_related("opening_hours", "closures", "accessibility")
        .order_by("sort_order")
    )
    provider = page.get_parent().specific
    municipalities = list(page.municipalities.all())
    target_groups = list(page.target_groups.all())
    topics = list(page.topics.all())
    terms = [page.category, page.pillar, *target_groups, *topics, *municipalities]
    for location in locations:
        terms += [location.municipality, *location.accessibility.all()]
    mapping = localize_terms(terms, page.locale)

    def shown(term):
        return mapping.get((type(term), term.pk), term)

    for location in locations:
        location.display_municipality = shown(location.municipality)
        location.display_accessibility = [shown(f) for f in location.accessibility.all()]
        location.open_now = is_open(location)
    return {
        "provider": provider,
        "locations": locations,
        "documents": list(page.documents.all()),
        "cost_options": list(page.cost_options.all()),
        "contacts": list(page.contacts.all()),
        "languages": list(page.languages.all()),
        "display_category": shown(page.category),
        "display_pillar": shown(page.pillar),
        "display_target_groups": [shown(t) for t in target_groups],
        "display_topics": sorted((shown(t) for t in topics), key=lambda t: t.name),
        "display_municipalities": sorted((shown(m) for m in municipalities), key=lambda m: m.name),
    }
