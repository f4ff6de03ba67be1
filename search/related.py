"""Automatic related content: related articles and linked services on articles,
explainers ("Approfondimenti") on services.

Suggestions are computed when a page is published and stored (``RelatedSuggestion``);
pages read them in one query. What a page's suggestions are is defined once, in
``search.similarity``; this module runs that definition against the database:

- ``compute_related``: one page, on publish (a background task), reading a bounded
  slice of the key index (``RelatedKey``) and a few dozen candidates, whatever the
  corpus size;
- ``rebuild_related``: every page at once, reading all documents' analysed columns once
  and computing keys, candidates and scores in memory, then writing the rows in bulk.

The document frequencies (``RelatedTerm``) are kept in step with ``SearchDocument`` by
``search.indexing`` through ``update_frequencies``.

Only live, public pages have a ``SearchDocument``, so only they are suggested; serving
also checks it, so an unpublished page disappears from every list at once, and the
pages that suggested it are recomputed in the background.
"""

from __future__ import annotations

import json
import time
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from django.db import connection, transaction
from django.db.models import Exists, F, OuterRef, Subquery, Window
from django.db.models.functions import RowNumber

from portal.cache import bump_generation

from . import similarity
from .models import RelatedExclusion, RelatedKey, RelatedSuggestion, RelatedTerm, SearchDocument
from .similarity import DOCUMENTS, LISTS, Profile, Scored

WRITE_BATCH = 20_000


# Document frequencies -------------------------------------------------------------------


def frequency_counts(profiles: Iterable[Profile]) -> Counter:
    """``(language, term)`` → documents holding it, with ``(language, "")`` counting
    the documents: what ``profiles`` add to ``RelatedTerm``."""
    counts: Counter = Counter()
    for page in profiles:
        if page.kind in LISTS:
            counts[(page.language, DOCUMENTS)] += 1
            counts.update((page.language, term) for term in page.frequency_terms())
    return counts


def profiles_of(documents: Iterable) -> list[Profile]:
    """Profiles of ``SearchDocument`` instances (or rows of the same attributes)."""
    return [
        similarity.profile(*(getattr(document, name) for name in similarity.PROFILE_FIELDS))
        for document in documents
        if document.kind in LISTS
    ]


def update_frequencies(removed: Iterable, added: Iterable) -> None:
    """Adjust ``RelatedTerm`` when documents are replaced, added or deleted."""
    delta = frequency_counts(profiles_of(added))
    delta.subtract(frequency_counts(profiles_of(removed)))
    changes = [(language, term, count) for (language, term), count in delta.items() if count]
    if not changes:
        return
    table = connection.ops.quote_name(RelatedTerm._meta.db_table)
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {table} (language, term, documents) VALUES (%s, %s, %s) "  # noqa: S608
            f"ON CONFLICT (language, term) DO UPDATE "
            f"SET documents = {table}.documents + excluded.documents",
            [change for change in changes if change[2] > 0],
        )
        cursor.executemany(
            # Never below zero, even if the table was out of step.
            f"UPDATE {table} SET documents = CASE WHEN documents > %s "  # noqa: S608
            "THEN documents - %s ELSE 0 END WHERE language = %s AND term = %s",
            [(-count, -count, language, term) for language, term, count in changes if count < 0],
        )
    gone = {term for _language, term, count in changes if count < 0}
    if gone:
        RelatedTerm.objects.filter(term__in=gone, documents__lte=0).delete()


def write_frequencies(counts: Counter) -> None:
    """Replace ``RelatedTerm`` with ``counts`` (see ``frequency_counts``)."""
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {connection.ops.quote_name(RelatedTerm._meta.db_table)}")  # noqa: S608
    bulk_insert(
        RelatedTerm,
        ("language", "term", "documents"),
        ((language, term, count) for (language, term), count in counts.items() if count > 0),
    )


def frequencies_of(language: str, terms: Iterable[str]) -> dict[str, int]:
    """``RelatedTerm`` counts of ``terms`` (and of the documents) in ``language``, in one
    query whatever the number of terms (a JSON array on SQLite, an array on PostgreSQL)."""
    wanted = sorted({*terms, DOCUMENTS})
    table = connection.ops.quote_name(RelatedTerm._meta.db_table)
    if connection.vendor == "sqlite":
        condition, value = "term IN (SELECT value FROM json_each(%s))", json.dumps(wanted)
    elif connection.vendor == "postgresql":
        condition, value = "term = ANY(%s)", wanted
    else:
        return dict(
            RelatedTerm.objects.filter(language=language, term__in=wanted).values_list(
                "term", "documents"
            )
        )
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT term, documents FROM {table} WHERE language = %s AND {condition}",  # noqa: S608
            [language, value],
        )
        return dict(cursor.fetchall())


