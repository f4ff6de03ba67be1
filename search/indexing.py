"""Keeping ``SearchDocument`` in step with the pages.

``index_pages`` is the one writer: given page ids, it writes a document for each page
that should be findable (live, public, not an alias, of a type with a ``search_kind``)
and deletes the documents of the others. Signals call it (through a background task)
on publish, unpublish, move, privacy changes and deletion; ``rebuild_index`` recomputes
everything.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator

from django.db import connection, transaction

from wagtail.models import Page, get_page_models

from portal.cache import SEARCH_TAG, bump_generation, page_tag, purge

from . import parallel
from .backends import get_search_backend, postgres
from .models import SearchDocument, SearchWord

BATCH_SIZE = 500


def searchable_models() -> list[type[Page]]:
    return [model for model in get_page_models() if getattr(model, "search_kind", None)]


def findable(queryset):
    """Live pages that are not aliases and not under a view restriction."""
    return queryset.live().public().filter(alias_of__isnull=True)


def document_source(page) -> dict:
    """What a page's document is made of, as plain data: the page's text and filter
    values before analysis (see ``search.parallel``)."""
    language = page.locale.language_code
    return {
        "page_id": page.pk,
        "language": language,
        "kind": page.search_kind,
        "date": page.get_search_date(),
        "facets": [f"type:{page.search_kind}", f"lang:{language}", *page.get_search_facets()],
        "title": page.title,
        "summary": page.summary,
        "body": page.get_search_body(),
    }


def build_document(page) -> SearchDocument:
    return SearchDocument(**parallel.analyse(document_source(page)))


def dictionary_words(document: SearchDocument) -> set[str]:
    return parallel.dictionary_words(document.language, document.title, document.summary)


def _specific_pages(page_ids: Iterable[int]) -> Iterator:
    """The findable pages among ``page_ids``, as their specific classes, loaded a type at a
    time with what building their documents needs."""
    ids = list(page_ids)
    for model in searchable_models():
        queryset = findable(model.objects.filter(pk__in=ids))
        yield from queryset.select_related(*model.search_select_related).prefetch_related(
            *model.search_prefetch_related
        )


def _update_dictionary(removed: Counter, added: Counter) -> None:
    """Adjust the document counts of the spelling dictionary by a difference."""
    delta = Counter(added)
    delta.subtract(removed)
    changes = {key: count for key, count in delta.items() if count}
    if not changes:
        return
    existing = {
        (row.language, row.word): row
        for row in SearchWord.objects.filter(
            word__in={word for _language, word in changes},
            language__in={language for language, _word in changes},
        )
    }
    to_create, to_update, to_delete = [], [], []
    for (language, word), count in changes.items():
        row = existing.get((language, word))
        if row is None:
            if count > 0:
                to_create.append(SearchWord(language=language, word=word, documents=count))
        elif row.documents + count <= 0:
            to_delete.append(row.pk)
        else:
            row.documents += count
            to_update.append(row)
    SearchWord.objects.bulk_create(to_create, ignore_conflicts=True)
    SearchWord.objects.bulk_update(to_update, ["documents"])
    SearchWord.objects.filter(pk__in=to_delete).delete()


def _word_counts(documents: Iterable[SearchDocument]) -> Counter:
    counts: Counter = Counter()
    for document in documents:
        counts.update((document.language, word) for word in dictionary_words(document))
    return counts


DOCUMENT_FIELDS = [
    field.name for field in SearchDocument._meta.concrete_fields if not field.primary_key
]


@transaction.atomic
def index_pages(page_ids: Iterable[int]) -> int:
    """Bring the documents of these pages up to date; returns how many are findable."""
    ids = set(page_ids)
    if not ids:
        return 0
    new = [build_document(page) for page in _specific_pages(ids)]
    new_ids = {document.page_id for document in new}
    replaced = list(SearchDocument.objects.filter(page_id__in=new_ids))

    # Documents of pages that are no longer findable go; the post_delete signal keeps
    # the dictionary and external engines in step (see forget_documents).
    SearchDocument.objects.filter(page_id__in=ids - new_ids).delete()
    SearchDocument.objects.bulk_create(
        new, update_conflicts=True, unique_fields=["page"], update_fields=DOCUMENT_FIELDS
    )
    _update_dictionary(_word_counts(replaced), _word_counts(new))
    get_search_backend().documents_saved(new)
    # Cached search results are stale, and so are the pages that show these documents
    # (related suggestions are titled from them): those pages loaded these pages.
    purge({SEARCH_TAG, *(page_tag(page_id) for page_id in ids)})
    return len(new)


def forget_documents(documents: list[SearchDocument]) -> None:
    """Called when documents are deleted (a page left search or was deleted)."""
    _update_dictionary(_word_counts(documents), Counter())
    get_search_backend().documents_removed([document.page_id for document in documents])
    purge({SEARCH_TAG, *(page_tag(document.page_id) for document in documents)})


def index_subtree(page: Page) -> int:
    """Re-index a page and everything under it (privacy changes, moves)."""
    total = 0
    ids = Page.objects.filter(path__startswith=page.path).values_list("pk", flat=True)
    batch: list[int] = []
    for page_id in ids.iterator():
        batch.append(page_id)
        if len(batch) == BATCH_SIZE:
            total += index_pages(batch)
            batch = []
    return total + index_pages(batch)


def _all_sources(batch_size: int) -> Iterator[list[dict]]:
    """The sources of every findable page, a batch at a time, a page type at a time."""
    for model in searchable_models():
        ids = list(findable(model.objects.all()).values_list("pk", flat=True))
        for start in range(0, len(ids), batch_size):
            pages = (
                model.objects.filter(pk__in=ids[start : start + batch_size])
                .select_related(*model.search_select_related)
                .prefetch_related(*model.search_prefetch_related)
            )
            yield [document_source(page) for page in pages]


def _findable_count() -> int:
    return sum(findable(model.objects.all()).count() for model in searchable_models())


def rebuild_index(*, batch_size: int = BATCH_SIZE, workers: int | None = None) -> int:
    """Recompute every document from the pages; returns how many pages are findable.

    This process reads the pages and writes the rows; the text analysis runs in
    ``workers`` processes (default: one per CPU), or here with one worker or fewer than
    ``parallel.MIN_PARALLEL_PAGES`` pages. Either way the documents are the same.
    """
    backend = get_search_backend()
    words: Counter = Counter()
    total = 0
    if workers is None:
        workers = parallel.default_workers()

    def populate() -> Iterator[list[SearchDocument]]:
        nonlocal total
        for analysed in analyser.map(_all_sources(batch_size)):
            documents = [SearchDocument(**row) for row, _words in analysed]
            if connection.vendor == "postgresql":
                postgres.copy_documents(documents)
            else:
                SearchDocument.objects.bulk_create(documents)
            for row, dictionary in analysed:
                words.update((row["language"], word) for word in dictionary)
            total += len(documents)
            yield documents

    with transaction.atomic():
        if workers > 1 and _findable_count() < parallel.MIN_PARALLEL_PAGES:
            workers = 1
        # A plain DELETE: Django's queryset delete would load every row for its signals.
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM search_searchword")
        with parallel.Analyser(workers) as analyser:
            backend.rebuild(populate)
        SearchWord.objects.bulk_create(
            (
                SearchWord(language=language, word=word, documents=count)
                for (language, word), count in words.items()
            ),
            batch_size=2000,
        )
        bump_generation()
    return total
