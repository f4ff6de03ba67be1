"""What every search backend does for the SearchService.

Backends receive a parsed query (``search.query.ParsedQuery``: clauses of analysed
terms, never raw reader input) and filters as ``{name: (code, ...)}``: values of one
name are OR-ed, names are AND-ed. Every backend matches all clauses (AND), ranks pages
whose title holds every clause above the others, then by relevance, and breaks ties by
page id so results are stable.
"""

from __future__ import annotations

import contextlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence

from ..query import ParsedQuery

Filters = Mapping[str, Sequence[str]]


class SearchBackend:
    name = "base"

    def session(self):
        """A context in which to run one search's statements (count, facets, ranking):
        a backend that needs settings of its own for them sets them once here."""
        return contextlib.nullcontext()

    def search(self, query: ParsedQuery, filters: Filters, *, offset: int, limit: int) -> list[int]:
        """Ids of the pages ranked ``offset`` to ``offset + limit``."""
        raise NotImplementedError

    def count(self, query: ParsedQuery, filters: Filters, *, limit: int | None = None) -> int:
        """The number of matches; a backend for which exact counts are costly may stop
        past ``limit`` and return ``limit + 1``."""
        raise NotImplementedError

    def count_up_to(self, query: ParsedQuery, filters: Filters, *, limit: int) -> tuple[int, bool]:
        """``(number, exact)``: the number of matches when ``exact``; otherwise a number
        the matches exceed (past ``limit``, or where an exact count would cost too much)."""
        total = self.count(query, filters, limit=limit)
        return (total, True) if total <= limit else (limit, False)

    def facet_counts(
        self, query: ParsedQuery, filters: Filters, *, sample: int | None = None
    ) -> Counter:
        """How many matching pages carry each ``name:code`` token; with ``sample``, among
        the newest ``sample`` matches only. The ``type:`` tokens add up to the number of
        pages counted (every document has exactly one)."""
        raise NotImplementedError

    def autocomplete(
        self, words: Sequence[str], prefix: str, language: str, *, limit: int
    ) -> list[int]:
        """Ids of pages whose title has all ``words`` and a word starting with ``prefix``."""
        raise NotImplementedError

    # Index maintenance. The database backends derive their index inside the database
    # (triggers, generated columns), so these only matter to external engines.
    def documents_saved(self, documents: Iterable) -> None:
        return None

    def documents_removed(self, page_ids: Iterable[int]) -> None:
        return None

    def rebuild(self, populate: Callable[[], Iterator[list]]) -> None:
        """Empty the index and refill it; ``populate`` writes ``SearchDocument`` rows in
        batches and yields each batch."""
        from django.db import connection

        # A plain DELETE: per-row signals would only update a dictionary being rebuilt.
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM search_searchdocument")
        for _batch in populate():
            pass


def facet_token(name: str, code: str) -> str:
    return f"{name}:{code}"
