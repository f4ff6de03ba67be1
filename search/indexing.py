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

from django.db import transaction

from wagtail.models import Page, get_page_models

from portal.cache import bump_generation

from . import analysis
from .backends import get_search_backend
from .models import SearchDocument, SearchWord

BATCH_SIZE = 500
MIN_DICTIONARY_WORD = 3


def searchable_models() -> list[type[Page]]:
    return [model for model in get_page_models() if getattr(model, "search_kind", None)]


def findable(queryset):
    """Live pages that are not aliases and not under a view restriction."""
    return queryset.live().public().filter(alias_of__isnull=True)


def build_document(page) -> SearchDocument:
    language = page.locale.language_code
    body = page.get_search_body()
    summary = page.summary
    return SearchDocument(
        page_id=page.pk,
        language=language,
        kind=page.search_kind,
        date=page.get_search_date(),
        facets=[f"type:{page.search_kind}", f"lang:{language}", *page.get_search_facets()],
        title=page.title,
        title_words=" ".join(analysis.words(page.title)),
        title_terms=analysis.term_string(page.title, language),
        summary_terms=analysis.term_string(summary, language),
        body_terms=analysis.term_string(body, language),
        summary=summary,
        body=body,
    )


def dictionary_words(document: SearchDocument) -> set[str]:
    stopwords = analysis.STOPWORDS[analysis.normalize_language(document.language)]
    return {
        word
        for word in analysis.words(f"{document.title} {document.summary}")
        if len(word) >= MIN_DICTIONARY_WORD and not word.isdigit() and word not in stopwords
    }


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
    bump_generation()  # cached search results and pages are stale
    return len(new)


def forget_documents(documents: list[SearchDocument]) -> None:
    """Called when documents are deleted (a page left search or was deleted)."""
    _update_dictionary(_word_counts(documents), Counter())
    get_search_backend().documents_removed([document.page_id for document in documents])
    bump_generation()


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


def _all_documents(batch_size: int) -> Iterator[list[SearchDocument]]:
    for model in searchable_models():
        ids = list(findable(model.objects.all()).values_list("pk", flat=True))
        for start in range(0, len(ids), batch_size):
            pages = (
                model.objects.filter(pk__in=ids[start : start + batch_size])
                .select_related(*model.search_select_related)
                .prefetch_related(*model.search_prefetch_related)
            )
            yield [build_document(page) for page in pages]


def rebuild_index(*, batch_size: int = BATCH_SIZE) -> int:
    """Recompute every document from the pages; returns how many pages are findable."""
    backend = get_search_backend()
    words: Counter = Counter()
    total = 0

    def populate() -> Iterator[list[SearchDocument]]:
        nonlocal total
        for documents in _all_documents(batch_size):
            SearchDocument.objects.bulk_create(documents)
            words.update(_word_counts(documents))
            total += len(documents)
            yield documents

    with transaction.atomic():
        SearchWord.objects.all().delete()
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
