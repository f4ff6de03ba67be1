"""The public search page.

A first, deliberately small version: the query is reduced to plain words before it
reaches the search backend, so quotes, operators or control characters can never
break it. The Italian-aware SearchService of the search issue replaces the backend call.
"""

import re

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils.http import urlencode

from wagtail.models import Locale, Page

MAX_QUERY_LENGTH = 200
MAX_WORDS = 12
RESULTS_PER_PAGE = 10
WORD_RE = re.compile(r"\w+", re.UNICODE)


def query_words(raw: str) -> list[str]:
    """The words of a query, lower-cased: no punctuation, operators or control characters."""
    return [word.lower() for word in WORD_RE.findall(raw[:MAX_QUERY_LENGTH])][:MAX_WORDS]


def search(request):
    search_query = request.GET.get("q", "")[:MAX_QUERY_LENGTH].replace("\x00", "")
    words = query_words(search_query)
    page_obj = None
    if words:
        results = (
            Page.objects.live()
            .public()
            .filter(locale=Locale.get_active())
            .specific()
            .search(" ".join(words), operator="and")
        )
        page_obj = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("page"))

    return TemplateResponse(
        request,
        "search/search.html",
        {
            "search_query": search_query,
            "page_obj": page_obj,
            "query_prefix": urlencode({"q": search_query}),
        },
    )
