"""Import an HSDS JSON export as drafts for editors to review.

Organisations and services are matched by id against the pages in the default language.
A new one becomes an unpublished page, a changed one gets a new draft revision (its live
version stays as it is), an identical one is left alone. Everything is read and checked
first; nothing is written unless the whole file is valid, and then in one transaction.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction

from wagtail.log_actions import log
from wagtail.models import Locale, Page

from ..models import CatalogueIndexPage, Municipality, ProviderPage, ServicePage
from .params import parse_uuid
from .reading import Fields, describe
from .records import in_order, read_organization, read_service, slug_for
from .richtext import public
from .serializers import IDENTIFIERS, SERVICE_RICH_TEXT
from .taxonomies import terms_by_id

CREATE, UPDATE, UNCHANGED = "create", "update", "unchanged"
MAX_REPORTED = 50


class ImportFailed(Exception):
    def __init__(self, errors: list[str]):
        self.errors = errors
        shown = errors[:MAX_REPORTED]
        more = len(errors) - len(shown)
        lines = [f"- {error}" for error in shown] + ([f"- … and {more} more"] if more else [])
        super().__init__(
            f"Nothing was imported: the file has {len(errors)} problem(s).\n" + "\n".join(lines)
        )


@dataclass
class Change:
    kind: str  # "organization" or "service"
    action: str  # CREATE, UPDATE or UNCHANGED
    hsds_id: str
    page: Page
    organization_id: str | None = None

    def describe(self) -> str:
        return f"{self.action} {self.kind} {self.hsds_id} «{self.page.title}»"


@dataclass
class Plan:
    changes: list[Change] = field(default_factory=list)

    def counts(self) -> Counter:
        return Counter(change.action for change in self.changes)

    def summary(self, *, dry_run: bool) -> str:
        counts = self.counts()
        verbs = ("would create", "would update") if dry_run else ("created", "updated")
        text = (
            f"{verbs[0]} {counts[CREATE]}, {verbs[1]} {counts[UPDATE]}, "
            f"left {counts[UNCHANGED]} unchanged"
        )
        return text[0].upper() + text[1:] + "."


# --- What a page holds that the exchange carries (to tell "unchanged") --------------


def provider_state(page: ProviderPage) -> dict:
    state = {
        name: getattr(page, name)
        for name in ("title", "introduction", "legal_status", "pillar_id", "website", "email")
    }
    state.update({name: getattr(page, name) for name in ("phone", *IDENTIFIERS)})
    state["description"] = public(page.description)
    return state


def service_state(page: ServicePage) -> dict:
    state = {
        name: getattr(page, name)
        for name in (
            "title",
            "introduction",
            "status",
            "status_reason",
            "min_age",
            "max_age",
            "online_url",
            "booking_url",
            "phone",
            "email",
            "desk",
            "is_free",
            "cost_description",
            "welfare_credit",
            "category_id",
            "pillar_id",
            "verified_on",
        )
    }
    state.update({name: public(getattr(page, name)) for name in SERVICE_RICH_TEXT.values()})
    for relation in ("topics", "target_groups", "municipalities"):
        state[relation] = sorted(obj.pk for obj in getattr(page, relation).all())
    state["documents"] = [(d.name, d.url) for d in in_order(page.documents.all())]
    state["cost_options"] = [
        (o.option, o.amount, o.amount_description) for o in in_order(page.cost_options.all())
    ]
    state["contacts"] = [(c.name, c.role, c.phone, c.email) for c in in_order(page.contacts.all())]
    state["languages"] = [language.code for language in in_order(page.languages.all())]
    state["locations"] = [
        (
            location.name,
            location.address,
            location.postcode,
            location.municipality_id,
            location.latitude,
            location.longitude,
            sorted(feature.pk for feature in location.accessibility.all()),
            [(h.weekday, h.opens, h.closes) for h in in_order(location.opening_hours.all())],
            sorted((c.date, c.reason) for c in location.closures.all()),
        )
        for location in in_order(page.locations.all())
    ]
    return state


# --- Planning -----------------------------------------------------------------------


class Context:
    """What the site already has, loaded once for the whole file."""

    def __init__(self, dataset: dict):
        self.default = Locale.get_default()
        self.terms = terms_by_id(self.default)
        self.index = None
        self.errors: list[str] = []
        ids = [
            record.get("id")
            for key in ("organizations", "services")
            for record in dataset.get(key, [])
            if isinstance(record, dict) and isinstance(record.get("id"), str)
        ]
        records = {"locale": self.default, "alias_of__isnull": True, "hsds_id__in": _uuids(ids)}
        self.providers = {
            str(page.hsds_id): page for page in ProviderPage.objects.filter(**records)
        }
        self.services = {str(page.hsds_id): page for page in ServicePage.objects.filter(**records)}
        parents = ProviderPage.objects.filter(
            path__in={page.path[: -Page.steplen] for page in self.services.values()}
        )
        by_path = {page.path: str(page.hsds_id) for page in parents}
        self.service_parent = {
            key: by_path.get(page.path[: -Page.steplen]) for key, page in self.services.items()
        }
        # Pages using each id (translations and aliases too): a new record may not take it.
        self.users: dict[str, set[int]] = {}
        for model in (ProviderPage, ServicePage):
            rows = model.objects.filter(hsds_id__in=_uuids(ids)).values_list("hsds_id", "pk")
            for hsds_id, pk in rows:
                self.users.setdefault(str(hsds_id), set()).add(pk)
        names: dict[str, list] = {}
        for place in Municipality.objects.filter(locale=self.default):
            names.setdefault(place.name.casefold(), []).append(place)
        self.municipalities = {name: found[0] for name, found in names.items() if len(found) == 1}
        self.taken_slugs: dict[str, set[str]] = {}

    def catalogue_index(self) -> CatalogueIndexPage | None:
        if self.index is None:
            indexes = list(CatalogueIndexPage.objects.filter(locale=self.default)[:2])
            self.index = indexes[0] if len(indexes) == 1 else None
        return self.index

    def free_slug(self, parent_key: str, parent: Page | None, wanted: str) -> str:
        """``wanted``, or ``wanted-2``, ... if a sibling already has it."""
        if parent_key not in self.taken_slugs:
            children = parent.get_children().values_list("slug", flat=True) if parent else []
            self.taken_slugs[parent_key] = set(children)
        taken = self.taken_slugs[parent_key]
        slug, suffix = wanted or "servizio", 1
        while slug in taken:
            suffix += 1
            slug = f"{wanted}-{suffix}"
        taken.add(slug)
        return slug


def _uuids(values) -> list[str]:
    return [value for value in (parse_uuid(v) for v in values) if value]


def _identify(fields: Fields, context: Context, seen: set[str], existing: dict) -> str | None:
    """The record's id; a new record may not take an id another page uses."""
    hsds_id = fields.uuid("id", required=True)
    if hsds_id in seen:
        fields.error("id", "appears twice in the file.")
        return None
    if hsds_id in context.users and hsds_id not in existing:
        fields.error("id", "is used here by another page (a translation, an alias or a copy).")
        return None
    if hsds_id:
        seen.add(hsds_id)
    return hsds_id


