"""SQLite FTS5: the embedded default.

The FTS5 table ``search_fts`` is an external-content index over
``search_searchdocument`` (rowid = page id), kept in step by triggers; it stores no
text of its own. Its columns hold the analysed terms written by ``search.indexing``
and the filter tokens, so a search with filters is a single FTS5 ``MATCH``. A second,
small one, ``search_autocomplete``, indexes the title's plain words and the language
with prefix indexes, for autocomplete.

Ranking is one non-correlated query: FTS5 scores each match once with ``bm25()`` (title
terms weigh 10, summary 4, body 1) and keeps the best ``LIMIT`` rows; the pages whose
title matches every clause come first, found by one more ``MATCH`` on the title column
that SQLite runs once. Scoring is what costs, so a query matching more than
``RANK_WINDOW`` pages scores only its newest ``RANK_WINDOW`` matches and its newest
``RANK_WINDOW`` title matches (found by walking the doclists backwards, page ids grow
with time): exact below that, title matches first then the newest above, as on
PostgreSQL. A word in most of 100,000 pages then takes ~15 ms instead of ~250 ms.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Sequence

from django.db import connection

from ..query import ParsedQuery
from .base import Filters, SearchBackend, facet_token

TEXT_COLUMNS = "{title_terms summary_terms body_terms}"
# Above this many matches, only the newest ones are ranked (see the module docstring).
RANK_WINDOW = 500
# Weights in column order: title_terms, summary_terms, body_terms, facets.
BM25 = "bm25(search_fts, 10.0, 4.0, 1.0, 0.0)"

# The full-text index has no prefix indexes: only autocomplete looks words up by their
# beginning, and only in titles, so the prefixes live in a small table of their own
# (prefix indexes over every body term made the main index half as big again and
# slower to build).
CREATE_FTS = """
CREATE VIRTUAL TABLE search_fts USING fts5(
    title_terms, summary_terms, body_terms, facets,
    content='search_searchdocument', content_rowid='page_id',
    tokenize="unicode61 remove_diacritics 2 tokenchars ':-'"
)
"""
CREATE_AUTOCOMPLETE = """
CREATE VIRTUAL TABLE search_autocomplete USING fts5(
    title_words, language,
    content='search_searchdocument', content_rowid='page_id',
    tokenize="unicode61 remove_diacritics 2",
    prefix='2 3'
)
"""
AUTOCOMPLETE_BM25 = "bm25(search_autocomplete, 1.0, 0.0)"
TABLES = {
    "search_fts": "title_terms, summary_terms, body_terms, facets",
    "search_autocomplete": "title_words, language",
}


def _trigger_statements(table: str, columns: str, row: str) -> tuple[str, str]:
    values = ", ".join(f"{row}.{column.strip()}" for column in columns.split(","))
    delete = (
        f"INSERT INTO {table}({table}, rowid, {columns}) "
        f"VALUES ('delete', {row}.page_id, {values});"
    )
    insert = f"INSERT INTO {table}(rowid, {columns}) VALUES ({row}.page_id, {values});"
    return delete, insert


def _trigger(name: str, event: str, body: list[str]) -> str:
    statements = "\n        ".join(body)
    return (
        f"CREATE TRIGGER {name} AFTER {event} ON search_searchdocument BEGIN\n"
        f"        {statements}\n    END"
    )


CREATE_TRIGGERS = [
    _trigger(
        "search_fts_insert",
        "INSERT",
        [_trigger_statements(table, columns, "new")[1] for table, columns in TABLES.items()],
    ),
    _trigger(
        "search_fts_delete",
        "DELETE",
        [_trigger_statements(table, columns, "old")[0] for table, columns in TABLES.items()],
    ),
    _trigger(
        "search_fts_update",
        "UPDATE",
        [
            statement
            for table, columns in TABLES.items()
            for statement in (
                _trigger_statements(table, columns, "old")[0],
                _trigger_statements(table, columns, "new")[1],
            )
        ],
    ),
]
DROP_TRIGGERS = [
    "DROP TRIGGER IF EXISTS search_fts_insert",
    "DROP TRIGGER IF EXISTS search_fts_delete",
    "DROP TRIGGER IF EXISTS search_fts_update",
]
# Migration search/0006: from one table with prefixes on every column to these two.
CREATE_INDEX = [CREATE_FTS, CREATE_AUTOCOMPLETE, *CREATE_TRIGGERS]
DROP_INDEX = [
    *DROP_TRIGGERS,
    "DROP TABLE IF EXISTS search_fts",
    "DROP TABLE IF EXISTS search_autocomplete",
]
REBUILD = [f"INSERT INTO {table}({table}) VALUES ('rebuild')" for table in TABLES]


def quote(text: str) -> str:
    """An FTS5 string: whatever it holds is text to tokenize, never syntax."""
    return '"' + text.replace('"', '""') + '"'


def filter_expression(language: str, filters: Filters) -> str:
    parts = [f"facets : {quote(facet_token('lang', language))}"]
    for name, values in sorted(filters.items()):
        if values:
            tokens = " OR ".join(quote(facet_token(name, value)) for value in values)
            parts.append(f"facets : ({tokens})")
    return " AND ".join(parts)


def match_expression(query: ParsedQuery, filters: Filters, columns: str = TEXT_COLUMNS) -> str:
    clauses = " AND ".join(quote(" ".join(clause)) for clause in query.clauses)
    return f"{columns} : ({clauses}) AND {filter_expression(query.language, filters)}"


class SQLiteSearchBackend(SearchBackend):
    name = "sqlite"

    def _rows(self, sql: str, params: Sequence) -> list[tuple]:
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()

    def _cutoff(self, expression: str, window: int) -> int | None:
        """The rowid of the ``window``-th newest match (rowids are page ids, which grow
        with time), or None when there are fewer matches. FTS5 walks its doclist
        backwards for this, without scoring anything."""
        rows = self._rows(
            "SELECT rowid FROM search_fts WHERE search_fts MATCH %s "
            "ORDER BY rowid DESC LIMIT 1 OFFSET %s",
            [expression, window - 1],
        )
        return rows[0][0] if rows else None

    def search(self, query, filters, *, offset, limit):
        everything = match_expression(query, filters)
        in_title = match_expression(query, filters, columns="{title_terms}")
        window = max(RANK_WINDOW, offset + limit)
        cutoff = self._cutoff(everything, window)
        if cutoff is None:
            # Fewer matches than the window: rank them all.
            candidates, params = "", []
        else:
            # Rank the newest matches and the newest title matches only (see the module
            # docstring); ``rowid >=`` lets FTS5 skip the rest of each doclist.
            title_cutoff = self._cutoff(in_title, window) or 0
            candidates = (
                " AND (rowid >= %s OR rowid IN (SELECT rowid FROM search_fts "
                "WHERE search_fts MATCH %s AND rowid >= %s))"
            )
            params = [cutoff, in_title, title_cutoff]
        rows = self._rows(
            f"""
            SELECT rowid FROM search_fts WHERE search_fts MATCH %s{candidates}
            ORDER BY rowid IN (SELECT rowid FROM search_fts WHERE search_fts MATCH %s) DESC,
                     {BM25}, rowid
            LIMIT %s OFFSET %s
            """,
            [everything, *params, in_title, limit, offset],
        )
        return [row[0] for row in rows]

    def count(self, query, filters, *, limit=None):
        # Counting walks doclists without scoring: exact, and fast enough at any size.
        rows = self._rows(
            "SELECT count(*) FROM search_fts WHERE search_fts MATCH %s",
            [match_expression(query, filters)],
        )
        return rows[0][0]

    def facet_counts(self, query, filters, *, sample=None):
        matches = "SELECT rowid FROM search_fts WHERE search_fts MATCH %s"
        params: list = [match_expression(query, filters)]
        if sample:
            matches += " ORDER BY rowid DESC LIMIT %s"
            params.append(sample)
        rows = self._rows(
            f"""
            SELECT facet.value, count(*)
            FROM ({matches}) AS hit
            JOIN search_searchdocument document ON document.page_id = hit.rowid,
                 json_each(document.facets) AS facet
            GROUP BY facet.value
            """,
            params,
        )
        return Counter(dict(rows))

    def autocomplete(self, words, prefix, language, *, limit):
        parts = [quote(word) for word in words]
        parts.append(quote(prefix) + " *")
        expression = f"{{title_words}} : ({' AND '.join(parts)}) AND language : {quote(language)}"
        rows = self._rows(
            "SELECT rowid FROM search_autocomplete WHERE search_autocomplete MATCH %s "
            f"ORDER BY {AUTOCOMPLETE_BM25}, rowid LIMIT %s",
            [expression, limit],
        )
        return [row[0] for row in rows]

    def rebuild(self, populate: Callable[[], Iterator[list]]) -> None:
        # Without the triggers, bulk inserts skip a second write per row; FTS5 then
        # reads the whole content table once.
        with connection.cursor() as cursor:
            for statement in DROP_TRIGGERS:
                cursor.execute(statement)
            cursor.execute("DELETE FROM search_searchdocument")
            for _batch in populate():
                pass
            for statement in REBUILD:
                cursor.execute(statement)
            for statement in CREATE_TRIGGERS:
                cursor.execute(statement)
            # Statistics for the planner's joins on the new rows (facet counts).
            cursor.execute("ANALYZE search_searchdocument")
