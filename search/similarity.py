"""The one definition of a page's automatic suggestions, computed the same way for one
page (on publish, ``search.related.compute_related``) and for all of them at once
(``rebuild_related``, in memory).

Everything is read from ``SearchDocument``'s analysed columns (``search.analysis``:
Italian-aware stemming and stopwords, English for English pages):

1. **Term vector** of a page: title terms ×3, summary terms ×2, body terms ×1 (the body's
   first ``MAX_BODY_TERMS``). Its **topics** are its ``topic:`` facets.
2. **Document frequencies** (``RelatedTerm``): for each language, how many articles and
   services hold each term or topic; ``idf = ln((N + 1) / (df + 1)) + 1``.
3. **Keys** (``RelatedKey``): a page's topics and its ``KEY_TERMS`` most telling title
   and summary terms (weighted count × idf, held by at least one other page). Each key
   has a posting list: the pages of a language and kind holding it, by page id.
4. **Candidates** of a page for a kind of suggestion: in each of its keys' posting lists,
   the ``PER_KEY / 2`` pages just before and just after it by page id (published around
   the same time), ranked by the summed idf of the keys they were found through; the
   best ``CANDIDATES``. However large the corpus, a page reads at most ``PER_KEY``
   postings per key and scores ``CANDIDATES`` pages; and since each page looks at its
   own stretch of a common key's list, no page becomes everyone's candidate.
5. **Score** of a candidate: ``TEXT_WEIGHT`` × cosine of the two tf-idf vectors
   (``(1 + ln tf) × idf``) + ``TOPIC_WEIGHT`` × the share of topics in common (Jaccard);
   linked services must share a topic; below ``MIN_SCORE`` nothing is suggested. Between
   two articles, a candidate whose text cosine is under ``TEXT_FLOOR`` (it shares topics
   but hardly any words) is ranked after every candidate at or above it. Ties go to the
   lower page id.

Why this score and these weights rather than BM25 weights, a more-like-this term cut,
rarity-weighted topics (idf-weighted Jaccard or cosine), topics related by co-occurrence,
other field weights, title bigrams, a hubness correction, a product or rank fusion of the
two signals, a text floor, static word embeddings, shared or reciprocal nearest
neighbours, or an average with the translations' score: each was measured on the demo's
themes and on the generated corpus (``bench/related_quality.py``;
``docs/performance.md``, "Related content", 2026-12-07). The weights were chosen on the
first 16 demo articles and held on the 12 written after (``--split-date``); no variant
does better beyond the noise of the demo's 56 articles, none reaches the 0.8 target there
(a mixture fitted to the labels themselves gives 0.78), and rarity-weighted topics do no
better: the demo's rarest topics are the ones that cross themes. ``TEXT_WEIGHT`` 0.6 sits
on the best plateau of the text-weight grid. The text floor was noted then and adopted
once 12 further demo articles, written later and measured once, confirmed it
(``--split-parts``; "A third batch of explainers" in the same document). Against
relevance judged pair by pair (``evaluate_related --judged``; "judged pair by pair" in the
same document) the text weight pulls the other way: more text does better there (0.8 and
text alone), topics find pages of the same theme rather than the next read. Nothing was
changed on those judgements: a weight picked after seeing them waits for articles judged
later.

Both paths run the functions below on the same numbers in the same order, so a page
recomputed on its own gets, bit for bit, the suggestions the full rebuild gives it
(``tests/search/test_related.py``).
"""

from __future__ import annotations

import bisect
import heapq
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

TITLE_WEIGHT, SUMMARY_WEIGHT, BODY_WEIGHT = 3, 2, 1
MAX_BODY_TERMS = 600
KEY_TERMS = 12
PER_KEY = 100
CANDIDATES = 40
STORED = 8
TEXT_WEIGHT, TOPIC_WEIGHT = 0.6, 0.4
MIN_SCORE = 0.05
# Between articles: a candidate with a text cosine under this goes after the others.
TEXT_FLOOR = 0.10
MIN_KEY_LENGTH = 3
# The ``RelatedTerm`` row whose count is the number of documents of the language.
DOCUMENTS = ""

# Which lists a page of a kind gets: (kind of the suggested pages, needs shared topics).
LISTS = {
    "article": [("article", False), ("service", True)],
    "service": [("article", False)],
}

# The SearchDocument columns a profile is made of, in ``profile``'s argument order.
PROFILE_FIELDS = (
    "page_id",
    "language",
    "kind",
    "facets",
    "title_terms",
    "summary_terms",
    "body_terms",
)


@dataclass
class Profile:
    page_id: int
    language: str
    kind: str
    topics: tuple[str, ...]
    # The term vector, terms in order of first appearance (title, summary, body).
    terms: tuple[str, ...]
    counts: tuple[int, ...]
    # Distinct title and summary terms that may be keys, in order of first appearance.
    card: tuple[str, ...]

    def frequency_terms(self) -> set[str]:
        """What this page adds to the document frequencies: each term and topic once."""
        return {*self.terms, *self.topics}


