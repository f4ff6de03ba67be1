"""The public search page and the autocomplete endpoint. Both go through SearchService."""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.paginator import Paginator
from django.db import DatabaseError
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.http import urlencode
from django.views.decorators.http import require_GET

from portal.cache import remember

from . import analysis
from .popular import popular_queries, record_query
from .query import clean_query
from .service import FACET_NAMES, MAX_PAGE, SearchService, clean_filters

logger = logging.getLogger(__name__)


class ResultsResponse(TemplateResponse):
    """A results page that counts its query (``record_query``) once it has been sent:
    the WSGI server calls ``close()`` after the body. On SQLite that write waits for any
    write transaction in progress, an editor's publish for one, and the reader need not
    wait with it."""

    counted_query = ""

    def close(self):
        try:
            if self.counted_query:
                record_query(self.counted_query)
        except DatabaseError:
            logger.exception("The search query could not be counted")
        finally:
            super().close()


def requested_page(raw: str | None) -> int:
    try:
        return max(1, min(int(raw or 1), MAX_PAGE))
    except ValueError:
        return 1


def active_language() -> str:
    return analysis.normalize_language(translation.get_language() or "it")


@require_GET
def search(request):
    search_query = clean_query(request.GET.get("q", ""))
    filters = clean_filters({name: request.GET.getlist(name)[:20] for name in FACET_NAMES})
    language = active_language()
    page = requested_page(request.GET.get("page"))
    # Briefly cached per query, filters and page; a re-index makes it stale at once.
    results = remember(
        "search",
        (request.get_host(), language, search_query, sorted(filters.items()), page),
        settings.SEARCH_CACHE_SECONDS,
        lambda: SearchService().search(
            search_query, language=language, filters=filters, page=page, request=request
        ),
    )
    paginator = Paginator(range(min(results.total, MAX_PAGE * results.per_page)), results.per_page)
    page_obj = paginator.get_page(results.page)
    state = [("q", search_query)] + [
        (name, value) for name, values in results.filters.items() for value in values
    ]
    response = ResultsResponse(
        request,
        "search/search.html",
        {
            "search_query": search_query,
            "results": results,
            "page_obj": page_obj,
            "page_range": paginator.get_elided_page_range(page_obj.number, on_ends=1),
            "query_prefix": urlencode(state),
            "popular_queries": popular_queries() if not results.total else [],
        },
    )
    if results.total and results.page == 1 and not results.filters:
        response.counted_query = results.query.text
    return response


@require_GET
def autocomplete(request):
    query = clean_query(request.GET.get("q", ""))
    language = active_language()
    suggestions = remember(
        "autocomplete",
        (request.get_host(), language, query.casefold()),
        settings.SEARCH_CACHE_SECONDS,
        lambda: SearchService().autocomplete(query, language=language, request=request),
    )
    return JsonResponse(
        {
            "query": query,
            "suggestions": [
                {
                    "title": suggestion.title,
                    "type": suggestion.kind,
                    "type_label": suggestion.kind_label,
                    "url": suggestion.url,
                }
                for suggestion in suggestions
            ],
        }
    )
