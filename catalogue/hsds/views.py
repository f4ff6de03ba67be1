"""The read-only HSDS 3.0 API under ``/api/hsds/`` (plain Django views, JSON).

Lists take ``page`` and ``per_page`` (at most 100) and return the paginated envelope of
the standard; filters combine with AND. ``?locale=en`` returns the English content of
the same records (same ids). Errors are JSON: 400 with the parameter at fault, 404 for
an unknown or unpublished record.
"""

from __future__ import annotations

import copy
import functools
import json
from pathlib import Path

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.urls import reverse

from wagtail.models import Page

from search.service import SearchService

from . import HSDS_VERSION
from .params import BadRequest, Params, envelope, parse_uuid
from .queries import Catalogue, term_q, vocabulary_q
from .serializers import Serializer
from .taxonomies import VOCABULARIES, VOCABULARY_BY_ID, all_terms, terms_by_id

SCHEMAS = Path(__file__).resolve().parent / "schemas"
PROFILE = Path(settings.BASE_DIR) / "docs" / "hsds-profile.md"
SEARCH_LIMIT = 10000
ORDER = ("title", "hsds_id")
# The reference API's paths this API does not offer (left out of our openapi.json).
NOT_OFFERED = ("/service_at_locations",)
DEFAULT_DATA_LICENSE = {
    "name": "CC BY 4.0",
    "url": "https://creativecommons.org/licenses/by/4.0/",
}


def respond(data, status: int = 200) -> JsonResponse:
    response = JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})
    response["Access-Control-Allow-Origin"] = "*"
    return response


def problem(status: int, message: str, parameter: str | None = None) -> JsonResponse:
    data = {"status": status, "error": message}
    if parameter:
        data["parameter"] = parameter
    return respond(data, status=status)


def not_found(kind: str, value: str) -> JsonResponse:
    return problem(404, f"No published {kind} with id '{value}'.")


