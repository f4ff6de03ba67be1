"""Catalogue pages as HSDS 3.0 records (compiled services and organisations).

Field mapping and extensions: ``docs/hsds-profile.md``. Empty values are left out
(HSDS types do not allow ``null``); lists are always present in compiled records.
Everything is built from what ``queries.Catalogue`` loaded: no query per record.
"""

from __future__ import annotations

import datetime

from django.utils import translation

from ..models import CURRENCY, LANGUAGE_CHOICES
from . import derived_id
from .queries import Catalogue, ProviderBundle, ServiceBundle
from .richtext import expand_many, plain_text
from .taxonomies import FREE_OF_CHARGE, WELFARE_CREDIT, Term, feature, term

STATUS_TO_HSDS = {
    "active": "active",
    "temporarily_closed": "temporarily closed",
    "inactive": "inactive",
    "defunct": "defunct",
}
HSDS_TO_STATUS = {value: key for key, value in STATUS_TO_HSDS.items()}
# Italian Sign Language is "ise" in ISO 639-3 ("lis" there is Lisu).
LANGUAGE_TO_ISO = {"lis": "ise"}
ISO_TO_LANGUAGE = {value: key for key, value in LANGUAGE_TO_ISO.items()}
WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
# Model field → (identifier_scheme, identifier_type) of organization_identifiers.
IDENTIFIERS = {
    "codice_fiscale": ("IT-CF", "Codice fiscale"),
    "partita_iva": ("IT-IVA", "Partita IVA"),
    "runts_number": ("IT-RUNTS", "Numero di iscrizione al RUNTS"),
}
# HSDS or profile field → rich text field of ServicePage.
SERVICE_RICH_TEXT = {
    "description": "description",
    "eligibility_description": "audience",
    "application_process": "how_to",
    "outcome": "outcome",
    "deadlines": "times",
    "conditions": "conditions",
    "further_information": "further_information",
}
BOOKING = {"it": "Prenotazione online", "en": "Online booking"}


def compact(data: dict) -> dict:
    """``data`` without empty scalar values (None or "")."""
    return {key: value for key, value in data.items() if value is not None and value != ""}


def timestamp(value: datetime.datetime | None) -> str | None:
    if value is None:
        return None
    utc = value.astimezone(datetime.UTC).isoformat(timespec="milliseconds")
    return utc.replace("+00:00", "Z")


def clock(value: datetime.time) -> str:
    """Local time (Europe/Rome) as HH:MM, or HH:MM:SS when it has seconds."""
    return value.strftime("%H:%M:%S" if value.second else "%H:%M")


def number(value) -> float | None:
    return None if value is None else float(value)


