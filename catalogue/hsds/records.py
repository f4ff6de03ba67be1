"""HSDS records → catalogue pages (unsaved), for the importer.

``read_organization`` and ``read_service`` set a page's fields, inline items and
vocabulary links from one record, reporting every problem through ``Fields``; then
``check`` runs the models' own validation and names the HSDS field at fault.
"""

from __future__ import annotations

from collections import defaultdict
from urllib.parse import urlparse

from django.core.exceptions import ValidationError
from django.utils.text import slugify

from ..models import (
    LANGUAGE_CHOICES,
    LEGAL_STATUS_CHOICES,
    ClosureException,
    OpeningHours,
    ServiceContact,
    ServiceCostOption,
    ServiceDocument,
    ServiceLanguage,
    ServiceLocation,
)
from .reading import Fields
from .richtext import paragraphs, sanitize
from .serializers import HSDS_TO_STATUS, IDENTIFIERS, ISO_TO_LANGUAGE, SERVICE_RICH_TEXT, WEEKDAYS
from .taxonomies import FREE_OF_CHARGE, VOCABULARY_BY_KEY, WELFARE_CREDIT

# Model field → the HSDS field that sets it (for error messages).
PROVIDER_FIELDS = {
    "title": "name",
    "introduction": "short_description",
    "description": "description",
    "legal_status": "legal_status",
    "pillar": "attributes",
    "website": "website",
    "email": "email",
    "phone": "phones[0].number",
    **{field: f"organization_identifiers ({scheme})" for field, (scheme, _) in IDENTIFIERS.items()},
}
SERVICE_FIELDS = {
    "title": "name",
    "introduction": "short_description",
    **{field: name for name, field in SERVICE_RICH_TEXT.items()},
    "status": "status",
    "status_reason": "alert",
    "min_age": "minimum_age",
    "max_age": "maximum_age",
    "online_url": "url",
    "booking_url": "schedules[0].schedule_link",
    "phone": "phones[0].number",
    "email": "email",
    "desk": "access_desk",
    "is_free": "attributes",
    "cost_description": "fees_description",
    "welfare_credit": "attributes",
    "category": "attributes",
    "pillar": "attributes",
    "verified_on": "assured_date",
}
DOCUMENT_FIELDS = {"name": "document", "url": "uri"}
COST_FIELDS = {"option": "option", "amount": "amount", "amount_description": "amount_description"}
CONTACT_FIELDS = {"name": "name", "role": "title", "phone": "phones[0].number", "email": "email"}
LOCATION_FIELDS = {
    "name": "location.name",
    "address": "location.addresses[0].address_1",
    "postcode": "location.addresses[0].postal_code",
    "latitude": "location.latitude",
    "longitude": "location.longitude",
}
HOURS_FIELDS = {"weekday": "byday", "opens": "opens_at", "closes": "closes_at"}
CLOSURE_FIELDS = {"date": "date", "reason": "reason"}


def slug_for(fields: Fields, name: str) -> str:
    """The page's address segment: the last one of ``page_url`` when it is a valid slug
    (so a round trip keeps addresses), otherwise made from the name."""
    segments = [part for part in urlparse(fields.text("page_url")).path.split("/") if part]
    candidate = segments[-1] if segments else ""
    return candidate if candidate and slugify(candidate) == candidate else slugify(name)


def read_terms(fields: Fields, name: str, terms: dict, allowed: set[str]) -> dict[str, list]:
    """Taxonomy terms of the ``name`` attributes, by vocabulary key."""
    found: dict[str, list] = defaultdict(list)
    for item in fields.items(name):
        nested = item.child("taxonomy_term")
        term_id = item.uuid("taxonomy_term_id") or (nested.uuid("id") if nested else None)
        if term_id is None:
            item.error("taxonomy_term_id", "is required.")
            continue
        term = terms.get(term_id)
        if term is None:
            code = nested.data.get("code") if nested else None
            hint = f" (code {code!r})" if code else ""
            item.error("taxonomy_term_id", f"unknown taxonomy term {term_id}{hint}.")
        elif term.vocabulary.key not in allowed:
            item.error(
                "taxonomy_term_id",
                f"a term of the '{term.vocabulary.key}' taxonomy cannot be used here "
                f"(allowed: {', '.join(sorted(allowed))}).",
            )
        else:
            found[term.vocabulary.key].append(term)
    return found


def one_term(fields: Fields, found: dict, key: str):
    """The single term of vocabulary ``key``; a problem when there is none or several."""
    items = found.get(key, [])
    if len(items) != 1:
        fields.error(
            "attributes",
            f"needs exactly one term of the '{key}' taxonomy "
            f"({VOCABULARY_BY_KEY[key].name('en')}), found {len(items)}.",
        )
        return None
    return items[0].obj


def rich(fields: Fields, formatted: dict, name: str, *, unless: str = "") -> str:
    """A rich text field: the record's ``rich_text`` when given, else its plain text."""
    plain = fields.text(name)
    if formatted.get(name):
        return sanitize(formatted[name])
    return sanitize(paragraphs(plain)) if plain and plain != unless else ""


