"""PostgreSQL full text search.

Migration 0002 adds generated ``tsvector`` columns to ``search_searchdocument``, built
from the analysed terms (title weight A, summary B, body D), and GIN indexes on them and
on the filter tokens. The Italian analysis (accents folded, stopwords dropped, light
stemming) is done by ``search.analysis`` before PostgreSQL sees the text, so the
columns use the ``simple`` configuration: PostgreSQL's own ``italian`` (Snowball)
configuration would split "anziano" from "anziani" (see ``search.analysis``).

Ranking does not score every match. The newest ``RANK_WINDOW`` title matches and the
newest ``RANK_WINDOW`` matches come from the indexes without reading any vector; only
they are scored with ``ts_rank``. Below that many matches, which is what readers'
queries almost always give, the order is exactly title-first then ``ts_rank``; above
it, the pages scored are the newest ones. Counting stops at the limit the service asks
for, and facets can be counted on a sample (see ``SearchService``).

Vectors are read row by row (walking the newest matches, the facet sample, checking a
phrase, ``ts_rank``) from ``search_searchvectorrow``, a short copy of each document
kept in step by a trigger (``VECTOR_ROWS``, migration 0007), not from the documents,
where they live out of line.
"""

from __future__ import annotations

import contextlib
import json
import threading
from collections import Counter

from django.db import connection, transaction

from .base import Filters, SearchBackend, facet_token

RANK_WINDOW = 500
# Counting a phrase checks it on the vectors of the newest rows holding its words, up to
# PHRASE_CHECKED + 1 of them: the count is exact when no more rows hold them; otherwise,
# with at least PHRASE_MIN_BOUND matches found, the total is "more than" a round number
# below the matches found (fewer: counted exactly, whatever it costs).
PHRASE_CHECKED = 1_000
PHRASE_MIN_BOUND = 100

COLUMNS = [
    """
    ALTER TABLE search_searchdocument ADD COLUMN search_vector tsvector
    GENERATED ALWAYS AS (
        setweight(to_tsvector('simple'::regconfig, title_terms), 'A')
        || setweight(to_tsvector('simple'::regconfig, summary_terms), 'B')
        || setweight(to_tsvector('simple'::regconfig, body_terms), 'D')
    ) STORED
    """,
    """
    ALTER TABLE search_searchdocument ADD COLUMN title_vector tsvector
    GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, title_terms)) STORED
    """,
    """
    ALTER TABLE search_searchdocument ADD COLUMN autocomplete_vector tsvector
    GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, title_words)) STORED
    """,
]
VECTOR_INDEXES = [
    "CREATE INDEX search_document_vector ON search_searchdocument USING gin (search_vector)",
    """CREATE INDEX search_document_autocomplete ON search_searchdocument
       USING gin (autocomplete_vector)""",
]
# Migration 0002's index of the filter tokens, replaced by FACET_TOKENS_INDEX (0007).
JSONB_FACETS_INDEX = (
    "CREATE INDEX search_document_facets ON search_searchdocument USING gin (facets)"
)
INDEXES = [*VECTOR_INDEXES, JSONB_FACETS_INDEX]
# Title matches found through the index rather than by walking the table newest first
# and reading every row's title vector (the whole table when few titles match). page_id
# is a GIN key too (btree_gin, in PostgreSQL's contrib; migration search/0006), so the
# index itself also answers "and newer than": docs/deploy.md.
TITLE_INDEX = """CREATE INDEX search_document_title ON search_searchdocument
   USING gin (title_vector, page_id)"""
# Filter tokens as a text array (migration 0007): GIN answers "holds one of these" on
# an array exactly, where the jsonb index of migration 0002 (search_document_facets,
# dropped) asked PostgreSQL to check every row it found again, the search vector
# included, read out of line (1,322 rows, 10 ms, for "anziani" among the services of
# one topic; 3.5 ms without). Filter tokens are strings, so "holds one of" is the same
# question as jsonb's ?|.
FACET_TOKENS_FUNCTION = """
    CREATE FUNCTION search_facet_tokens(jsonb) RETURNS text[]
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT array(SELECT jsonb_array_elements_text($1)) $$
"""
FACET_TOKENS_INDEX = """CREATE INDEX search_document_facet_tokens ON search_searchdocument
   USING gin (search_facet_tokens(facets))"""