def api_view(view):
    """GET only; ``BadRequest`` becomes a 400 naming the parameter."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method not in ("GET", "HEAD"):
            response = problem(405, "This API is read-only: use GET.")
            response["Allow"] = "GET, HEAD"
            return response
        try:
            return view(request, *args, **kwargs)
        except BadRequest as error:
            return problem(400, error.message, error.parameter)

    return wrapper


def search_rank(text: str, language: str, kind: str) -> dict:
    """Translation keys of the pages the portal search finds, best first: a record
    matches when its version in ``language`` does."""
    ids = SearchService().ranked_page_ids(
        text, language=language, filters={"type": [kind]}, limit=SEARCH_LIMIT
    )
    keys = dict(Page.objects.filter(pk__in=ids).values_list("pk", "translation_key"))
    rank: dict = {}
    for position, pk in enumerate(ids):
        if pk in keys:
            rank.setdefault(keys[pk], position)
    return rank


def page_of(queryset, params: Params, catalogue: Catalogue, kind: str):
    """``(total, pks of the requested page)``: by search rank with ``search``, otherwise
    by name."""
    page, per_page = params.page()
    start = (page - 1) * per_page
    text = params.search()
    if not text:
        total = queryset.count()
        pks = list(queryset.order_by(*ORDER).values_list("pk", flat=True)[start : start + per_page])
        return total, pks
    rank = search_rank(text, catalogue.language, kind)
    rows = queryset.filter(translation_key__in=list(rank)).values_list("pk", "translation_key")
    ranked = [pk for pk, key in sorted(rows, key=lambda row: rank[row[1]])]
    return len(ranked), ranked[start : start + per_page]


# --- About the API ----------------------------------------------------------------


@api_view
def root(request):
    return respond(
        {
            "version": HSDS_VERSION,
            "profile": request.build_absolute_uri(reverse("hsds:profile")),
            "openapi_url": request.build_absolute_uri(reverse("hsds:openapi")),
        }
    )


@api_view
def profile(request):
    if not PROFILE.is_file():
        return problem(404, "The profile document is not installed.")
    return HttpResponse(
        PROFILE.read_text(encoding="utf-8"), content_type="text/markdown; charset=utf-8"
    )


@functools.cache
def _reference_openapi() -> dict:
    return json.loads((SCHEMAS / "openapi.json").read_text(encoding="utf-8"))


@api_view
def openapi(request):
    spec = copy.deepcopy(_reference_openapi())
    spec["info"] = {
        "title": f"{settings.WAGTAIL_SITE_NAME}: Open Referral HSDS API",
        "version": HSDS_VERSION,
        "summary": "Read-only HSDS 3.0 API of the welfare services catalogue.",
        "description": "Extensions and conventions: see the profile at "
        + request.build_absolute_uri(reverse("hsds:profile")),
        "license": getattr(settings, "HSDS_DATA_LICENSE", DEFAULT_DATA_LICENSE),
    }
    spec["servers"] = [{"url": request.build_absolute_uri(reverse("hsds:root")).rstrip("/")}]
    spec["paths"] = {
        path: item for path, item in spec["paths"].items() if not path.startswith(NOT_OFFERED)
    }
    return respond(spec)


# --- Services ---------------------------------------------------------------------


def filter_services(queryset, params: Params, catalogue: Catalogue):
    term_ids = params.uuids("taxonomy_term_id")
    terms = terms_by_id() if term_ids else {}
    for term_id in term_ids:
        if term_id not in terms:
            return queryset.none()
        queryset = queryset.filter(term_q(terms[term_id]))
    for taxonomy_id in params.uuids("taxonomy_id"):
        if taxonomy_id not in VOCABULARY_BY_ID:
            return queryset.none()
        queryset = queryset.filter(vocabulary_q(VOCABULARY_BY_ID[taxonomy_id]))
    organization_ids = params.uuids("organization_id")
    if organization_ids:
        providers = list(catalogue.providers().filter(hsds_id__in=organization_ids))
        if len(providers) != len(set(organization_ids)):
            return queryset.none()  # unknown, or two organisations at once (AND)
        queryset = queryset.filter(pk__in=catalogue.services_of(providers).values("pk"))
    modified_after = params.modified_after()
    if modified_after is not None:
        queryset = queryset.filter(hsds_modified__gte=modified_after)
    return queryset


@api_view
def services(request):
    params = Params(request)
    params.format()
    catalogue = Catalogue(params.locale())
    full = params.boolean("full", True)
    page, per_page = params.page()
    queryset = filter_services(catalogue.services(), params, catalogue)
    total, pks = page_of(queryset, params, catalogue, "service")
    contents = Serializer(catalogue, request).services(catalogue.load_services(pks), full=full)
    return respond(envelope(total, page, per_page, contents))


@api_view
def service(request, id):
    params = Params(request)
    catalogue = Catalogue(params.locale())
    hsds_id = parse_uuid(id)
    services = catalogue.services().filter(hsds_id=hsds_id) if hsds_id else None
    pk = services.values_list("pk", flat=True).first() if services is not None else None
    if pk is None:
        return not_found("service", id)
    bundles = catalogue.load_services([pk])
    return respond(Serializer(catalogue, request).services(bundles)[0])


# --- Organisations ----------------------------------------------------------------


def _services_by_provider(catalogue: Catalogue, providers, request, full: bool) -> dict:
    queryset = catalogue.services_of([bundle.source for bundle in providers]).order_by(*ORDER)
    bundles = catalogue.load_services(queryset.values_list("pk", flat=True))
    records = Serializer(catalogue, request).services(bundles, full=full)
    grouped: dict[int, list] = {}
    for bundle, record in zip(bundles, records, strict=True):
        grouped.setdefault(bundle.provider.source.pk, []).append(record)
    return grouped


@api_view
def organizations(request):
    params = Params(request)
    params.format()
    catalogue = Catalogue(params.locale())
    full = params.boolean("full", False)
    full_service = params.boolean("full_service", False)
    page, per_page = params.page()
    total, pks = page_of(catalogue.providers(), params, catalogue, "provider")
    bundles = catalogue.load_providers(pks)
    services = _services_by_provider(catalogue, bundles, request, full_service) if full else None
    contents = Serializer(catalogue, request).organizations(bundles, nested=full, services=services)
    return respond(envelope(total, page, per_page, contents))


@api_view
def organization(request, id):
    params = Params(request)
    catalogue = Catalogue(params.locale())
    full_service = params.boolean("full_service", False)
    hsds_id = parse_uuid(id)
    providers = catalogue.providers().filter(hsds_id=hsds_id) if hsds_id else None
    pk = providers.values_list("pk", flat=True).first() if providers is not None else None
    if pk is None:
        return not_found("organization", id)
    bundles = catalogue.load_providers([pk])
    services = _services_by_provider(catalogue, bundles, request, full_service)
    record = Serializer(catalogue, request).organizations(bundles, nested=True, services=services)
    return respond(record[0])


# --- Taxonomies -------------------------------------------------------------------


def _matches(record: dict, text: str, fields=("name", "description", "code")) -> bool:
    text = text.casefold()
    return any(text in str(record.get(field, "")).casefold() for field in fields)


def _paginated(params: Params, records: list) -> JsonResponse:
    page, per_page = params.page()
    start = (page - 1) * per_page
    return respond(envelope(len(records), page, per_page, records[start : start + per_page]))


@api_view
def taxonomies(request):
    params = Params(request)
    params.format()
    language = Catalogue(params.locale()).language
    records = [vocabulary.as_hsds(language) for vocabulary in VOCABULARIES]
    text = params.search()
    if text:
        records = [record for record in records if _matches(record, text)]
    return _paginated(params, records)


@api_view
def taxonomy(request, id):
    params = Params(request)
    vocabulary = VOCABULARY_BY_ID.get(parse_uuid(id) or "")
    if vocabulary is None:
        return not_found("taxonomy", id)
    return respond(vocabulary.as_hsds(Catalogue(params.locale()).language))


@api_view
def taxonomy_terms(request):
    params = Params(request)
    params.format()
    catalogue = Catalogue(params.locale())
    vocabularies = VOCABULARIES
    taxonomy_ids = params.uuids("taxonomy_id")
    if taxonomy_ids:
        vocabularies = [VOCABULARY_BY_ID[i] for i in taxonomy_ids if i in VOCABULARY_BY_ID]
    parent_ids = set(params.uuids("parent_id"))
    top_only = params.boolean("top_only", False)
    text = params.search()
    records = [term.as_hsds() for term in all_terms(catalogue.locale, vocabularies)]
    if parent_ids:
        records = [record for record in records if record.get("parent_id") in parent_ids]
    if top_only:
        records = [record for record in records if "parent_id" not in record]
    if text:
        records = [record for record in records if _matches(record, text)]
    return _paginated(params, records)


@api_view
def taxonomy_term(request, id):
    params = Params(request)
    term = terms_by_id(Catalogue(params.locale()).locale).get(parse_uuid(id) or "")
    if term is None:
        return not_found("taxonomy term", id)
    return respond(term.as_hsds())