def single_phone(fields: Fields) -> str:
    phones = fields.items("phones")
    if len(phones) > 1:
        fields.error("phones", "only one phone number is kept here; add the others as contacts.")
    return phones[0].text("number", required=True) if phones else ""


def check(obj, fields: Fields, names: dict, prefix: str = "") -> None:
    """The model's own validation of the fields of ``obj`` that ``names`` maps to HSDS
    fields, reported against those; a field already reported is not repeated."""
    excluded = [f.name for f in obj._meta.fields if f.name not in names]
    problems: dict[str, list[str]] = {}
    for validate in (lambda: obj.clean_fields(exclude=excluded), obj.clean):
        try:
            validate()
        except ValidationError as error:
            for field, messages in error.message_dict.items():
                problems.setdefault(field, []).extend(messages)
    for field, messages in problems.items():
        name = prefix + names.get(field, field)
        if not any(e.startswith(f"{fields.where}: {fields.path(name)}:") for e in fields.errors):
            fields.error(name, " ".join(messages))


def read_organization(fields: Fields, page, terms: dict) -> None:
    """Set ``page`` (a ProviderPage) from an organization record."""
    formatted = fields.strings("rich_text")
    page.title = fields.text("name", required=True)
    page.introduction = fields.text("short_description")
    page.description = rich(fields, formatted, "description", unless=page.introduction)
    legal_status = fields.text("legal_status", required=True)
    if legal_status and legal_status not in dict(LEGAL_STATUS_CHOICES):
        choices = ", ".join(code for code, _label in LEGAL_STATUS_CHOICES)
        fields.error("legal_status", f"must be one of {choices}, not {legal_status!r}.")
    page.legal_status = legal_status
    found = read_terms(fields, "attributes", terms, {"pillar"})
    page.pillar = one_term(fields, found, "pillar")
    page.website = fields.text("website")
    page.email = fields.text("email")
    page.phone = single_phone(fields)
    by_scheme = {scheme: field for field, (scheme, _label) in IDENTIFIERS.items()}
    for field in IDENTIFIERS:
        setattr(page, field, "")
    for item in fields.items("organization_identifiers"):
        field = by_scheme.get(item.text("identifier_scheme"))
        if field:  # other schemes have no field here: not imported
            setattr(page, field, item.text("identifier", required=True))
    check(page, fields, PROVIDER_FIELDS)


def read_service(fields: Fields, page, terms: dict, municipalities: dict) -> None:
    """Set ``page`` (a ServicePage) from a compiled service record."""
    formatted = fields.strings("rich_text")
    page.title = fields.text("name", required=True)
    page.introduction = fields.text("short_description", required=True)
    for name, field in SERVICE_RICH_TEXT.items():
        unless = page.introduction if name == "description" else ""
        setattr(page, field, rich(fields, formatted, name, unless=unless))
    status = fields.text("status", required=True)
    if status and status not in HSDS_TO_STATUS:
        fields.error("status", f"must be one of {', '.join(HSDS_TO_STATUS)}, not {status!r}.")
    page.status = HSDS_TO_STATUS.get(status, status)
    page.status_reason = fields.text("alert")
    page.min_age = fields.integer("minimum_age")
    page.max_age = fields.integer("maximum_age")
    page.online_url = fields.text("url")
    page.email = fields.text("email")
    page.phone = single_phone(fields)
    page.desk = fields.text("access_desk")
    page.cost_description = fields.text("fees_description")
    page.verified_on = fields.date("assured_date", required=True)
    page.booking_url = ""
    for item in fields.items("schedules"):
        link = item.text("schedule_link")
        if not link:
            item.error(
                "schedule_link",
                "a schedule of the service itself only gives its booking link; opening "
                "hours belong to service_at_locations[].schedules.",
            )
        elif page.booking_url:
            item.error("schedule_link", "only one booking link is kept.")
        else:
            page.booking_url = link

    allowed = {"service-category", "pillar", "target-group", "topic", "service-feature"}
    found = read_terms(fields, "attributes", terms, allowed)
    page.category = one_term(fields, found, "service-category")
    page.pillar = one_term(fields, found, "pillar")
    page.target_groups = [term.obj for term in found.get("target-group", [])]
    page.topics = [term.obj for term in found.get("topic", [])]
    features = {term.code for term in found.get("service-feature", [])}
    page.is_free = FREE_OF_CHARGE in features
    page.welfare_credit = WELFARE_CREDIT in features
    areas = []
    for area in fields.items("service_areas"):
        place = one_term(
            area, read_terms(area, "attributes", terms, {"municipality"}), "municipality"
        )
        if place is not None and place not in areas:
            areas.append(place)
    page.municipalities = areas
    check(page, fields, SERVICE_FIELDS)
    _read_items(fields, page)
    _read_locations(fields, page, terms, municipalities)