REBUILT_INDEXES = [*VECTOR_INDEXES, FACET_TOKENS_INDEX, TITLE_INDEX]
DROP_INDEXES = [
    "DROP INDEX IF EXISTS search_document_facet_tokens",
    "DROP INDEX IF EXISTS search_document_title",
    "DROP INDEX IF EXISTS search_document_vector",
    "DROP INDEX IF EXISTS search_document_autocomplete",
    "DROP INDEX IF EXISTS search_document_facets",
]
ADD_COLUMNS = [*COLUMNS, *INDEXES]
DROP_COLUMNS = [
    "DROP INDEX IF EXISTS search_document_facets",
    "ALTER TABLE search_searchdocument DROP COLUMN IF EXISTS autocomplete_vector",
    "ALTER TABLE search_searchdocument DROP COLUMN IF EXISTS title_vector",
    "ALTER TABLE search_searchdocument DROP COLUMN IF EXISTS search_vector",
]


# Short heap rows (migration 0004). Searches walk the table newest first or visit every
# row the index finds, reading only the page id, language, filter tokens and title
# vector; the rest (summary, terms, body, the full vector) only matters for the few rows
# ranked or shown. Rows are moved out of line past 128 bytes instead of 2 kB, except
# the columns searches read on every row visited.
NARROW_ROWS = [
    "ALTER TABLE search_searchdocument SET (toast_tuple_target = 128)",
    """ALTER TABLE search_searchdocument
       ALTER COLUMN facets SET STORAGE MAIN,
       ALTER COLUMN title SET STORAGE MAIN,
       ALTER COLUMN title_vector SET STORAGE MAIN,
       ALTER COLUMN autocomplete_vector SET STORAGE MAIN""",
]
WIDE_ROWS = [
    "ALTER TABLE search_searchdocument RESET (toast_tuple_target)",
    """ALTER TABLE search_searchdocument
       ALTER COLUMN facets SET STORAGE EXTENDED,
       ALTER COLUMN title SET STORAGE EXTENDED,
       ALTER COLUMN title_vector SET STORAGE EXTENDED,
       ALTER COLUMN autocomplete_vector SET STORAGE EXTENDED""",
]


