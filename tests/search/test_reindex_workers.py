"""Rebuilding the index with the text analysis in worker processes (search.parallel):
the documents and the spelling dictionary are exactly those built in-process."""

import io

from django.core.management import CommandError, call_command

import pytest

from search import indexing, parallel
from search.models import SearchDocument, SearchWord

from .conftest import publish

DOCUMENT_COLUMNS = [
    "page_id",
    "language",
    "kind",
    "date",
    "facets",
    "title",
    "title_words",
    "title_terms",
    "summary_terms",
    "body_terms",
    "summary",
    "body",
]


@pytest.fixture
def corpus(make_article, make_service, terms, locales):
    pages = [
        make_article(
            "Città più vicine agli anziani", "Perché l'età non è un limite.", "Più servizi."
        ),
        make_article("Mensa solidale", "Pasti caldi per chi è solo.", introduction="Ogni giorno."),
        make_article("Orti urbani", "Ñandú, Ærø e «Zürich»: lettere d'altri alfabeti."),
        make_service(
            "Assistenza domiciliare",
            topics=[terms["work"]],
            municipalities=[terms["vigonza"]],
        ),
    ]
    english = pages[1].copy_for_translation(locales[1], copy_parents=True)
    english.title = "Community canteen for older people"
    english.save()
    pages.append(publish(english))
    return pages


def documents():
    return list(SearchDocument.objects.order_by("page_id").values_list(*DOCUMENT_COLUMNS))


def dictionary():
    return sorted(SearchWord.objects.values_list("language", "word", "documents"))


@pytest.mark.django_db
def test_documents_analysed_in_workers_equal_documents_built_in_process(corpus):
    pages = [page.specific for page in corpus]
    sources = [indexing.document_source(page) for page in pages]
    with parallel.Analyser(1) as here:
        in_process = [row for batch in here.map([sources[:2], sources[2:]]) for row in batch]
    with parallel.Analyser(2) as workers:
        assert workers.parallel
        in_workers = [row for batch in workers.map([sources[:2], sources[2:]]) for row in batch]
    assert in_workers == in_process
    assert len(in_workers) == len(pages)
    for page, (row, words) in zip(pages, in_workers, strict=True):
        built = indexing.build_document(page)
        assert row == {column: getattr(built, column) for column in DOCUMENT_COLUMNS}
        assert set(words) == indexing.dictionary_words(built)
    city = in_workers[0][0]
    assert city["title_words"] == "citta piu vicine agli anziani"
    assert city["title_terms"] == "citta vicin anzian"


@pytest.mark.django_db
def test_rebuild_with_workers_gives_the_index_built_in_process(corpus, monkeypatch):
    published = documents()
    assert indexing.rebuild_index(workers=1) == len(published) + 1  # + the service's provider
    in_process, words = documents(), dictionary()
    assert all(document in in_process for document in published)
    assert words

    SearchDocument.objects.all().delete()
    SearchWord.objects.all().delete()
    # Parallel even for this small corpus, in batches of two so several are in flight.
    monkeypatch.setattr(parallel, "MIN_PARALLEL_PAGES", 0)
    started = []
    monkeypatch.setattr(
        parallel.Analyser, "__enter__", record_workers(parallel.Analyser.__enter__, started)
    )
    assert indexing.rebuild_index(workers=2, batch_size=2) == len(in_process)
    assert started == [2]
    assert documents() == in_process
    assert dictionary() == words


def record_workers(enter, started):
    def recording(self):
        analyser = enter(self)
        started.append(self.workers if self._pool is not None else 1)
        return analyser

    return recording


@pytest.mark.django_db
def test_small_corpora_are_analysed_in_process(corpus, monkeypatch):
    started = []
    monkeypatch.setattr(
        parallel.Analyser, "__enter__", record_workers(parallel.Analyser.__enter__, started)
    )
    assert indexing.rebuild_index(workers=4) == len(corpus) + 1
    assert started == [1]


def test_a_failing_worker_fails_the_rebuild_with_its_error():
    broken = {"language": "it", "title": None, "summary": "", "body": ""}
    with pytest.raises(TypeError), parallel.Analyser(2) as workers:
        list(workers.map([[broken]]))


@pytest.mark.django_db
def test_a_failed_rebuild_leaves_the_index_as_it_was(corpus, monkeypatch):
    published, words = documents(), dictionary()

    def broken_sources(model, ids):
        raise RuntimeError("page unreadable")

    monkeypatch.setattr(indexing, "page_sources", broken_sources)
    with pytest.raises(RuntimeError, match="page unreadable"):
        indexing.rebuild_index(workers=1)
    assert documents() == published
    assert dictionary() == words


@pytest.mark.django_db
def test_command_takes_the_number_of_workers(corpus):
    out = io.StringIO()
    call_command("rebuild_search_index", "--workers", "1", stdout=out)
    assert f"Indexed {len(corpus) + 1} pages" in out.getvalue()
    with pytest.raises(CommandError, match="at least 1"):
        call_command("rebuild_search_index", "--workers", "0")