def in_order(items) -> list:
    """Inline items in the order the export gives them (see ``queries.IN_ORDER``)."""
    return sorted(
        items, key=lambda item: (item.sort_order is None, item.sort_order or 0, item.pk or 0)
    )


def numbered(items: list) -> list:
    for position, item in enumerate(items):
        item.sort_order = position
    return items


def _keep_keys(old, new) -> list:
    """Items that take the place of translated ones keep their keys, so translations of
    the page still line up with them."""
    for before, after in zip(in_order(old), new, strict=False):
        after.pk, after.translation_key = before.pk, before.translation_key
    return numbered(new)


def _read_items(fields: Fields, page) -> None:
    documents, options, contacts, languages = [], [], [], []
    for item in fields.items("required_documents"):
        document = ServiceDocument(name=item.text("document", required=True), url=item.text("uri"))
        check(document, item, DOCUMENT_FIELDS)
        documents.append(document)
    for item in fields.items("cost_options"):
        currency = item.text("currency")
        if currency and currency != "EUR":
            item.error("currency", f"only amounts in EUR are kept, not {currency!r}.")
        option = ServiceCostOption(
            option=item.text("option", required=True),
            amount=item.decimal("amount", required=True),
            amount_description=item.text("amount_description"),
        )
        check(option, item, COST_FIELDS)
        options.append(option)
    for item in fields.items("contacts"):
        contact = ServiceContact(
            name=item.text("name", required=True),
            role=item.text("title"),
            phone=single_phone(item),
            email=item.text("email"),
        )
        check(contact, item, CONTACT_FIELDS)
        contacts.append(contact)
    codes = dict(LANGUAGE_CHOICES)
    for item in fields.items("languages"):
        code = item.text("code", required=True)
        code = ISO_TO_LANGUAGE.get(code, code)
        if code and code not in codes:
            item.error("code", f"must be one of {', '.join(codes)} (ise for LIS), not {code!r}.")
        elif code in [language.code for language in languages]:
            item.error("code", f"{code!r} is listed twice.")
        elif code:
            languages.append(ServiceLanguage(code=code))
    page.documents = _keep_keys(page.documents.all(), documents)
    page.cost_options = _keep_keys(page.cost_options.all(), options)
    page.contacts = _keep_keys(page.contacts.all(), contacts)
    page.languages = numbered(languages)


def _municipality(place: Fields, city: str, terms: dict, municipalities: dict):
    found = read_terms(place, "attributes", terms, {"municipality"})
    if found.get("municipality"):
        return one_term(place, found, "municipality")
    match = municipalities.get(city.casefold()) if city else None
    if match is None:
        place.error(
            "attributes",
            "needs the term of the location's municipality (or an address whose city is "
            f"a known municipality; {city!r} is not).",
        )
    return match


def _read_locations(fields: Fields, page, terms: dict, municipalities: dict) -> None:
    locations = []
    for item in fields.items("service_at_locations"):
        place = item.child("location", required=True)
        if place is None:
            continue
        addresses = place.items("addresses")
        if not addresses:
            place.error("addresses", "needs the location's address.")
        address = addresses[0] if addresses else Fields({}, place.where, [], place.prefix)
        features = []
        for feature in place.items("accessibility"):
            features += [
                term.obj
                for term in read_terms(feature, "attributes", terms, {"accessibility"}).get(
                    "accessibility", []
                )
            ]
        location = ServiceLocation(
            name=place.text("name", required=True),
            address=address.text("address_1", required=True),
            postcode=address.text("postal_code"),
            municipality=_municipality(place, address.text("city"), terms, municipalities),
            latitude=place.decimal("latitude"),
            longitude=place.decimal("longitude"),
            accessibility=features,
            opening_hours=_read_hours(item),
            closures=_read_closures(item),
        )
        check(location, item, LOCATION_FIELDS)
        locations.append(location)
    page.locations = numbered(locations)


def _read_hours(item: Fields) -> list:
    hours = []
    for schedule in item.items("schedules"):
        frequency = schedule.text("freq").upper()
        if frequency and frequency != "WEEKLY":
            schedule.error("freq", f"only WEEKLY opening hours are kept, not {frequency!r}.")
        days = [day.strip().upper() for day in schedule.text("byday", required=True).split(",")]
        opens, closes = schedule.time("opens_at"), schedule.time("closes_at")
        for day in days:
            if day and day not in WEEKDAYS:
                schedule.error("byday", f"must be days as MO, TU, ... SU, not {day!r}.")
            elif day:
                slot = OpeningHours(weekday=WEEKDAYS.index(day), opens=opens, closes=closes)
                if opens and closes:
                    check(slot, schedule, HOURS_FIELDS)
                hours.append(slot)
    return numbered(hours)


def _read_closures(item: Fields) -> list:
    closures = []
    for entry in item.items("closures"):
        closure = ClosureException(
            date=entry.date("date", required=True), reason=entry.text("reason")
        )
        check(closure, entry, CLOSURE_FIELDS)
        closures.append(closure)
    return numbered(closures)