def profile(page_id, language, kind, facets, title_terms, summary_terms, body_terms) -> Profile:
    vector: dict[str, int] = {}
    card: dict[str, None] = {}
    for text, weight in ((title_terms, TITLE_WEIGHT), (summary_terms, SUMMARY_WEIGHT)):
        for term in text.split():
            vector[term] = vector.get(term, 0) + weight
            if len(term) >= MIN_KEY_LENGTH and not term.isdigit():
                card[term] = None
    for term in body_terms.split()[:MAX_BODY_TERMS]:
        vector[term] = vector.get(term, 0) + BODY_WEIGHT
    topics = tuple(sorted({token for token in facets if token.startswith("topic:")}))
    return Profile(
        page_id, language, kind, topics, tuple(vector), tuple(vector.values()), tuple(card)
    )


def idf(documents: int, frequency: int) -> float:
    return math.log((documents + 1) / (frequency + 1)) + 1


def keys_of(page: Profile, frequencies: Mapping[str, int]) -> list[str]:
    """The page's keys: its most telling terms, then its topics."""
    documents = frequencies.get(DOCUMENTS, 0)
    counts = dict(zip(page.terms, page.counts, strict=True))
    ranked = sorted(
        (
            (-counts[term] * idf(documents, frequencies.get(term, 1)), term)
            for term in page.card
            if frequencies.get(term, 0) >= 2
        ),
    )
    return [term for _score, term in ranked[:KEY_TERMS]] + list(page.topics)


def window(posting: Sequence[int], page_id: int) -> list[int]:
    """The ``PER_KEY / 2`` page ids on either side of ``page_id`` in a posting list sorted
    by page id (the page itself left out)."""
    half = PER_KEY // 2
    before = bisect.bisect_left(posting, page_id)
    after = bisect.bisect_right(posting, page_id)
    return [*posting[max(0, before - half) : before], *posting[after : after + half]]


def rank_candidates(
    page: Profile,
    keys: Sequence[str],
    postings: Mapping[str, Sequence[int]],
    frequencies: Mapping[str, int],
) -> list[int]:
    """The ``CANDIDATES`` best pages found through the page's keys. ``postings`` holds
    each key's ``window`` around the page."""
    documents = frequencies.get(DOCUMENTS, 0)
    found: dict[int, float] = {}
    for key in keys:
        importance = idf(documents, frequencies.get(key, 1))
        for page_id in postings.get(key, ()):
            found[page_id] = found.get(page_id, 0.0) + importance
    return heapq.nsmallest(CANDIDATES, found, key=lambda page_id: (-found[page_id], page_id))


def idf_table(frequencies: Mapping[str, int], terms: Iterable[str]) -> dict[str, float]:
    """The idf of each of ``terms`` (a term missing from ``frequencies`` counts once)."""
    documents = frequencies.get(DOCUMENTS, 0)
    return {term: idf(documents, frequencies.get(term, 1)) for term in terms}


def unit_vector(page: Profile, idfs: Mapping[str, float]) -> tuple[float, ...]:
    """The page's tf-idf weights, in ``page.terms`` order, scaled to length 1; ``idfs``
    from ``idf_table``."""
    log = math.log
    weights = [
        (1 + log(count)) * idfs[term] for term, count in zip(page.terms, page.counts, strict=True)
    ]
    norm = math.sqrt(sum(weight * weight for weight in weights)) or 1.0
    return tuple(weight / norm for weight in weights)


# Scores are stored rounded to this many decimals.
STORED_DECIMALS = 4


@dataclass
class Scored:
    page_id: int
    score: float
    text_score: float
    shared_topics: list[str]
    # Ranked after the candidates with more words in common (``TEXT_FLOOR``).
    low_text: bool = False


def ranked_last(source_kind: str, suggested_kind: str, text_score: float) -> bool:
    """Whether a suggestion goes after those with more words in common: between two
    articles, when its text cosine, as stored (``STORED_DECIMALS``), is under
    ``TEXT_FLOOR``; so the editor's panel, which reads the stored score, says the same."""
    return (
        source_kind == suggested_kind == "article"
        and round(text_score, STORED_DECIMALS) < TEXT_FLOOR
    )


def score_candidates(
    page: Profile,
    weights: Mapping[str, float],
    candidates: Iterable[tuple[Profile, Sequence[float]]],
    needs_topics: bool,
) -> list[Scored]:
    """Score candidates (profiles with their unit vectors) against ``page``, whose unit
    vector is ``weights`` by term; best first, ties to the lower page id."""
    source_topics = set(page.topics)
    scored = []
    for other, other_weights in candidates:
        other_topics = set(other.topics)
        shared = source_topics & other_topics
        if needs_topics and not shared:
            continue
        text = sum(
            weight * weights.get(term, 0.0)
            for term, weight in zip(other.terms, other_weights, strict=True)
        )
        union = source_topics | other_topics
        topic_score = len(shared) / len(union) if union else 0.0
        score = TEXT_WEIGHT * text + TOPIC_WEIGHT * topic_score
        if score >= MIN_SCORE:
            names = sorted(token.partition(":")[2] for token in shared)
            last = ranked_last(page.kind, other.kind, text)
            scored.append(Scored(other.page_id, score, text, names, last))
    scored.sort(key=lambda item: (item.low_text, -item.score, item.page_id))
    return scored


def best(scored: Iterable[Scored], excluded: set[int]) -> list[Scored]:
    return [item for item in scored if item.page_id not in excluded][:STORED]
