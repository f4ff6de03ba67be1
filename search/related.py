"""Automatic related content: related articles and linked services on articles,
explainers ("Approfondimenti") on services.

Suggestions are computed when a page is published and stored (``RelatedSuggestion``);
pages read them in one query. Computing one page's suggestions:

1. candidates come from the search backend (``SearchBackend.similar``): pages of the
   wanted kind, same language, whose title or summary shares the page's most telling
   terms, and pages sharing its topics — a few dozen, whatever the corpus size;
2. each candidate is scored here: cosine similarity of weighted term vectors (title ×3,
   summary ×2, body ×1; analysed by ``search.analysis``, so Italian-aware and English
   for English pages; inverse document frequency over the candidates), combined with the
   share of topics the two pages have in common;
3. the best ``STORED`` per kind are kept, minus editors' exclusions.

Only live, public pages have a ``SearchDocument``, so only they are suggested; serving
also checks it, so an unpublished page disappears from every list at once, and the
pages that suggested it are recomputed in the background.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Exists, OuterRef, Subquery

from portal.cache import bump_generation

from .backends import get_search_backend
from .models import RelatedExclusion, RelatedSuggestion, SearchDocument

CANDIDATES = 40
STORED = 8
TITLE_WEIGHT, SUMMARY_WEIGHT, BODY_WEIGHT = 3, 2, 1
MAX_BODY_TERMS = 600
QUERY_TERMS = 14
TEXT_WEIGHT, TOPIC_WEIGHT = 0.6, 0.4
MIN_SCORE = 0.05

# Which lists a page of a kind gets: (kind of the suggested pages, needs shared topics).
LISTS = {
    "article": [("article", False), ("service", True)],
    "service": [("article", False)],
}
SHOWN = {("article", "article"): 4, ("article", "service"): 4, ("service", "article"): 3}


def topics_of(document: SearchDocument) -> set[str]:
    return {token for token in document.facets if token.startswith("topic:")}


def term_vector(document: SearchDocument) -> Counter:
    vector: Counter = Counter()
    for term in document.title_terms.split():
        vector[term] += TITLE_WEIGHT
    for term in document.summary_terms.split():
        vector[term] += SUMMARY_WEIGHT
    for term in document.body_terms.split()[:MAX_BODY_TERMS]:
        vector[term] += BODY_WEIGHT
    return vector


def query_terms(vector: Counter) -> list[str]:
    """The page's most frequent meaningful terms, for finding candidates."""
    return [
        term
        for term, _count in sorted(vector.items(), key=lambda item: (-item[1], item[0]))
        if len(term) >= 3 and not term.isdigit()
    ][:QUERY_TERMS]


def cosine_scores(source: Counter, candidates: dict[int, Counter]) -> dict[int, float]:
    vectors = [source, *candidates.values()]
    frequency: Counter = Counter()
    for vector in vectors:
        frequency.update(vector.keys())
    size = len(vectors)
    idf = {term: math.log((size + 1) / (count + 1)) + 1 for term, count in frequency.items()}

    def weighted(vector: Counter) -> dict[str, float]:
        return {term: (1 + math.log(n)) * idf[term] for term, n in vector.items()}

    def norm(vector: dict[str, float]) -> float:
        return math.sqrt(sum(value * value for value in vector.values())) or 1.0

    source_weights = weighted(source)
    source_norm = norm(source_weights)
    scores = {}
    for pk, vector in candidates.items():
        weights = weighted(vector)
        dot = sum(value * source_weights.get(term, 0.0) for term, value in weights.items())
        scores[pk] = dot / (source_norm * norm(weights))
    return scores


@dataclass
class Scored:
    page_id: int
    score: float
    text_score: float
    shared_topics: list[str]


def score_candidates(document: SearchDocument, kind: str, needs_topics: bool) -> list[Scored]:
    source_vector = term_vector(document)
    source_topics = topics_of(document)
    ids = get_search_backend().similar(
        query_terms(source_vector),
        sorted(source_topics),
        language=document.language,
        kind=kind,
        limit=CANDIDATES,
    )
    others = SearchDocument.objects.filter(page_id__in=[pk for pk in ids if pk != document.pk])
    candidates = {other.page_id: other for other in others}
    text = cosine_scores(
        source_vector, {pk: term_vector(other) for pk, other in candidates.items()}
    )
    scored = []
    for pk, other in candidates.items():
        other_topics = topics_of(other)
        shared = source_topics & other_topics
        if needs_topics and not shared:
            continue
        union = source_topics | other_topics
        topic_score = len(shared) / len(union) if union else 0.0
        score = TEXT_WEIGHT * text[pk] + TOPIC_WEIGHT * topic_score
        if score >= MIN_SCORE:
            names = sorted(token.partition(":")[2] for token in shared)
            scored.append(Scored(pk, score, text[pk], names))
    scored.sort(key=lambda item: (-item.score, item.page_id))
    return scored


