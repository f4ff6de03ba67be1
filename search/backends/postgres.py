"""PostgreSQL full text search.

Migration 0002 adds generated ``tsvector`` columns to ``search_searchdocument``, built
from the analysed terms (title weight A, summary B, body D), and GIN indexes on them and
on the filter tokens. The Italian analysis (accents folded, stopwords dropped, light
stemming) is done by ``search.analysis`` before PostgreSQL sees the text, so the
columns use the ``simple`` configuration: PostgreSQL's own ``italian`` (Snowball)
configuration would split "anziano" from "anziani" (see ``search.analysis``).

Ranking does not score every match. The matching rows come from the GIN index without
reading their vectors; they are ordered by two cheap keys (does the title hold every
clause? how recent?) and only the first ``RANK_WINDOW`` of them are scored with
``ts_rank``. Below that many matches, which is what readers' queries almost always
give, the order is exactly title-first then ``ts_rank``; above it, the pages scored are
the title matches and then the most recent ones.
"""

from __future__ import annotations

from collections import Counter

from django.db import connection

from .base import Filters, SearchBackend, facet_token

RANK_WINDOW = 500

ADD_COLUMNS = [
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
    "CREATE INDEX search_document_vector ON search_searchdocument USING gin (search_vector)",
    """CREATE INDEX search_document_autocomplete ON search_searchdocument
       USING gin (autocomplete_vector)""",
    "CREATE INDEX search_document_facets ON search_searchdocument USING gin (facets)",
]
DROP_COLUMNS = [
    "DROP INDEX IF EXISTS search_document_facets",
    "ALTER TABLE search_searchdocument DROP COLUMN IF EXISTS autocomplete_vector",
    "ALTER TABLE search_searchdocument DROP COLUMN IF EXISTS title_vector",
    "ALTER TABLE search_searchdocument DROP COLUMN IF EXISTS search_vector",
]


def tsquery(query) -> tuple[str, list[str]]:
    """The query's clauses AND-ed; each clause goes in as a parameter of
    ``phraseto_tsquery`` so nothing the reader typed is tsquery syntax."""
    sql = " && ".join("phraseto_tsquery('simple', %s)" for _clause in query.clauses)
    return f"({sql})", [" ".join(clause) for clause in query.clauses]


def where(query, filters: Filters) -> tuple[str, list]:
    ts_sql, ts_params = tsquery(query)
    conditions = ["d.language = %s", f"d.search_vector @@ {ts_sql}"]
    params: list = [query.language, *ts_params]
    for name, values in sorted(filters.items()):
        if values:
            conditions.append("d.facets ?| %s")
            params.append([facet_token(name, value) for value in values])
    return " AND ".join(conditions), params


class PostgresSearchBackend(SearchBackend):
    name = "postgres"

    def _rows(self, sql, params):
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()

    def search(self, query, filters, *, offset, limit):
        condition, params = where(query, filters)
        ts_sql, ts_params = tsquery(query)
        window = max(RANK_WINDOW, offset + limit)
        rows = self._rows(
            f"""
            SELECT c.page_id FROM (
                SELECT d.page_id, d.search_vector, d.title_vector @@ {ts_sql} AS in_title
                FROM search_searchdocument d
                WHERE {condition}
                ORDER BY in_title DESC, d.date DESC NULLS LAST, d.page_id
                LIMIT %s
            ) c
            ORDER BY c.in_title DESC, ts_rank(c.search_vector, {ts_sql}) DESC, c.page_id
            LIMIT %s OFFSET %s
            """,
            [*ts_params, *params, window, *ts_params, limit, offset],
        )
        return [row[0] for row in rows]

    def count(self, query, filters):
        condition, params = where(query, filters)
        rows = self._rows(f"SELECT count(*) FROM search_searchdocument d WHERE {condition}", params)
        return rows[0][0]

    def facet_counts(self, query, filters):
        condition, params = where(query, filters)
        rows = self._rows(
            f"""
            SELECT facet, count(*)
            FROM search_searchdocument d, jsonb_array_elements_text(d.facets) AS facet
            WHERE {condition}
            GROUP BY facet
            """,
            params,
        )
        return Counter(dict(rows))

    def similar(self, terms, topics, *, language, kind, limit):
        found: list[int] = []
        scope = "d.language = %s AND d.facets ? %s"
        if terms:
            # Terms are folded letters and digits (search.analysis); ":AB" keeps the match to
            # title and summary.
            query = " | ".join(f"'{term}':AB" for term in terms)
            rows = self._rows(
                f"""
                SELECT c.page_id FROM (
                    SELECT d.page_id, d.search_vector FROM search_searchdocument d
                    WHERE {scope} AND d.search_vector @@ to_tsquery('simple', %s)
                    ORDER BY d.date DESC NULLS LAST, d.page_id LIMIT %s
                ) c
                ORDER BY ts_rank(c.search_vector, to_tsquery('simple', %s)) DESC, c.page_id
                LIMIT %s
                """,
                [language, f"type:{kind}", query, RANK_WINDOW, query, limit],
            )
            found += [row[0] for row in rows]
        if topics:
            rows = self._rows(
                f"""
                SELECT c.page_id FROM (
                    SELECT d.page_id, d.facets FROM search_searchdocument d
                    WHERE {scope} AND d.facets ?| %s
                    ORDER BY d.date DESC NULLS LAST, d.page_id LIMIT %s
                ) c
                ORDER BY (
                    SELECT count(*) FROM jsonb_array_elements_text(c.facets) AS f
                    WHERE f = ANY(%s)
                ) DESC, c.page_id
                LIMIT %s
                """,
                [language, f"type:{kind}", list(topics), RANK_WINDOW, list(topics), limit],
            )
            found += [row[0] for row in rows if row[0] not in found]
        return found

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
