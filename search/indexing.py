"""Keeping ``SearchDocument`` in step with the pages.

``index_pages`` is the one writer: given page ids, it writes a document for each page
that should be findable (live, public, not an alias, of a type with a ``search_kind``)
and deletes the documents of the others. Signals call it (through a background task)
on publish, unpublish, move, privacy changes and deletion; ``rebuild_index`` recomputes
everything.
"""

from __future__ import annotations

import datetime
from collections import Counter
from collections.abc import Iterable, Iterator

from django.db import connection, transaction

from wagtail.models import Page, get_page_models

from portal.cache import SEARCH_TAG, bump_generation, page_tag, purge

from . import parallel, related
from .backends import get_search_backend, postgres
from .models import SearchDocument, SearchWord

BATCH_SIZE = 500


def searchable_models() -> list[type[Page]]:
    return [model for model in get_page_models() if getattr(model, "search_kind", None)]


def findable(queryset):
    """Live pages that are not aliases and not under a view restriction."""
    return queryset.live().public().filter(alias_of__isnull=True)


# What a page type indexes is declared on it (home.models.BasePage): ``search_body``,
# ``search_facets`` and ``search_date_field``. Pages are read with values() a batch at a
# time, never as model instances; their raw body values become text in search.extract.


def block_schema(block):
    """A StreamField block as plain data for ``search.extract`` (see there)."""
    from wagtail import blocks

    supported = {
        cls.get_searchable_content
        for cls in (
            blocks.Block,
            blocks.CharBlock,
            blocks.TextBlock,
            blocks.RichTextBlock,
            blocks.ChoiceBlock,
            blocks.MultipleChoiceBlock,
            blocks.BaseStructBlock,
            blocks.ListBlock,
            blocks.BaseStreamBlock,
        )
    }
    if type(block).get_searchable_content not in supported:
        raise ValueError(
            f"{type(block).__name__} has searchable content of its own: teach "
            "search.indexing.block_schema and search.extract to read it."
        )
    if not getattr(block, "search_index", True):
        return None
    if isinstance(block, blocks.RichTextBlock):
        return "rich"
    if isinstance(block, (blocks.CharBlock, blocks.TextBlock)):
        return "text"
    if isinstance(block, blocks.BaseStreamBlock):
        return ("stream", {name: block_schema(child) for name, child in block.child_blocks.items()})
    if isinstance(block, blocks.BaseStructBlock):
        children = []
        for name, child in block.child_blocks.items():
            default = child.get_default()
            raw = None if default is None else child.get_prep_value(default)
            children.append((name, block_schema(child), raw))
        return ("struct", tuple(children))
    if isinstance(block, blocks.ListBlock):
        return ("list", block_schema(block.child_block))
    return None  # choices, images, URLs, pages: nothing to index (see search.extract)


def _is_many(model, path: str) -> bool:
    """Whether a field path crosses a relation with many rows per page."""
    for name in path.split("__")[:-1]:
        field = model._meta.get_field(name)
        if field.many_to_many or field.one_to_many:
            return True
        model = field.related_model
    return False


def _field_schema(model, name: str):
    from wagtail.fields import RichTextField, StreamField

    field = model._meta.get_field(name)
    if isinstance(field, StreamField):
        return block_schema(field.stream_block)
    return "rich" if isinstance(field, RichTextField) else "text"


def _related_order(model, path: str) -> list[str]:
    """The order of a many-valued path's rows: their model's own ordering."""
    relation, _sep, _field = path.rpartition("__")
    related = model
    for name in relation.split("__"):
        related = related._meta.get_field(name).related_model
    ordering = [order for order in related._meta.ordering if isinstance(order, str)]
    return [
        f"-{relation}__{order[1:]}" if order.startswith("-") else f"{relation}__{order}"
        for order in ordering
    ] + [f"{relation}__pk"]


def _many_values(model, ids: list[int], path: str, *, ordered: bool) -> dict[int, list]:
    order = _related_order(model, path) if ordered else [path]
    values: dict[int, list] = {}
    rows = model.objects.filter(pk__in=ids).order_by("pk", *order).values_list("pk", path)
    for pk, value in rows:
        if value is not None and value != "":
            values.setdefault(pk, []).append(value)
    return values


