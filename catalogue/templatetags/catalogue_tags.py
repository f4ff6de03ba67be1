"""Template helpers for the public catalogue pages: service sections, opening hours,
active filters, prices and the schema.org data block."""

import re
from dataclasses import dataclass

from django import template
from django.template.defaultfilters import floatformat
from django.utils import timezone
from django.utils.html import format_html, strip_tags
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page

from ..jsonld import script_json, service_data
from ..models import WEEKDAY_CHOICES, CatalogueIndexPage

register = template.Library()


@register.filter(name="has_content")
def has_text(html: str) -> bool:
    """Rich text editors leave ``<p></p>`` behind; that is not content."""
    return bool(strip_tags(html or "").strip())


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    template: str


def _section(anchor: str, title) -> Section:
    return Section(anchor, title, f"catalogue/includes/service_sections/{anchor}.html")


# The national model's order. Each entry says when the section has something to show.
SERVICE_SECTIONS = [
    (_section("a-chi-e-rivolto", _("A chi è rivolto")), lambda page, context: True),
    (_section("come-fare", _("Come fare")), lambda page, context: True),
    (_section("cosa-serve", _("Cosa serve")), lambda page, context: context["documents"]),
    (_section("cosa-si-ottiene", _("Cosa si ottiene")), lambda page, context: True),
    (
        _section("tempi-e-scadenze", _("Tempi e scadenze")),
        lambda page, context: has_text(page.times),
    ),
    (_section("quanto-costa", _("Quanto costa")), lambda page, context: True),
    (_section("accedi-al-servizio", _("Accedi al servizio")), lambda page, context: True),
    (
        _section("condizioni-di-servizio", _("Condizioni di servizio")),
        lambda page, context: has_text(page.conditions),
    ),
    (_section("contatti", _("Contatti")), lambda page, context: True),
    (_section("argomenti", _("Argomenti")), lambda page, context: context["display_topics"]),
    (
        _section("ulteriori-informazioni", _("Ulteriori informazioni")),
        lambda page, context: has_text(page.further_information),
    ),
]


@register.simple_tag(takes_context=True)
def service_sections(context) -> list[Section]:
    """The sections this service page shows, in order (for the page and its index)."""
    page = context["page"]
    return [section for section, shown in SERVICE_SECTIONS if shown(page, context)]


@register.simple_tag
def service_trail(page) -> dict:
    """In one query: the catalogue index a service belongs to and the breadcrumb trail
    down to it (home page first; the tree root and the provider are left out, since the
    national model puts the service's category there)."""
    ancestors = list(Page.objects.ancestor_of(page).filter(depth__gt=1).order_by("depth"))
    index = next(
        (page for page in ancestors if issubclass(page.specific_class, CatalogueIndexPage)),
        None,
    )
    crumbs = [ancestor for ancestor in ancestors if index is None or ancestor.depth <= index.depth]
    return {"crumbs": crumbs, "index": index}


@register.simple_tag(takes_context=True)
def service_jsonld(context) -> str:
    """The page's schema.org description in a ``<script type="application/ld+json">``."""
    data = service_data(context["page"], context, context.get("request"))
    # script_json escapes <, > and &, so the data can never end the element early.
    payload = mark_safe(script_json(data))  # noqa: S308
    return format_html('<script type="application/ld+json">{}</script>', payload)


@register.simple_tag
def weekly_hours(location) -> list[dict]:
    """One row per weekday, Monday first: its name and its opening slots (maybe none)."""
    slots = sorted(location.opening_hours.all(), key=lambda slot: (slot.weekday, slot.opens))
    return [
        {
            "weekday": weekday,
            "name": name,
            "slots": [slot for slot in slots if slot.weekday == weekday],
        }
        for weekday, name in WEEKDAY_CHOICES
    ]


@register.simple_tag
def upcoming_closures(location) -> list:
    today = timezone.localdate()
    return [closure for closure in location.closures.all() if closure.date >= today]


@register.filter
def euro(amount) -> str:
    """An amount in euro, formatted for the reader's language: ``1.250,50 €`` in Italian."""
    if amount is None or amount == "":
        return ""
    return f"{floatformat(amount, '2g')}\u00a0€"


@register.filter
def phone_href(number: str) -> str:
    """A ``tel:`` URI for a number written for people (spaces, dots, dashes)."""
    digits = re.sub(r"[^\d+]", "", number or "")
    return f"tel:{digits}" if digits else ""


@register.simple_tag
def active_filters(catalogue, facets, flags) -> list[dict]:
    """What the reader has chosen, each with the query string that removes it."""
    chosen = []
    for facet in facets:
        selected = next((option for option in facet["options"] if option["chosen"]), None)
        if selected is None and not facet["unknown"]:
            continue
        chosen.append(
            {
                "label": facet["label"],
                "value": selected["name"] if selected else facet["unknown"],
                "unknown": selected is None,
                "remove": catalogue.query_string(**{facet["key"]: None}),
            }
        )
    chosen += [
        {
            "label": flag["label"],
            "value": "",
            "unknown": False,
            "remove": catalogue.query_string(**{flag["key"]: None}),
        }
        for flag in flags
        if flag["chosen"]
    ]
    return chosen
