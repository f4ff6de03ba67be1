"""SQLite FTS5: the embedded default.

The FTS5 table ``search_fts`` is an external-content index over
``search_searchdocument`` (rowid = page id), kept in step by triggers; it stores no
text of its own. Its columns hold the analysed terms written by ``search.indexing``,
the title's plain words for autocomplete, and the filter tokens, so a search with
filters is a single FTS5 ``MATCH``.

Ranking is one non-correlated query: FTS5 scores each match once with ``bm25()`` (title
terms weigh 10, summary 4, body 1) and keeps the best ``LIMIT`` rows; the pages whose
title matches every clause come first, found by one more ``MATCH`` on the title column
that SQLite runs once.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Sequence

from django.db import connection

from ..query import ParsedQuery
from .base import Filters, SearchBackend, facet_token

TEXT_COLUMNS = "{title_terms summary_terms body_terms}"
# Weights in column order: title_terms, summary_terms, body_terms, title_words, facets.
BM25 = "bm25(search_fts, 10.0, 4.0, 1.0, 0.0, 0.0)"

CREATE_FTS = """
CREATE VIRTUAL TABLE search_fts USING fts5(
    title_terms, summary_terms, body_terms, title_words, facets,
    content='search_searchdocument', content_rowid='page_id',
    tokenize="unicode61 remove_diacritics 2 tokenchars ':-'",
    prefix='2 3'
)
"""
COLUMNS = "title_terms, summary_terms, body_terms, title_words, facets"
CREATE_TRIGGERS = [
    f"""
    CREATE TRIGGER search_fts_insert AFTER INSERT ON search_searchdocument BEGIN
        INSERT INTO search_fts(rowid, {COLUMNS})
        VALUES (new.page_id, new.title_terms, new.summary_terms, new.body_terms,
                new.title_words, new.facets);
    END
    """,
    f"""
    CREATE TRIGGER search_fts_delete AFTER DELETE ON search_searchdocument BEGIN
        INSERT INTO search_fts(search_fts, rowid, {COLUMNS})
        VALUES ('delete', old.page_id, old.title_terms, old.summary_terms, old.body_terms,
                old.title_words, old.facets);
    END
    """,
    f"""
    CREATE TRIGGER search_fts_update AFTER UPDATE ON search_searchdocument BEGIN
        INSERT INTO search_fts(search_fts, rowid, {COLUMNS})
        VALUES ('delete', old.page_id, old.title_terms, old.summary_terms, old.body_terms,
                old.title_words, old.facets);
        INSERT INTO search_fts(rowid, {COLUMNS})
        VALUES (new.page_id, new.title_terms, new.summary_terms, new.body_terms,
                new.title_words, new.facets);
    END
    """,
]
DROP_TRIGGERS = [
    "DROP TRIGGER IF EXISTS search_fts_insert",
    "DROP TRIGGER IF EXISTS search_fts_delete",
    "DROP TRIGGER IF EXISTS search_fts_update",
]


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

    def search(self, query, filters, *, offset, limit):
        rows = self._rows(
            f"""
            SELECT rowid FROM search_fts WHERE search_fts MATCH %s
            ORDER BY rowid IN (SELECT rowid FROM search_fts WHERE search_fts MATCH %s) DESC,
                     {BM25}, rowid
            LIMIT %s OFFSET %s
            """,
            [
                match_expression(query, filters),
                match_expression(query, filters, columns="{title_terms}"),
                limit,
                offset,
            ],
        )
        return [row[0] for row in rows]

    def count(self, query, filters):
        rows = self._rows(
            "SELECT count(*) FROM search_fts WHERE search_fts MATCH %s",
            [match_expression(query, filters)],
        )
        return rows[0][0]

    def facet_counts(self, query, filters):
        rows = self._rows(
            """
            SELECT facet.value, count(*)
            FROM search_fts
            JOIN search_searchdocument document ON document.page_id = search_fts.rowid,
                 json_each(document.facets) AS facet
            WHERE search_fts MATCH %s
            GROUP BY facet.value
            """,
            [match_expression(query, filters)],
        )
        return Counter(dict(rows))

    def autocomplete(self, words, prefix, language, *, limit):
        parts = [quote(word) for word in words]
        parts.append(quote(prefix) + " *")
        expression = f"{{title_words}} : ({' AND '.join(parts)}) AND " + filter_expression(
            language, {}
        )
        rows = self._rows(
            f"SELECT rowid FROM search_fts WHERE search_fts MATCH %s ORDER BY {BM25}, rowid "
            "LIMIT %s",
            [expression, limit],
        )
        return [row[0] for row in rows]

    def similar(self, terms, topics, *, language, kind, limit):
        scope = filter_expression(language, {"type": [kind]})
        found: list[int] = []
        searches = []
        if terms:
            any_term = " OR ".join(quote(term) for term in terms)
            searches.append((f"{{title_terms summary_terms}} : ({any_term}) AND {scope}", BM25))
        if topics:
            any_topic = " OR ".join(quote(token) for token in topics)
            searches.append(
                (f"facets : ({any_topic}) AND {scope}", "bm25(search_fts, 0, 0, 0, 0, 1.0)")
            )
        for expression, ranking in searches:
            rows = self._rows(
                "SELECT rowid FROM search_fts WHERE search_fts MATCH %s "
                f"ORDER BY {ranking}, rowid LIMIT %s",
                [expression, limit],
            )
            found += [row[0] for row in rows if row[0] not in found]
        return found

    def rebuild(self, populate: Callable[[], Iterator[list]]) -> None:
        # Without the triggers, bulk inserts skip a second write per row; FTS5 then
        # reads the whole content table once.
        with connection.cursor() as cursor:
            for statement in DROP_TRIGGERS:
                cursor.execute(statement)
            cursor.execute("DELETE FROM search_searchdocument")
            for _batch in populate():
                pass
            cursor.execute("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")
            for statement in CREATE_TRIGGERS:
                cursor.execute(statement)