# The short rows searches read one by one (search.models.SearchVectorRow, migration
# 0007): the vectors of search_searchdocument live out of line, where each row read
# costs a TOAST index lookup and two or three chunks (17 ms for the 2,500 rows passed
# over to find the newest 2,000 matches of a common word, 4.6 ms here). Vectors stay in
# the row (STORAGE MAIN; they do not compress, so each takes its ~4 kB) unless a row would
# not fit in a page. A trigger writes them from the documents, so any write to the
# documents (indexing, a cascade from a deleted page, an UPDATE by hand) reaches them.
VECTOR_TABLE = "search_searchvectorrow"
ROW_TRIGGER = "search_vector_row_write"
VECTOR_ROWS = [
    f"ALTER TABLE {VECTOR_TABLE} ADD COLUMN title_vector tsvector, "
    "ADD COLUMN search_vector tsvector",
    f"""ALTER TABLE {VECTOR_TABLE}
       ALTER COLUMN facets SET STORAGE MAIN,
       ALTER COLUMN title_vector SET STORAGE MAIN,
       ALTER COLUMN search_vector SET STORAGE MAIN""",
    f"""
    CREATE FUNCTION search_vector_row_write() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND OLD.page_id <> NEW.page_id) THEN
            DELETE FROM {VECTOR_TABLE} WHERE page_id = OLD.page_id;
        END IF;
        IF TG_OP <> 'DELETE' THEN
            INSERT INTO {VECTOR_TABLE} (page_id, language, facets, title_vector, search_vector)
            VALUES (NEW.page_id, NEW.language, NEW.facets, NEW.title_vector, NEW.search_vector)
            ON CONFLICT (page_id) DO UPDATE SET language = EXCLUDED.language,
                facets = EXCLUDED.facets, title_vector = EXCLUDED.title_vector,
                search_vector = EXCLUDED.search_vector;
        END IF;
        RETURN NULL;
    END
    $$""",
    f"""
    CREATE FUNCTION search_vector_row_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        -- Not TRUNCATE, which fails when the same statement truncates both tables (as
        -- Django's flush does); the rebuild truncates both, leaving nothing to delete.
        DELETE FROM {VECTOR_TABLE};
        RETURN NULL;
    END
    $$""",
    """CREATE TRIGGER search_vector_row_write
       AFTER INSERT OR UPDATE OR DELETE ON search_searchdocument
       FOR EACH ROW EXECUTE FUNCTION search_vector_row_write()""",
    """CREATE TRIGGER search_vector_row_truncate
       AFTER TRUNCATE ON search_searchdocument
       FOR EACH STATEMENT EXECUTE FUNCTION search_vector_row_truncate()""",
]
# After a rebuild's COPY (row trigger disabled meanwhile): all rows at once, in page id
# order, so walking the table newest first reads neighbouring pages.
FILL_VECTOR_ROWS = f"""
    INSERT INTO {VECTOR_TABLE} (page_id, language, facets, title_vector, search_vector)
    SELECT page_id, language, facets, title_vector, search_vector
    FROM search_searchdocument ORDER BY page_id
"""
DROP_VECTOR_ROWS = [
    "DROP TRIGGER IF EXISTS search_vector_row_write ON search_searchdocument",
    "DROP TRIGGER IF EXISTS search_vector_row_truncate ON search_searchdocument",
    "DROP FUNCTION IF EXISTS search_vector_row_write()",
    "DROP FUNCTION IF EXISTS search_vector_row_truncate()",
]


def copy_documents(documents: list) -> None:
    """Insert new documents with ``COPY``: what a rebuild writes, without Django building
    an ``INSERT`` of every value (a quarter of the writing process's time)."""
    if not documents:
        return
    fields = documents[0]._meta.concrete_fields
    columns = ", ".join(connection.ops.quote_name(field.column) for field in fields)
    statement = f"COPY search_searchdocument ({columns}) FROM STDIN"  # noqa: S608 - model columns
    with connection.cursor() as cursor, cursor.cursor.copy(statement) as copy:
        for document in documents:
            copy.write_row([_copy_value(document, field) for field in fields])


def _copy_value(document, field):
    value = getattr(document, field.attname)
    # COPY's text format takes JSON as its text; a list would go as a PostgreSQL array.
    return json.dumps(value) if field.get_internal_type() == "JSONField" else value


def tsquery(query) -> tuple[str, list[str]]:
    """The query's clauses AND-ed; each clause goes in as a parameter of
    ``phraseto_tsquery`` so nothing the reader typed is tsquery syntax."""
    sql = " && ".join("phraseto_tsquery('simple', %s)" for _clause in query.clauses)
    return f"({sql})", [" ".join(clause) for clause in query.clauses]


def round_below(number: int) -> int:
    """A round number below ``number`` (2 or more): 1,234 → 1,000; 200 → 100."""
    step = 10 ** (len(str(number - 1)) - 1)
    return (number - 1) // step * step


def words_tsquery(query) -> tuple[str, list[str]]:
    """Every word of every clause AND-ed, phrases ignored: what the GIN index answers
    exactly, without reading a single vector."""
    return "plainto_tsquery('simple', %s)", [" ".join(query.terms)]


def has_phrase(query) -> bool:
    return any(len(clause) > 1 for clause in query.clauses)