def _plan_organization(index: int, data, context: Context, seen: set) -> Change | None:
    fields = Fields(data, describe("organizations", index, data), context.errors)
    hsds_id = _identify(fields, context, seen, context.providers)
    existing = context.providers.get(hsds_id) if hsds_id else None
    if existing is not None:
        before = provider_state(existing.get_latest_revision_as_object())
        page = existing.get_latest_revision_as_object()
    else:
        before, page = None, ProviderPage(hsds_id=hsds_id, locale=context.default, live=False)
    read_organization(fields, page, context.terms)
    if hsds_id is None:
        return None
    if existing is None:
        page.slug = context.free_slug(
            "index", context.catalogue_index(), slug_for(fields, page.title)
        )
        return Change("organization", CREATE, hsds_id, page)
    action = UNCHANGED if provider_state(page) == before else UPDATE
    return Change("organization", action, hsds_id, page)


def _plan_service(index: int, data, context: Context, seen: set, organizations: dict):
    fields = Fields(data, describe("services", index, data), context.errors)
    hsds_id = _identify(fields, context, seen, context.services)
    organization_id = fields.uuid("organization_id", required=True)
    known = organization_id in organizations or organization_id in context.providers
    if organization_id and not known:
        fields.error("organization_id", "no organization with this id in the file or here.")
    existing = context.services.get(hsds_id) if hsds_id else None
    if existing is not None and organization_id:
        current = context.service_parent.get(hsds_id)
        if current != organization_id:
            fields.error(
                "organization_id",
                f"the service belongs to organization {current} here; move it in the admin "
                "before importing it under another one.",
            )
    if existing is not None:
        before = service_state(existing.get_latest_revision_as_object())
        page = existing.get_latest_revision_as_object()
    else:
        before, page = None, ServicePage(hsds_id=hsds_id, locale=context.default, live=False)
    read_service(fields, page, context.terms, context.municipalities)
    if hsds_id is None or organization_id is None:
        return None
    if existing is None:
        parent = context.providers.get(organization_id)
        page.slug = context.free_slug(organization_id, parent, slug_for(fields, page.title))
        return Change("service", CREATE, hsds_id, page, organization_id)
    action = UNCHANGED if service_state(page) == before else UPDATE
    return Change("service", action, hsds_id, page, organization_id)