# One page --------------------------------------------------------------------------------


def postings(language: str, kind: str, keys: list[str], page_id: int) -> dict[str, list[int]]:
    """Each key's ``similarity.window`` around ``page_id``, in one query."""
    if not keys:
        return {}
    key_table = connection.ops.quote_name(RelatedKey._meta.db_table)
    document_table = connection.ops.quote_name(SearchDocument._meta.db_table)
    side = (
        f"SELECT * FROM (SELECT k.key, k.page_id FROM {key_table} k "  # noqa: S608
        f"JOIN {document_table} d ON d.page_id = k.page_id "
        "WHERE k.language = %s AND k.kind = %s AND k.key = %s AND k.page_id {op} %s "
        "ORDER BY k.page_id {order} LIMIT %s) AS p{n}"
    )
    parts, params = [], []
    half = similarity.PER_KEY // 2
    for key in keys:
        for op, order in (("<", "DESC"), (">", "ASC")):
            parts.append(side.format(op=op, order=order, n=len(parts)))
            params += [language, kind, key, page_id, half]
    found: dict[str, list[int]] = defaultdict(list)
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(parts), params)
        for key, other in cursor.fetchall():
            found[key].append(other)
    return found


def suggestion_rows(page_id: int, kind: str, best: list[Scored]) -> list[tuple]:
    return [
        (
            page_id,
            item.page_id,
            kind,
            rank,
            round(item.score, similarity.STORED_DECIMALS),
            round(item.text_score, similarity.STORED_DECIMALS),
            item.shared_topics,
        )
        for rank, item in enumerate(best)
    ]


SUGGESTION_COLUMNS = (
    "page_id",
    "suggested_id",
    "kind",
    "rank",
    "score",
    "text_score",
    "shared_topics",
)
KEY_COLUMNS = ("page_id", "language", "kind", "key")


@transaction.atomic
def compute_related(page_id: int) -> int:
    """Recompute and store one page's keys and suggestions; returns how many
    suggestions were stored."""
    RelatedSuggestion.objects.filter(page_id=page_id).delete()
    RelatedKey.objects.filter(page_id=page_id).delete()
    row = (
        SearchDocument.objects.filter(page_id=page_id, kind__in=list(LISTS))
        .values_list(*similarity.PROFILE_FIELDS)
        .first()
    )
    if row is None:
        return 0
    page = similarity.profile(*row)
    frequencies = frequencies_of(page.language, page.frequency_terms())
    keys = similarity.keys_of(page, frequencies)
    RelatedKey.objects.bulk_create(
        RelatedKey(page_id=page_id, language=page.language, kind=page.kind, key=key) for key in keys
    )
    excluded = set(
        RelatedExclusion.objects.filter(page_id=page_id).values_list("excluded_id", flat=True)
    )
    idfs = similarity.idf_table(frequencies, page.terms)
    weights = dict(zip(page.terms, similarity.unit_vector(page, idfs), strict=True))
    rows: list[tuple] = []
    for kind, needs_topics in LISTS[page.kind]:
        found = postings(page.language, kind, keys, page_id)
        ids = similarity.rank_candidates(page, keys, found, frequencies)
        others = [
            similarity.profile(*other)
            for other in SearchDocument.objects.filter(page_id__in=ids).values_list(
                *similarity.PROFILE_FIELDS
            )
        ]
        missing = set().union(*(other.frequency_terms() for other in others)) - frequencies.keys()
        frequencies.update(frequencies_of(page.language, missing))
        idfs.update(similarity.idf_table(frequencies, set().union(*(o.terms for o in others))))
        candidates = [(other, similarity.unit_vector(other, idfs)) for other in others]
        scored = similarity.score_candidates(page, weights, candidates, needs_topics)
        rows += suggestion_rows(page_id, kind, similarity.best(scored, excluded))
    RelatedSuggestion.objects.bulk_create(
        RelatedSuggestion(**dict(zip(SUGGESTION_COLUMNS, values, strict=True))) for values in rows
    )
    return len(rows)


def refresh_related(page_ids: Iterable[int]) -> set[int]:
    """After pages were published or unpublished: recompute them, the pages that suggested
    them, and the pages they now suggest (which may now want to suggest them back).
    Returns the pages whose suggestions changed as public pages show them
    (``shown_suggestions``), which the page cache purges."""
    ids = set(page_ids)
    neighbours = set(
        RelatedSuggestion.objects.filter(suggested_id__in=ids).values_list("page_id", flat=True)
    )
    before = shown_suggestions(ids | neighbours)
    for page_id in ids:
        compute_related(page_id)
    suggested = set(
        RelatedSuggestion.objects.filter(page_id__in=ids).values_list("suggested_id", flat=True)
    )
    before.update(shown_suggestions(suggested - before.keys()))
    neighbours |= suggested
    for page_id in neighbours - ids:
        compute_related(page_id)
    bump_generation()  # related-content blocks on cached pages are stale
    after = shown_suggestions(ids | neighbours)
    return {page_id for page_id in ids | neighbours if before[page_id] != after[page_id]}