def page_sources(model, ids: Iterable[int]) -> list[dict]:
    """The sources (see ``search.parallel``) of the pages of ``model`` among ``ids``, in
    page id order, read with a few ``values()`` queries whatever their number."""
    from django.db.models import TextField
    from django.db.models.functions import Cast

    ids = list(ids)
    if not ids:
        return []
    body = [(path, _is_many(model, path)) for path in model.search_body]
    facets = [(name, path, _is_many(model, path)) for name, path in model.search_facets]
    schemas = {path: _field_schema(model, path) for path, many in body if not many}
    # StreamField values are read as their stored JSON text: parsing it, and turning it
    # into text, is the workers' job.
    raw = {
        f"search_raw_{index}": Cast(path, TextField())
        for index, (path, many) in enumerate(body)
        if not many and isinstance(schemas[path], tuple)
    }
    single = [path for path, many in body if not many and isinstance(schemas[path], str)]
    single += [path for _name, path, many in facets if not many]
    rows = (
        model.objects.filter(pk__in=ids)
        .order_by("pk")
        .annotate(**raw)
        .values(
            "pk",
            "title",
            "search_description",
            "introduction",
            "locale__language_code",
            model.search_date_field,
            *raw,
            *dict.fromkeys(single),
        )
    )
    many_body = {path: _many_values(model, ids, path, ordered=True) for path, many in body if many}
    many_facets = {
        path: _many_values(model, ids, path, ordered=False) for _name, path, many in facets if many
    }
    sources = []
    for row in rows:
        pk = row["pk"]
        language = row["locale__language_code"]
        date = row[model.search_date_field]
        if date is not None and not isinstance(date, datetime.datetime):
            date = datetime.datetime.combine(date, datetime.time(), tzinfo=datetime.UTC)
        parts: list[tuple] = []
        for index, (path, many) in enumerate(body):
            if many:
                parts += [("text", value) for value in many_body[path].get(pk, [])]
            elif f"search_raw_{index}" in raw:
                parts.append((schemas[path], row[f"search_raw_{index}"]))
            else:
                parts.append((schemas[path], row[path]))
        tokens = [f"type:{model.search_kind}", f"lang:{language}"]
        for name, path, many in facets:
            values = many_facets[path].get(pk, []) if many else [row[path]]
            tokens += [f"{name}:{value}" for value in values if value is not None]
        sources.append(
            {
                "page_id": pk,
                "language": language,
                "kind": model.search_kind,
                "date": date,
                "facets": tokens,
                "title": row["title"],
                "summary": row["search_description"] or row["introduction"],
                "body_parts": parts,
            }
        )
    return sources


def document_source(page) -> dict:
    """What a page's document is made of, as plain data: the page's text and filter
    values before analysis (see ``search.parallel``)."""
    (source,) = page_sources(type(page), [page.pk])
    return source


def build_document(page) -> SearchDocument:
    return SearchDocument(**parallel.analyse(document_source(page)))


def dictionary_words(document: SearchDocument) -> set[str]:
    return parallel.dictionary_words(document.language, document.title, document.summary)


def _findable_sources(page_ids: Iterable[int]) -> Iterator[dict]:
    """The sources of the findable pages among ``page_ids``, a page type at a time."""
    ids = list(page_ids)
    for model in searchable_models():
        found = findable(model.objects.filter(pk__in=ids)).values_list("pk", flat=True)
        yield from page_sources(model, found)


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
    new = [SearchDocument(**parallel.analyse(source)) for source in _findable_sources(ids)]
    new_ids = {document.page_id for document in new}
    replaced = list(SearchDocument.objects.filter(page_id__in=new_ids))

    # Documents of pages that are no longer findable go; the post_delete signal keeps
    # the dictionary and external engines in step (see forget_documents).
    SearchDocument.objects.filter(page_id__in=ids - new_ids).delete()
    SearchDocument.objects.bulk_create(
        new, update_conflicts=True, unique_fields=["page"], update_fields=DOCUMENT_FIELDS
    )
    _update_dictionary(_word_counts(replaced), _word_counts(new))
    related.update_frequencies(replaced, new)
    get_search_backend().documents_saved(new)
    # Cached search results are stale, and so are the pages that show these documents
    # (related suggestions are titled from them): those pages loaded these pages.
    purge({SEARCH_TAG, *(page_tag(page_id) for page_id in ids)})
    return len(new)


def forget_documents(documents: list[SearchDocument]) -> None:
    """Called when documents are deleted (a page left search or was deleted)."""
    _update_dictionary(_word_counts(documents), Counter())
    related.update_frequencies(documents, [])
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
            yield page_sources(model, ids[start : start + batch_size])


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
    frequencies: Counter = Counter()
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
            frequencies.update(related.frequency_counts(related.profiles_of(documents)))
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
        related.write_frequencies(frequencies)
        bump_generation()
    return total
