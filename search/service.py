"""The portal search: one entry point for the search page, autocomplete and the API.

Views never call ``.search()`` on a queryset; they ask ``SearchService``, which parses
the reader's text (``search.query``), runs it on the configured backend
(``search.backends``) and turns page ids into hits with highlighted excerpts, facet
counts, editors' promoted results and a spelling suggestion.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from django.db.models import Q
from django.utils.safestring import SafeString
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page, Site

from . import analysis, spelling
from .backends import get_search_backend
from .highlight import excerpt, highlight
from .models import SearchDocument
from .query import ParsedQuery, parse_query

PER_PAGE = 10
MAX_PAGE = 100
# Past these many matches the total reads "more than 10,000" and filter counts come from
# the newest FACET_SAMPLE matches, marked approximate (see SearchService.search).
COUNT_LIMIT = 10_000
FACET_EXACT_LIMIT = 5_000
FACET_SAMPLE = 2_000
MAX_FILTER_VALUES = 10
FACET_SHOWN = 6
AUTOCOMPLETE_MIN_LENGTH = 2
CODE_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,99}$")

KINDS = {
    "article": _("Articolo"),
    "service": _("Servizio"),
    "provider": _("Ente"),
}
# Facet name → (label, vocabulary loader). Order is the order on the page.
FACET_NAMES = ("type", "topic", "category", "municipality", "pillar")
FACET_LABELS = {
    "type": _("Tipo"),
    "topic": _("Argomento"),
    "category": _("Categoria di servizio"),
    "municipality": _("Comune"),
    "pillar": _("Pilastro"),
}


@dataclass
class Hit:
    page_id: int
    kind: str
    title: str
    url: str
    excerpt: SafeString
    title_html: SafeString
    language: str
    promoted: bool = False
    description: str = ""

    @property
    def kind_label(self) -> str:
        return str(KINDS.get(self.kind, self.kind))


@dataclass
class FacetValue:
    code: str
    label: str
    count: int
    selected: bool


@dataclass
class Facet:
    name: str
    label: str
    values: list[FacetValue]

    @property
    def shown(self) -> list[FacetValue]:
        """The most frequent values, and every selected one."""
        return [v for i, v in enumerate(self.values) if i < FACET_SHOWN or v.selected]

    @property
    def folded(self) -> list[FacetValue]:
        """The rest, behind a "show all" disclosure."""
        return [v for i, v in enumerate(self.values) if i >= FACET_SHOWN and not v.selected]


@dataclass
class SearchResults:
    query: ParsedQuery
    filters: dict[str, tuple[str, ...]]
    hits: list[Hit] = field(default_factory=list)
    promoted: list[Hit] = field(default_factory=list)
    total: int = 0
    page: int = 1
    per_page: int = PER_PAGE
    facets: list[Facet] = field(default_factory=list)
    suggestion: str | None = None
    total_is_lower_bound: bool = False
    facets_approximate: bool = False

    @property
    def num_pages(self) -> int:
        return min(MAX_PAGE, max(1, math.ceil(self.total / self.per_page)))

    @property
    def facet_map(self) -> dict[str, Facet]:
        return {facet.name: facet for facet in self.facets}


@dataclass
class Suggestion:
    title: str
    kind: str
    url: str

    @property
    def kind_label(self) -> str:
        return str(KINDS.get(self.kind, self.kind))


def clean_filters(raw: Mapping[str, Iterable[str]] | None) -> dict[str, tuple[str, ...]]:
    """Known filter names with well-formed codes; anything else is dropped."""
    cleaned: dict[str, tuple[str, ...]] = {}
    for name in FACET_NAMES:
        values = [value.strip().lower() for value in (raw or {}).get(name, ()) if value]
        valid = [value for value in dict.fromkeys(values) if CODE_RE.match(value)]
        if name == "type":
            valid = [value for value in valid if value in KINDS]
        if valid:
            cleaned[name] = tuple(valid[:MAX_FILTER_VALUES])
    return cleaned


def vocabulary_labels(name: str, codes: set[str], language: str) -> dict[str, str]:
    """Names of vocabulary terms by code, in ``language`` where translated."""
    if name == "type":
        return {code: str(KINDS[code]) for code in codes if code in KINDS}
    from articles.models import Topic
    from catalogue.models import Municipality, Pillar, ServiceCategory

    model, code_field = {
        "topic": (Topic, "slug"),
        "category": (ServiceCategory, "code"),
        "municipality": (Municipality, "code"),
        "pillar": (Pillar, "code"),
    }[name]
    labels: dict[str, str] = {}
    rows = (
        model.objects.filter(**{f"{code_field}__in": codes})
        .order_by("locale__language_code")
        .values_list(code_field, "name", "locale__language_code")
    )
    for code, label, row_language in rows:
        if row_language == language or code not in labels:
            labels[code] = label
    return labels


class SearchService:
    def __init__(self, backend=None):
        self.backend = backend or get_search_backend()

    def search(
        self,
        query: str,
        *,
        language: str,
        filters: Mapping[str, Iterable[str]] | None = None,
        page: int = 1,
        per_page: int = PER_PAGE,
        facets: bool = True,
        promotions: bool = True,
        request=None,
    ) -> SearchResults:
        parsed = parse_query(query, language)
        cleaned = clean_filters(filters)
        results = SearchResults(query=parsed, filters=cleaned, per_page=per_page)
        if parsed.is_empty:
            return results

        with self.backend.session():  # one transaction for the backend's statements
            total, exact = self.backend.count_up_to(parsed, cleaned, limit=COUNT_LIMIT)
            results.total = total
            results.total_is_lower_bound = not exact  # "more than", see the backends
            counts = None
            if facets and total:
                if exact and total <= FACET_EXACT_LIMIT:
                    counts = self.backend.facet_counts(parsed, cleaned)
                else:
                    # Counting every match would take longer than a reader waits: count
                    # the newest FACET_SAMPLE and scale, and say the figures are approximate.
                    sample = self.backend.facet_counts(parsed, cleaned, sample=FACET_SAMPLE)
                    counted = sum(n for token, n in sample.items() if token.startswith("type:"))
                    scale = results.total / counted if counted else 0
                    counts = Counter(
                        {token: max(1, round(n * scale)) for token, n in sample.items()}
                    )
                    results.facets_approximate = True
            results.page = max(1, min(page, results.num_pages))
            ids = []
            if results.total:
                ids = self.backend.search(
                    parsed, cleaned, offset=(results.page - 1) * per_page, limit=per_page
                )

        if counts is not None:
            results.facets = self._facets(counts, cleaned, parsed.language)
        elif facets and cleaned:
            results.facets = self._facets(Counter(), cleaned, parsed.language)
        if promotions and results.page == 1 and not cleaned:
            results.promoted = self._promoted(parsed, request)
        if results.total:
            promoted_ids = {hit.page_id for hit in results.promoted}
            results.hits = [
                hit for hit in self._hits(ids, parsed, request) if hit.page_id not in promoted_ids
            ]
        elif parsed.words:
            results.suggestion = self._suggestion(parsed, cleaned)
        return results

    def ranked_page_ids(
        self,
        query: str,
        *,
        language: str,
        filters: Mapping[str, Iterable[str]] | None = None,
        limit: int = 1000,
    ) -> list[int]:
        """Ids of the best ``limit`` matching pages, best first: for callers (the API) that
        combine search with filters of their own."""
        parsed = parse_query(query, language)
        if parsed.is_empty:
            return []
        return self.backend.search(parsed, clean_filters(filters), offset=0, limit=limit)

    def autocomplete(self, prefix: str, *, language: str, limit: int = 8, request=None):
        language = analysis.normalize_language(language)
        words = analysis.words(prefix[:100])
        if not words or len(" ".join(words)) < AUTOCOMPLETE_MIN_LENGTH:
            return []
        *complete, last = words[:6]
        ids = self.backend.autocomplete(complete, last, language, limit=limit * 3)
        documents = SearchDocument.objects.only("page_id", "kind", "title", "title_words").in_bulk(
            ids
        )
        # Titles that begin with what was typed first, then the backend's order.
        typed = " ".join(words[:6])
        ids = sorted(
            (pk for pk in ids if pk in documents),
            key=lambda pk: not documents[pk].title_words.startswith(typed),
        )[:limit]
        urls = self._urls(ids, request)
        return [
            Suggestion(title=documents[pk].title, kind=documents[pk].kind, url=urls[pk])
            for pk in ids
            if pk in urls
        ]

    # Building results -------------------------------------------------------------

    def _urls(self, ids: list[int], request) -> dict[int, str]:
        pages = list(Page.objects.filter(pk__in=ids).only("pk", "url_path", "locale_id"))
        if request is None and pages:
            # Wagtail caches the sites' root paths on the request; without one, each page
            # would read them from the cache again: read them once for all.
            root_paths = Site.get_site_root_paths()
            for page in pages:
                page._wagtail_cached_site_root_paths = root_paths
        urls = {page.pk: page.get_url(request) for page in pages}
        return {pk: url for pk, url in urls.items() if url}

    def _hits(self, ids: list[int], parsed: ParsedQuery, request, promoted=False) -> list[Hit]:
        documents = SearchDocument.objects.defer(
            "title_terms", "summary_terms", "body_terms", "title_words"
        ).in_bulk(ids)
        urls = self._urls(ids, request)
        terms = frozenset(parsed.terms)
        hits = []
        for pk in ids:
            document = documents.get(pk)
            if document is None or pk not in urls:
                continue
            hits.append(
                Hit(
                    page_id=pk,
                    kind=document.kind,
                    title=document.title,
                    url=urls[pk],
                    title_html=highlight(document.title, terms, document.language),
                    excerpt=excerpt(
                        f"{document.summary}\n{document.body}", terms, document.language
                    ),
                    language=document.language,
                    promoted=promoted,
                )
            )
        return hits

    def _promoted(self, parsed: ParsedQuery, request) -> list[Hit]:
        """Editors' promoted pages for this query, in their order, when they are findable
        in the reader's language."""
        from wagtail.contrib.search_promotions.models import SearchPromotion
        from wagtail.search.utils import normalise_query_string

        promotions = list(
            SearchPromotion.objects.filter(
                query__query_string=normalise_query_string(parsed.text), page__isnull=False
            )
            .filter(Q(page__locale__language_code=parsed.language))
            .order_by("sort_order")
            .values_list("page_id", "description")
        )
        if not promotions:
            return []
        descriptions = dict(promotions)
        ids = [pk for pk, _description in promotions]
        hits = self._hits(ids, parsed, request, promoted=True)
        for hit in hits:
            hit.description = descriptions.get(hit.page_id) or ""
        return hits

    def _facets(self, counts: Counter, selected: dict, language: str) -> list[Facet]:
        by_name: dict[str, dict[str, int]] = {name: {} for name in FACET_NAMES}
        for token, count in counts.items():
            name, _sep, code = token.partition(":")
            if name in by_name:
                by_name[name][code] = count
        for name, codes in selected.items():
            for code in codes:
                by_name[name].setdefault(code, 0)
        facets = []
        for name in FACET_NAMES:
            values = by_name[name]
            if not values:
                continue
            labels = vocabulary_labels(name, set(values), language)
            chosen = selected.get(name, ())
            facet_values = [
                FacetValue(code, labels[code], count, code in chosen)
                for code, count in values.items()
                if code in labels
            ]
            facet_values.sort(key=lambda value: (-value.count, value.label.casefold()))
            facets.append(Facet(name, str(FACET_LABELS[name]), facet_values))
        return facets

    def _suggestion(self, parsed: ParsedQuery, filters: dict) -> str | None:
        suggestion = spelling.suggest(parsed.words, parsed.language)
        if not suggestion:
            return None
        corrected = parse_query(suggestion, parsed.language)
        if corrected.is_empty or not self.backend.count(corrected, filters):
            return None
        return suggestion