# How many of a page's suggestions of one kind public pages can show: articles show
# ``articles.models.RELATED_SHOWN`` (4), services ``EXPLAINERS_SHOWN`` (3); curated pages
# only take the automatic ones' places. Changes further down the stored list (it keeps
# ``similarity.STORED``) show nowhere.
SHOWN_AT_MOST = 4


def shown_suggestions(page_ids: set[int]) -> dict[int, list[tuple[str, int]]]:
    """What public pages can show of these pages' stored suggestions: per kind, the
    first ``SHOWN_AT_MOST`` still findable, as ``stored_suggestions`` serves them."""
    shown: dict[int, list[tuple[str, int]]] = {page_id: [] for page_id in page_ids}
    if not page_ids:
        return shown
    rows = (
        findable_suggestions(page_id__in=page_ids)
        .order_by("page_id", "kind", "rank")
        .values_list("page_id", "kind", "suggested_id")
    )
    per_kind: Counter = Counter()
    for page_id, kind, suggested_id in rows:
        per_kind[page_id, kind] += 1
        if per_kind[page_id, kind] <= SHOWN_AT_MOST:
            shown[page_id].append((kind, suggested_id))
    return shown


def findable_suggestions(**filters):
    """Stored suggestions whose suggested page is still findable (live, public): those
    pages may show."""
    documents = SearchDocument.objects.filter(page_id=OuterRef("suggested_id"))
    return RelatedSuggestion.objects.filter(**filters).filter(Exists(documents))


# Every page ------------------------------------------------------------------------------


class Corpus:
    """Every article's and service's profile in memory, with the key index, for
    computing all suggestions without a query per page. Terms are shared strings and
    vectors are arrays, so 100,000 pages fit in a few hundred megabytes."""

    def __init__(self):
        self.pages: dict[int, Profile] = {}
        self.frequencies: dict[str, Counter] = defaultdict(Counter)
        self.units: dict[int, array] = {}
        self.keys: dict[int, list[str]] = {}
        self.postings: dict[tuple[str, str, str], array] = {}
        self._strings: dict[str, str] = {}

    def add(self, row: tuple) -> None:
        page = similarity.profile(*row)
        shared = self._strings.setdefault
        page.terms = tuple(shared(term, term) for term in page.terms)
        page.card = tuple(shared(term, term) for term in page.card)
        self.pages[page.page_id] = page
        counts = self.frequencies[page.language]
        counts[DOCUMENTS] += 1
        counts.update(page.frequency_terms())

    def prepare(self) -> None:
        """Keys, posting lists and unit vectors, once every page is in."""
        lists: dict[tuple[str, str, str], list[int]] = defaultdict(list)
        idfs = {
            language: similarity.idf_table(counts, counts)
            for language, counts in self.frequencies.items()
        }
        for page_id, page in self.pages.items():
            frequencies = self.frequencies[page.language]
            keys = similarity.keys_of(page, frequencies)
            self.keys[page_id] = keys
            for key in keys:
                lists[(page.language, page.kind, key)].append(page_id)
            self.units[page_id] = array("d", similarity.unit_vector(page, idfs[page.language]))
        # Pages were added by page id, so every list is sorted already.
        self.postings = {list_key: array("q", ids) for list_key, ids in lists.items()}

    def suggestions(self, page_id: int, excluded: set[int]) -> list[tuple]:
        page = self.pages[page_id]
        frequencies = self.frequencies[page.language]
        keys = self.keys[page_id]
        weights = dict(zip(page.terms, self.units[page_id], strict=True))
        rows: list[tuple] = []
        for kind, needs_topics in LISTS[page.kind]:
            found = {
                key: similarity.window(self.postings.get((page.language, kind, key), ()), page_id)
                for key in keys
            }
            ids = similarity.rank_candidates(page, keys, found, frequencies)
            candidates = [(self.pages[other], self.units[other]) for other in ids]
            scored = similarity.score_candidates(page, weights, candidates, needs_topics)
            rows += suggestion_rows(page_id, kind, similarity.best(scored, excluded))
        return rows


def load_corpus(chunk_size: int = 2000) -> Corpus:
    corpus = Corpus()
    rows = (
        SearchDocument.objects.filter(kind__in=list(LISTS))
        .order_by("page_id")
        .values_list(*similarity.PROFILE_FIELDS)
    )
    for row in rows.iterator(chunk_size=chunk_size):
        corpus.add(row)
    corpus.prepare()
    return corpus