class Serializer:
    """Builds records for one batch at a time (call ``services`` or ``organizations``)."""

    def __init__(self, catalogue: Catalogue, request=None):
        self.catalogue = catalogue
        self.language = catalogue.language
        self.request = request
        self.shown: dict = {}
        self.rich: dict[str, str] = {}

    # --- Batches -------------------------------------------------------------------

    def _prepare(self, bundles) -> None:
        self.shown = self.catalogue.localized_terms(bundles)
        values = []
        for bundle in bundles:
            page = bundle.page
            if isinstance(bundle, ServiceBundle):
                values += [getattr(page, field) for field in SERVICE_RICH_TEXT.values()]
                page = bundle.provider.page if bundle.provider else None
            if page is not None:
                values.append(page.description)
        self.rich = expand_many(values)

    def services(self, bundles: list[ServiceBundle], *, full: bool = True) -> list[dict]:
        self._prepare(bundles)
        return [self.service(bundle, full=full) for bundle in bundles]

    def organizations(
        self,
        bundles: list[ProviderBundle],
        *,
        nested: bool = False,
        services: dict[int, list[dict]] | None = None,
    ) -> list[dict]:
        """``services`` maps a provider's pk to its already serialised services."""
        self._prepare(bundles)
        return [
            self.organization(
                bundle,
                nested=nested,
                services=None if services is None else services.get(bundle.source.pk, []),
            )
            for bundle in bundles
        ]

    # --- Pieces --------------------------------------------------------------------

    def term(self, obj) -> Term:
        return term(obj, self.shown.get((type(obj), obj.pk)), language=self.language)

    def url(self, page) -> str | None:
        return page.get_full_url(self.request)

    def attribute(self, owner_id: str, entity: str, item: Term) -> dict:
        return {
            "id": derived_id(owner_id, "attribute", item.id),
            "link_id": owner_id,
            "link_entity": entity,
            "link_type": item.vocabulary.link_type,
            "taxonomy_term_id": item.id,
            "taxonomy_term": item.as_hsds(),
        }

    def organization(self, bundle: ProviderBundle, *, nested=False, services=None) -> dict:
        page = bundle.page
        oid = str(bundle.source.hsds_id)
        description = self.rich.get(page.description, "")
        record = compact(
            {
                "id": oid,
                "name": page.title,
                "email": page.email,
                "website": page.website,
                "legal_status": page.legal_status,
                "short_description": page.introduction,
                "page_url": self.url(page),
                "content_language": page.locale.language_code,
            }
        )
        record["description"] = plain_text(description) or page.introduction
        if not nested:
            return record
        record["phones"] = (
            [{"id": derived_id(oid, "phone", 0), "organization_id": oid, "number": page.phone}]
            if page.phone
            else []
        )
        record["organization_identifiers"] = [
            {
                "id": derived_id(oid, "identifier", scheme),
                "organization_id": oid,
                "identifier_scheme": scheme,
                "identifier_type": label,
                "identifier": getattr(page, field),
            }
            for field, (scheme, label) in IDENTIFIERS.items()
            if getattr(page, field)
        ]
        record["attributes"] = [self.attribute(oid, "organization", self.term(page.pillar))]
        record["rich_text"] = compact({"description": description})
        if services is not None:
            record["services"] = services
        return record

    def service(self, bundle: ServiceBundle, *, full: bool = True) -> dict:
        page = bundle.page
        sid = str(bundle.source.hsds_id)
        rich = {
            name: self.rich.get(getattr(page, field), "")
            for name, field in SERVICE_RICH_TEXT.items()
        }
        record = compact(
            {
                "id": sid,
                "organization_id": str(bundle.provider.source.hsds_id) if bundle.provider else None,
                "name": page.title,
                "description": plain_text(rich["description"]) or page.introduction,
                "url": page.online_url,
                "email": page.email,
                "status": STATUS_TO_HSDS[page.status],
                "application_process": plain_text(rich["application_process"]),
                "fees_description": page.cost_description,
                "eligibility_description": plain_text(rich["eligibility_description"]),
                "minimum_age": page.min_age,
                "maximum_age": page.max_age,
                "assured_date": page.verified_on.isoformat() if page.verified_on else None,
                "alert": page.status_reason,
                "last_modified": timestamp(getattr(bundle.source, "hsds_modified", None)),
                # Profile extensions.
                "short_description": page.introduction,
                "outcome": plain_text(rich["outcome"]),
                "deadlines": plain_text(rich["deadlines"]),
                "conditions": plain_text(rich["conditions"]),
                "further_information": plain_text(rich["further_information"]),
                "access_desk": page.desk,
                "page_url": self.url(page),
                "content_language": page.locale.language_code,
            }
        )
        if not full:
            return record
        record.update(
            {
                "phones": self._phones(sid, "service_id", page.phone),
                "schedules": self._booking(sid, page),
                "service_areas": self._service_areas(sid, page),
                "service_at_locations": [
                    self._service_at_location(sid, index, location)
                    for index, location in enumerate(page.locations.all())
                ],
                "languages": self._languages(sid, page),
                "funding": [],
                "cost_options": [
                    compact(
                        {
                            "id": derived_id(sid, "cost_option", index),
                            "service_id": sid,
                            "option": option.option,
                            "currency": CURRENCY,
                            "amount": number(option.amount),
                            "amount_description": option.amount_description,
                        }
                    )
                    for index, option in enumerate(page.cost_options.all())
                ],
                "required_documents": [
                    compact(
                        {
                            "id": derived_id(sid, "required_document", index),
                            "service_id": sid,
                            "document": document.name,
                            "uri": document.url,
                        }
                    )
                    for index, document in enumerate(page.documents.all())
                ],
                "contacts": [
                    self._contact(sid, index, contact)
                    for index, contact in enumerate(page.contacts.all())
                ],
                "attributes": [self.attribute(sid, "service", item) for item in self._terms(page)],
                "rich_text": compact(rich),
            }
        )
        if bundle.provider is not None:
            record["organization"] = self.organization(bundle.provider)
        return record

    def _phones(self, owner_id: str, owner_field: str, number_: str) -> list[dict]:
        if not number_:
            return []
        return [{"id": derived_id(owner_id, "phone", 0), owner_field: owner_id, "number": number_}]

    def _booking(self, sid: str, page) -> list[dict]:
        if not page.booking_url:
            return []
        return [
            {
                "id": derived_id(sid, "schedule", "booking"),
                "service_id": sid,
                "schedule_link": page.booking_url,
                "description": BOOKING.get(self.language, BOOKING["it"]),
            }
        ]

    def _terms(self, page) -> list[Term]:
        items = [self.term(page.category), self.term(page.pillar)]
        items += sorted((self.term(t) for t in page.target_groups.all()), key=lambda t: t.code)
        items += sorted((self.term(t) for t in page.topics.all()), key=lambda t: t.code)
        if page.is_free:
            items.append(feature(FREE_OF_CHARGE, self.language))
        if page.welfare_credit:
            items.append(feature(WELFARE_CREDIT, self.language))
        return items

    def _service_areas(self, sid: str, page) -> list[dict]:
        areas = []
        for item in sorted((self.term(m) for m in page.municipalities.all()), key=lambda t: t.code):
            area_id = derived_id(sid, "service_area", item.code)
            areas.append(
                {
                    "id": area_id,
                    "service_id": sid,
                    "name": item.name,
                    "description": item.description,
                    "attributes": [self.attribute(area_id, "service_area", item)],
                }
            )
        return areas

    def _languages(self, sid: str, page) -> list[dict]:
        names = dict(LANGUAGE_CHOICES)
        with translation.override(self.language):
            return [
                {
                    "id": derived_id(sid, "language", index),
                    "service_id": sid,
                    "name": str(names.get(language.code, language.code)),
                    "code": LANGUAGE_TO_ISO.get(language.code, language.code),
                }
                for index, language in enumerate(page.languages.all())
            ]

    def _contact(self, sid: str, index: int, contact) -> dict:
        cid = derived_id(sid, "contact", index)
        record = compact(
            {
                "id": cid,
                "service_id": sid,
                "name": contact.name,
                "title": contact.role,
                "email": contact.email,
            }
        )
        record["phones"] = self._phones(cid, "contact_id", contact.phone)
        return record

    def _service_at_location(self, sid: str, index: int, location) -> dict:
        lid = derived_id(sid, "location", index)
        salid = derived_id(sid, "service_at_location", index)
        municipality = self.term(location.municipality)
        features = sorted(
            (self.term(f) for f in location.accessibility.all()), key=lambda t: t.code
        )
        accessibility = []
        for item in features:
            feature_id = derived_id(lid, "accessibility", item.code)
            accessibility.append(
                {
                    "id": feature_id,
                    "location_id": lid,
                    "description": item.name,
                    "attributes": [self.attribute(feature_id, "accessibility", item)],
                }
            )
        place = compact(
            {
                "id": lid,
                "location_type": "physical",
                "name": location.name,
                "latitude": number(location.latitude),
                "longitude": number(location.longitude),
            }
        )
        place["addresses"] = [
            {
                "id": derived_id(lid, "address", 0),
                "location_id": lid,
                "address_1": location.address,
                "city": municipality.name,
                "state_province": location.municipality.province,
                "postal_code": location.postcode,
                "country": "IT",
                "address_type": "physical",
            }
        ]
        place["accessibility"] = accessibility
        place["attributes"] = [self.attribute(lid, "location", municipality)]
        return {
            "id": salid,
            "service_id": sid,
            "location_id": lid,
            "location": place,
            "schedules": [
                {
                    "id": derived_id(lid, "schedule", position),
                    "service_at_location_id": salid,
                    "freq": "WEEKLY",
                    "wkst": "MO",
                    "byday": WEEKDAYS[hours.weekday],
                    "opens_at": clock(hours.opens),
                    "closes_at": clock(hours.closes),
                }
                for position, hours in enumerate(location.opening_hours.all())
            ],
            # Profile extension: one-off closures (HSDS schedules cannot express them).
            "closures": [
                compact({"date": closure.date.isoformat(), "reason": closure.reason})
                for closure in location.closures.all()
            ],
        }
