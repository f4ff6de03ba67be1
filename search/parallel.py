"""Text analysis of many documents at once, in worker processes when it pays.

Rebuilding the index spends much of its time in ``search.analysis`` (folding, splitting,
stemming some 40 million words at 100,000 pages), which is pure Python and needs
nothing from Django or the database; so does turning StreamField JSON and rich text into
text (``search.extract``). So the process that rebuilds reads the pages' raw values and
writes the rows itself, and hands worker processes plain data only: a *source* per page
(a dict of the page's id, language, kind, date, facets, title, summary and its body as
``body_parts``, raw values with their schemas) goes out; the body text, the document's
analysed columns and its dictionary words come back, and the parent adds them to the
source to make the row. Workers never set Django up, never open a connection, and start
with ``spawn`` (a fresh interpreter: nothing of the parent's database connections or
threads is inherited).

``analyse_batch`` is the one function both paths run, so a document analysed in a worker
is the document analysed in-process.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator

from . import analysis, extract

MIN_DICTIONARY_WORD = 3
# Starting workers costs a fraction of a second; below this many pages it is not worth it.
MIN_PARALLEL_PAGES = 2_000


def dictionary_words(language: str, title: str, summary: str) -> set[str]:
    """Words of the title and summary for "did you mean": folded, unstemmed, no
    stopwords, no numbers, at least three letters."""
    stopwords = analysis.STOPWORDS[analysis.normalize_language(language)]
    return {
        word
        for word in analysis.words(f"{title} {summary}")
        if len(word) >= MIN_DICTIONARY_WORD and not word.isdigit() and word not in stopwords
    }


def source_body(source: dict) -> str:
    """The body text of a source: extracted from its raw ``body_parts``, or given."""
    if "body_parts" in source:
        return extract.body_text(source["body_parts"])
    return source["body"]


def analysed_columns(source: dict) -> dict:
    """The body text and the analysed columns of a source's document."""
    language = source["language"]
    body = source_body(source)
    return {
        "body": body,
        "title_words": " ".join(analysis.words(source["title"])),
        "title_terms": analysis.term_string(source["title"], language),
        "summary_terms": analysis.term_string(source["summary"], language),
        "body_terms": analysis.term_string(body, language),
    }


def row(source: dict, columns: dict) -> dict:
    """The document row: the source's plain fields and the columns made from it."""
    return {
        **{key: value for key, value in source.items() if key != "body_parts"},
        **columns,
    }


def analyse(source: dict) -> dict:
    """The document row for a source: the source's fields plus the analysed ones."""
    return row(source, analysed_columns(source))


def analyse_batch(sources: list[dict]) -> list[tuple[dict, list[str]]]:
    """Each source's body text and analysed columns and its dictionary words (sorted, so
    results compare equal). Only these travel back from a worker: not the raw values."""
    return [
        (
            analysed_columns(source),
            sorted(dictionary_words(source["language"], source["title"], source["summary"])),
        )
        for source in sources
    ]


def _rows(sources: list[dict], analysed: list[tuple[dict, list[str]]]):
    return [
        (row(source, columns), words)
        for source, (columns, words) in zip(sources, analysed, strict=True)
    ]


def default_workers() -> int:
    return os.cpu_count() or 1


class Analyser:
    """Analyses batches of sources in order, in this process or in ``workers`` processes.

    ``map`` consumes the batches in the calling thread (they usually come from database
    queries, which must stay on the caller's connection) and keeps at most ``workers + 1``
    batches in flight, so reading the next pages and writing the previous rows overlap
    with the analysis.
    """

    def __init__(self, workers: int = 1):
        self.workers = max(1, workers)
        self._pool = None

    @property
    def parallel(self) -> bool:
        return self.workers > 1

    def __enter__(self) -> Analyser:
        if self.parallel:
            context = multiprocessing.get_context("spawn")
            self._pool = context.Pool(self.workers)
        return self

    def __exit__(self, *exc_info) -> None:
        if self._pool is not None:
            if exc_info[0] is None:
                self._pool.close()
            else:
                self._pool.terminate()
            self._pool.join()
            self._pool = None

    def map(self, batches: Iterable[list[dict]]) -> Iterator[list[tuple[dict, list[str]]]]:
        """Each batch's ``(row, dictionary words)`` pairs, batch by batch, in order."""
        if self._pool is None:
            for batch in batches:
                yield _rows(batch, analyse_batch(batch))
            return
        pending: deque = deque()
        for batch in batches:
            pending.append((batch, self._pool.apply_async(analyse_batch, (batch,))))
            if len(pending) > self.workers:
                batch, result = pending.popleft()
                yield _rows(batch, result.get())
        while pending:
            batch, result = pending.popleft()
            yield _rows(batch, result.get())