def where(
    query, filters: Filters, *, vector: str = "search_vector", ts=None, short_rows: bool = False
) -> tuple[str, list]:
    """The conditions of a match: language, ``vector`` against the query (or ``ts``, a
    tsquery's SQL and parameters), filters. ``d`` is a document, or with ``short_rows``
    a row of ``search_searchvectorrow`` (whose filter tokens have no index)."""
    ts_sql, ts_params = ts or tsquery(query)
    conditions = ["d.language = %s", f"d.{vector} @@ {ts_sql}"]
    params: list = [query.language, *ts_params]
    holds = "d.facets ?| %s" if short_rows else "search_facet_tokens(d.facets) && %s::text[]"
    for name, values in sorted(filters.items()):
        if values:
            conditions.append(holds)
            params.append([facet_token(name, value) for value in values])
    return " AND ".join(conditions), params


# Finding the newest matches: up to this many (counted in the same search), collect them
# all from the GIN index and sort them; above it, walk the table newest first.
NEWEST_FROM_INDEX = 10_000


def newest_matches(
    query, filters: Filters, columns: str, *, matches: int | None = None
) -> tuple[str, list]:
    """A query of ``columns`` (of ``d``, a row of ``search_searchvectorrow``: page id,
    language, facets, vectors) of the matches, newest first, to be limited by the caller.

    Without a phrase, walking the short rows newest first checks each row's vector in
    the row: cheap when most rows match, costly when few do (the walk passes over many
    rows for each match). With ``matches`` known and at most ``NEWEST_FROM_INDEX``, the
    matches come from the GIN index of the documents (no vector read) and are sorted
    instead: ``page_id + 0`` keeps the planner off the walk.

    GIN stores no word positions, so a phrase can only be checked on a row's vector.
    For a phrase, the index first finds the rows holding all its words, they are sorted
    newest first (reading no vector), and only then is the phrase checked on their
    short rows, one by one, until the caller's limit is reached: the same rows, in the
    same order, as walking the table and checking the phrase on each.
    """
    if not has_phrase(query):
        if matches is not None and matches <= NEWEST_FROM_INDEX:
            condition, params = where(query, filters)
            return (
                f"SELECT {columns} FROM search_searchdocument d WHERE {condition} "
                "ORDER BY d.page_id + 0 DESC",
                params,
            )
        condition, params = where(query, filters, short_rows=True)
        return (
            f"SELECT {columns} FROM {VECTOR_TABLE} d WHERE {condition} ORDER BY d.page_id DESC",
            params,
        )
    condition, params = where(query, filters, ts=words_tsquery(query))
    ts_sql, ts_params = tsquery(query)
    # OFFSET 0 keeps the planner from merging the two levels (and checking the phrase
    # while walking the table); the nested loop keeps the candidates' order.
    return (
        f"SELECT {columns} FROM (SELECT d.page_id FROM search_searchdocument d "
        f"WHERE {condition} ORDER BY d.page_id DESC OFFSET 0) c "
        f"CROSS JOIN LATERAL (SELECT * FROM {VECTOR_TABLE} d WHERE d.page_id = c.page_id "
        f"AND d.search_vector @@ {ts_sql}) d ORDER BY c.page_id DESC",
        [*params, *ts_params],
    )


def _key(query, filters: Filters) -> tuple:
    return (
        query.language,
        query.clauses,
        tuple(sorted((name, tuple(values)) for name, values in filters.items())),
    )