def plan_import(dataset: dict) -> Plan:
    """Read and check the whole file; raises ``ImportFailed`` listing every problem."""
    language = dataset.get("language")
    if language not in (None, settings.LANGUAGE_CODE):
        raise ImportFailed(
            [
                f"the file is in {language!r}: only exports in {settings.LANGUAGE_CODE!r} "
                "(the default language) can be imported."
            ]
        )
    context = Context(dataset)
    plan, seen = Plan(), set()
    organizations = {}
    for index, data in enumerate(dataset.get("organizations", [])):
        change = _plan_organization(index, data, context, seen)
        if change is not None:
            organizations[change.hsds_id] = change
            plan.changes.append(change)
    needs_index = any(change.action == CREATE for change in plan.changes)
    if needs_index and context.catalogue_index() is None:
        context.errors.append(
            "organizations: new organizations go under the catalogue of services, and there "
            "is not exactly one in the default language: create it first."
        )
    for index, data in enumerate(dataset.get("services", [])):
        change = _plan_service(index, data, context, seen, organizations)
        if change is not None:
            plan.changes.append(change)
    if context.errors:
        raise ImportFailed(context.errors)
    return plan


# --- Applying -----------------------------------------------------------------------


@transaction.atomic
def apply_plan(plan: Plan) -> None:
    """Write the plan: new pages are created unpublished, changed ones get a draft."""
    default = Locale.get_default()
    parents: dict[str, Page] = {}
    for change in plan.changes:
        page = change.page
        if change.action == UPDATE:
            page.save_revision(log_action=True)
        elif change.action == CREATE:
            if change.kind == "organization":
                parent = CatalogueIndexPage.objects.get(locale=default)
                parents[change.hsds_id] = page
            elif change.organization_id in parents:
                parent = parents[change.organization_id]
            else:
                parent = ProviderPage.objects.get(hsds_id=change.organization_id, locale=default)
                parents[change.organization_id] = parent
            parent.add_child(instance=page)
            revision = page.save_revision(log_action=False)
            log(instance=page, action="wagtail.create", revision=revision, content_changed=True)


def import_dataset(dataset: dict, *, dry_run: bool = False) -> Plan:
    plan = plan_import(dataset)
    if not dry_run:
        apply_plan(plan)
    return plan
