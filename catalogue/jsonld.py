"""schema.org JSON-LD for a service page, so search engines can show it as a service.

A service of a public body is a ``GovernmentService``; any other is a ``Service``. Both
name their provider, where they are offered (``availableChannel``) and what they cost.
"""

import json

from django.utils.html import strip_tags

from .models import CURRENCY

PUBLIC_BODY = "public_body"

# Inside <script> only "</" could end the element early; escaping <, > and & as JSON
# unicode escapes keeps the data valid JSON and inert HTML (as Django's json_script does).
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def _text(value: str) -> str:
    return " ".join(strip_tags(value or "").split())


def _absolute(page, request) -> str:
    """The page's address as the canonical link gives it (the request's host)."""
    if request is None:
        return page.get_full_url()
    return request.build_absolute_uri(page.get_url(request=request))


def _organization(provider, request) -> dict:
    data = {
        "@type": "GovernmentOrganization"
        if provider.legal_status == PUBLIC_BODY
        else "Organization",
        "name": provider.title,
        "url": provider.website or _absolute(provider, request),
    }
    if provider.email:
        data["email"] = provider.email
    if provider.phone:
        data["telephone"] = provider.phone
    if provider.codice_fiscale:
        data["taxID"] = provider.codice_fiscale
    if provider.partita_iva:
        data["vatID"] = provider.partita_iva
    return data


def _place(location) -> dict:
    municipality = getattr(location, "display_municipality", location.municipality)
    address = {
        "@type": "PostalAddress",
        "streetAddress": location.address,
        "addressLocality": municipality.name,
        "addressRegion": location.municipality.province,
        "addressCountry": "IT",
    }
    if location.postcode:
        address["postalCode"] = location.postcode
    place = {"@type": "Place", "name": location.name, "address": address}
    if location.latitude is not None and location.longitude is not None:
        place["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": float(location.latitude),
            "longitude": float(location.longitude),
        }
    return place


def _channels(page, locations, languages) -> list[dict]:
    channels = [
        {"@type": "ServiceChannel", "serviceUrl": url}
        for url in (page.online_url, page.booking_url)
        if url
    ]
    if page.phone or page.email:
        contact = {"@type": "ContactPoint"}
        if page.phone:
            contact["telephone"] = page.phone
        if page.email:
            contact["email"] = page.email
        channels.append({"@type": "ServiceChannel", "servicePhone": contact})
    channels += [
        {"@type": "ServiceChannel", "servicePlace": _place(location)} for location in locations
    ]
    if languages:
        for channel in channels:
            channel["availableLanguage"] = languages
    return channels


def _offers(page, cost_options) -> list[dict]:
    if page.is_free:
        return [{"@type": "Offer", "price": "0", "priceCurrency": CURRENCY}]
    offers = [
        {
            "@type": "Offer",
            "name": option.option,
            "price": f"{option.amount:.2f}",
            "priceCurrency": CURRENCY,
            **({"description": option.amount_description} if option.amount_description else {}),
        }
        for option in cost_options
    ]
    if not offers and page.cost_description:
        offers.append(
            {"@type": "Offer", "priceCurrency": CURRENCY, "description": page.cost_description}
        )
    return offers


def service_data(page, context: dict, request=None) -> dict:
    """The JSON-LD object for ``page``, from what ``service_page_context`` loaded."""
    provider = context["provider"]
    locations = context.get("locations", [])
    category = context.get("display_category") or page.category
    data = {
        "@context": "https://schema.org",
        "@type": "GovernmentService" if provider.legal_status == PUBLIC_BODY else "Service",
        "name": page.title,
        "description": page.introduction or _text(page.description),
        "url": _absolute(page, request),
        "serviceType": category.name,
        "provider": _organization(provider, request),
        "isAccessibleForFree": page.is_free,
    }
    municipalities = context.get("display_municipalities", [])
    if municipalities:
        data["areaServed"] = [
            {"@type": "AdministrativeArea", "name": municipality.name}
            for municipality in municipalities
        ]
    languages = [language.code for language in context.get("languages", [])]
    channels = _channels(page, locations, languages)
    if channels:
        data["availableChannel"] = channels
    offers = _offers(page, context.get("cost_options", []))
    if offers:
        data["offers"] = offers
    audience = [group.name for group in context.get("display_target_groups", [])]
    if audience:
        data["audience"] = [{"@type": "Audience", "audienceType": name} for name in audience]
    return data


def script_json(data: dict) -> str:
    """``data`` as JSON that is safe to place inside a <script> element."""
    return json.dumps(data, ensure_ascii=False).translate(_SCRIPT_ESCAPES)