class PostgresSearchBackend(SearchBackend):
    name = "postgres"

    def __init__(self):
        # Backends are shared (search.backends.get_search_backend); sessions are per thread.
        self._state = threading.local()

    @contextlib.contextmanager
    def session(self):
        # The GIN index answers "which rows match" without reading their vectors; a
        # sequential scan reads every vector from out-of-line storage (~1 s at 100,000
        # pages for a common word). The planner picks the scan for common words, so
        # search statements run with it discouraged: one transaction (or savepoint) and
        # one SET LOCAL for all the statements of a search, not one per statement.
        if getattr(self._state, "depth", 0):
            yield
            return
        # Inside a caller's transaction this is a savepoint, whose release would keep the
        # setting for the rest of the caller's transaction: it is put back at the end.
        nested = connection.in_atomic_block
        with transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL enable_seqscan = off")
            self._state.depth = 1
            self._state.counted = {}
            self._state.newest = {}
            try:
                yield
            finally:
                self._state.depth = 0
                self._state.counted = {}
                self._state.newest = {}
            if nested:
                with connection.cursor() as cursor:
                    cursor.execute("SET LOCAL enable_seqscan TO DEFAULT")

    def _known_matches(self, query, filters) -> int | None:
        """The exact number of matches when this session has counted them already."""
        return getattr(self._state, "counted", {}).get(_key(query, filters))

    def _rows(self, sql, params):
        with self.session(), connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()

    def search(self, query, filters, *, offset, limit):
        ts_sql, ts_params = tsquery(query)
        window = max(RANK_WINDOW, offset + limit)
        # Candidates: the newest title matches and the newest matches (page ids grow with
        # time), each found through the indexes without scoring; only they are ranked.
        # Title matches come from the title index (search_document_title): a title that
        # holds the query means the document does (the title comes first in
        # search_vector), so no full vector is read for them.
        title_condition, title_params = where(query, filters, vector="title_vector")
        known = getattr(self._state, "newest", {}).get(_key(query, filters))
        if known is not None and window <= RANK_WINDOW:
            # The phrase count of this search has found the newest matches already.
            newest_sql, newest_params = "SELECT unnest(%s::integer[])", [known]
        else:
            newest_sql, newest_params = newest_matches(
                query, filters, "d.page_id", matches=self._known_matches(query, filters)
            )
        rows = self._rows(
            f"""
            WITH candidates AS (
                (SELECT d.page_id FROM search_searchdocument d
                 WHERE {title_condition}
                 ORDER BY d.page_id DESC LIMIT %s)
                UNION
                ({newest_sql} LIMIT %s)
            )
            SELECT d.page_id FROM {VECTOR_TABLE} d JOIN candidates USING (page_id)
            ORDER BY d.title_vector @@ {ts_sql} DESC, ts_rank(d.search_vector, {ts_sql}) DESC,
                     d.page_id
            LIMIT %s OFFSET %s
            """,
            [
                *title_params,
                window,
                *newest_params,
                window,
                *ts_params,
                *ts_params,
                limit,
                offset,
            ],
        )
        return [row[0] for row in rows]

    def count(self, query, filters, *, limit=None):
        condition, params = where(query, filters)
        if limit is None:
            rows = self._rows(
                f"SELECT count(*) FROM search_searchdocument d WHERE {condition}", params
            )
        else:
            # Past ``limit`` the exact number costs a pass over every match; stop there.
            rows = self._rows(
                f"SELECT count(*) FROM (SELECT 1 FROM search_searchdocument d "
                f"WHERE {condition} LIMIT %s) AS bounded",
                [*params, limit + 1],
            )
        return rows[0][0]

    def count_up_to(self, query, filters, *, limit):
        total, exact = self._count_up_to(query, filters, limit=limit)
        if exact and getattr(self._state, "depth", 0):
            self._state.counted[_key(query, filters)] = total
        return total, exact

    def _count_up_to(self, query, filters, *, limit):
        # An exact phrase count checks the phrase on every row holding its words (tens
        # of thousands of vectors read out of line for a common phrase at 100,000 pages).
        if not has_phrase(query):
            return super().count_up_to(query, filters, limit=limit)
        condition, params = where(query, filters, ts=words_tsquery(query))
        ts_sql, ts_params = tsquery(query)
        # The newest phrase matches found on the way are kept for the ranking window of
        # the same search (see search()), which would otherwise check them again.
        rows = self._rows(
            f"""
            SELECT count(*), count(*) FILTER (WHERE m.matched),
                   (array_agg(m.page_id ORDER BY m.page_id DESC) FILTER (WHERE m.matched))[1:%s]
            FROM (
                -- The phrase is checked above the LIMIT: on the newest rows only, read
                -- from their short rows.
                SELECT c.page_id, r.search_vector @@ {ts_sql} AS matched FROM (
                    SELECT d.page_id FROM (
                        SELECT d.page_id FROM search_searchdocument d
                        WHERE {condition} OFFSET 0
                    ) d ORDER BY d.page_id DESC LIMIT %s
                ) c JOIN {VECTOR_TABLE} r USING (page_id)
            ) m
            """,
            [RANK_WINDOW, *ts_params, *params, PHRASE_CHECKED + 1],
        )
        candidates, matches, newest = rows[0]
        if getattr(self._state, "depth", 0) and (
            candidates <= PHRASE_CHECKED or matches >= PHRASE_MIN_BOUND
        ):
            # Every phrase match, the RANK_WINDOW newest ones, or (a phrase whose words
            # are common and which is rarer) those among the newest rows checked: the
            # ranking window then holds fewer pages than RANK_WINDOW, all recent.
            self._state.newest[_key(query, filters)] = newest or []
        if candidates <= PHRASE_CHECKED:
            return min(matches, limit), matches <= limit
        if matches < PHRASE_MIN_BOUND:
            return super().count_up_to(query, filters, limit=limit)
        return min(round_below(matches), limit), False

    def facet_counts(self, query, filters, *, sample=None):
        if sample:
            hits_sql, params = newest_matches(
                query, filters, "d.facets", matches=self._known_matches(query, filters)
            )
            hits_sql, params = f"{hits_sql} LIMIT %s", [*params, sample]
        else:
            condition, params = where(query, filters)
            hits_sql = f"SELECT d.facets FROM search_searchdocument d WHERE {condition}"
        rows = self._rows(
            f"""
            SELECT facet, count(*)
            FROM ({hits_sql}) AS hit, jsonb_array_elements_text(hit.facets) AS facet
            GROUP BY facet
            """,
            params,
        )
        return Counter(dict(rows))

    def rebuild(self, populate):
        # TRUNCATE leaves no dead rows behind, and fresh statistics let the planner see
        # the new table as it is (with DELETE and none, it misjudged every query).
        # Building the GIN indexes once at the end is much faster than updating them
        # row by row. TRUNCATE locks the table until the rebuild commits: searches wait
        # for it (docs/search.md, "Known limits").
        with connection.cursor() as cursor:
            # Deferred foreign-key checks from earlier writes in this transaction would
            # block TRUNCATE (and ALTER TABLE): run them now.
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            cursor.execute(f"TRUNCATE search_searchdocument, {VECTOR_TABLE}")
            # The short rows are written in one statement after the COPY, in page id
            # order, rather than row by row by the trigger.
            cursor.execute(f"ALTER TABLE search_searchdocument DISABLE TRIGGER {ROW_TRIGGER}")
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")
            for statement in DROP_INDEXES:
                cursor.execute(statement)
        for _batch in populate():
            pass
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # as above, for ALTER and CREATE
            cursor.execute(FILL_VECTOR_ROWS)
            cursor.execute(f"ALTER TABLE search_searchdocument ENABLE TRIGGER {ROW_TRIGGER}")
            # GIN builds flush their sorted entries whenever this fills (default 64 MB).
            cursor.execute("SET LOCAL maintenance_work_mem = '256MB'")
            for statement in REBUILT_INDEXES:
                cursor.execute(statement)
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")
            cursor.execute("ANALYZE search_searchdocument")
            cursor.execute(f"ANALYZE {VECTOR_TABLE}")

    def autocomplete(self, words, prefix, language, *, limit):
        # Words are folded letters and digits only (search.analysis.words), so quoting
        # them makes a valid tsquery; the prefix is matched with ":*".
        parts = [f"'{word}'" for word in words] + [f"'{prefix}':*"]
        rows = self._rows(
            """
            SELECT page_id FROM search_searchdocument
            WHERE language = %s AND autocomplete_vector @@ to_tsquery('simple', %s)
            ORDER BY ts_rank(autocomplete_vector, to_tsquery('simple', %s)) DESC,
                     length(title), page_id
            LIMIT %s
            """,
            [language, " & ".join(parts), " & ".join(parts), limit],
        )
        return [row[0] for row in rows]