def bulk_insert(model, columns: tuple[str, ...], rows: Iterable[tuple]) -> int:
    """Insert many rows fast: ``COPY`` on PostgreSQL; on SQLite plain ``executemany``
    with the table's secondary indexes dropped first and rebuilt after (one sort
    instead of a B-tree insertion per row and index)."""
    table = connection.ops.quote_name(model._meta.db_table)
    names = ", ".join(connection.ops.quote_name(column) for column in columns)
    json_columns = {
        index
        for index, column in enumerate(columns)
        if model._meta.get_field(column.removesuffix("_id")).get_internal_type() == "JSONField"
    }

    def prepared(batch: Iterable[tuple]) -> Iterator[tuple]:
        for row in batch:
            yield tuple(
                json.dumps(value) if index in json_columns else value
                for index, value in enumerate(row)
            )

    total = 0
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            with cursor.cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                for row in prepared(rows):
                    copy.write_row(row)
                    total += 1
            return total
        indexes: list[str] = []
        if connection.vendor == "sqlite":
            cursor.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = %s "
                "AND sql IS NOT NULL",
                [model._meta.db_table],
            )
            for name, sql in cursor.fetchall():
                cursor.execute(f"DROP INDEX {connection.ops.quote_name(name)}")
                indexes.append(sql)
        marks = ", ".join(["%s"] * len(columns))
        statement = f"INSERT INTO {table} ({names}) VALUES ({marks})"  # noqa: S608
        batch: list[tuple] = []
        for row in prepared(rows):
            batch.append(row)
            if len(batch) == WRITE_BATCH:
                cursor.executemany(statement, batch)
                total += len(batch)
                batch = []
        cursor.executemany(statement, batch)
        total += len(batch)
        for sql in indexes:
            cursor.execute(sql)
    return total


def rebuild_related(*, report: Callable[[str, float], None] | None = None) -> int:
    """Recompute every findable article's and service's frequencies, keys and
    suggestions; returns how many pages. ``report(phase, seconds)`` hears the timings."""
    started = time.perf_counter()

    def phase(name: str) -> None:
        nonlocal started
        now = time.perf_counter()
        if report:
            report(name, now - started)
        started = now

    corpus = load_corpus()
    phase("read and prepare")
    excluded: dict[int, set[int]] = defaultdict(set)
    for page_id, other in RelatedExclusion.objects.values_list("page_id", "excluded_id"):
        excluded[page_id].add(other)

    def suggestion_rows_all() -> Iterator[tuple]:
        for page_id in corpus.pages:
            yield from corpus.suggestions(page_id, excluded.get(page_id, set()))

    with transaction.atomic():
        with connection.cursor() as cursor:
            for model in (RelatedSuggestion, RelatedKey):
                cursor.execute(f"DELETE FROM {connection.ops.quote_name(model._meta.db_table)}")  # noqa: S608
        write_frequencies(
            Counter(
                {
                    (language, term): count
                    for language, counts in corpus.frequencies.items()
                    for term, count in counts.items()
                }
            )
        )
        bulk_insert(
            RelatedKey,
            KEY_COLUMNS,
            (
                (page_id, page.language, page.kind, key)
                for page_id, page in corpus.pages.items()
                for key in corpus.keys[page_id]
            ),
        )
        phase("write frequencies and keys")
        bulk_insert(RelatedSuggestion, SUGGESTION_COLUMNS, suggestion_rows_all())
        phase("score and write suggestions")
    if connection.vendor == "postgresql":
        # The tables were rewritten in bulk: refresh the planner's statistics.
        with connection.cursor() as cursor:
            for model in (RelatedSuggestion, RelatedKey, RelatedTerm):
                cursor.execute(f"ANALYZE {connection.ops.quote_name(model._meta.db_table)}")
    bump_generation()
    return len(corpus.pages)


@dataclass
class Suggested:
    page_id: int
    title: str
    summary: str
    url: str
    kind: str
    score: float
    shared_topics: list[str]


def stored_suggestions(
    page, request=None, at_most: int = SHOWN_AT_MOST
) -> dict[str, list[Suggested]]:
    """This page's automatic suggestions by kind, best first, in ONE query: the first
    ``at_most`` of each kind that are still findable (live, public). Only those pages are
    loaded, so the cached page depends on no suggested page it does not show."""
    documents = SearchDocument.objects.filter(page_id=OuterRef("suggested_id"))
    rows = (
        findable_suggestions(page_id=page.pk)
        .annotate(
            title=Subquery(documents.values("title")[:1]),
            summary=Subquery(documents.values("summary")[:1]),
            position=Window(RowNumber(), partition_by=F("kind"), order_by=F("rank").asc()),
        )
        .filter(position__lte=at_most)
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