@transaction.atomic
def compute_related(page_id: int) -> int:
    """Recompute and store one page's suggestions; returns how many were stored."""
    RelatedSuggestion.objects.filter(page_id=page_id).delete()
    document = SearchDocument.objects.filter(page_id=page_id).first()
    if document is None or document.kind not in LISTS:
        return 0
    excluded = set(
        RelatedExclusion.objects.filter(page_id=page_id).values_list("excluded_id", flat=True)
    )
    rows = []
    for kind, needs_topics in LISTS[document.kind]:
        best = [
            item
            for item in score_candidates(document, kind, needs_topics)
            if item.page_id not in excluded
        ][:STORED]
        rows += [
            RelatedSuggestion(
                page_id=page_id,
                suggested_id=item.page_id,
                kind=kind,
                rank=rank,
                score=round(item.score, 4),
                text_score=round(item.text_score, 4),
                shared_topics=item.shared_topics,
            )
            for rank, item in enumerate(best)
        ]
    RelatedSuggestion.objects.bulk_create(rows)
    return len(rows)


def refresh_related(page_ids: Iterable[int]) -> int:
    """After pages were published or unpublished: recompute them, the pages that suggested
    them, and the pages they now suggest (which may now want to suggest them back)."""
    ids = set(page_ids)
    neighbours = set(
        RelatedSuggestion.objects.filter(suggested_id__in=ids).values_list("page_id", flat=True)
    )
    for page_id in ids:
        compute_related(page_id)
    neighbours |= set(
        RelatedSuggestion.objects.filter(page_id__in=ids).values_list("suggested_id", flat=True)
    )
    for page_id in neighbours - ids:
        compute_related(page_id)
    bump_generation()  # related-content blocks on cached pages are stale
    return len(ids | neighbours)


def rebuild_related() -> int:
    """Recompute every findable article's and service's suggestions."""
    ids = list(
        SearchDocument.objects.filter(kind__in=list(LISTS))
        .order_by("page_id")
        .values_list("page_id", flat=True)
    )
    RelatedSuggestion.objects.all().delete()
    for page_id in ids:
        compute_related(page_id)
    bump_generation()
    return len(ids)


@dataclass
class Suggested:
    page_id: int
    title: str
    summary: str
    url: str
    kind: str
    score: float
    shared_topics: list[str]


def stored_suggestions(page, request=None) -> dict[str, list[Suggested]]:
    """This page's automatic suggestions by kind, best first, in ONE query: only pages
    that are still findable (live, public) are returned."""
    documents = SearchDocument.objects.filter(page_id=OuterRef("suggested_id"))
    rows = (
        RelatedSuggestion.objects.filter(page_id=page.pk)
        .filter(Exists(documents))
        .annotate(
            title=Subquery(documents.values("title")[:1]),
            summary=Subquery(documents.values("summary")[:1]),
        )
        .select_related("suggested")
        .only("kind", "rank", "score", "shared_topics", "suggested__url_path", "suggested__id")
        .order_by("kind", "rank")
    )
    by_kind: dict[str, list[Suggested]] = {}
    for row in rows:
        url = row.suggested.get_url(request)
        if url:
            by_kind.setdefault(row.kind, []).append(
                Suggested(
                    row.suggested_id,
                    row.title,
                    row.summary,
                    url,
                    row.kind,
                    row.score,
                    row.shared_topics,
                )
            )
    return by_kind


def with_suggestions(curated: list, automatic: list[Suggested], limit: int) -> list:
    """Curated pages first, in the editor's order and never displaced; automatic ones
    fill the remaining places, without repeating a curated page."""
    chosen = list(curated[:limit])
    seen = {getattr(item, "pk", None) for item in chosen}
    for item in automatic:
        if len(chosen) >= limit:
            break
        if item.page_id not in seen:
            chosen.append(item)
            seen.add(item.page_id)
    return chosen
