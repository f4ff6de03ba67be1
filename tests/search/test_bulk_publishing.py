"""Publishing many pages at once (the demo loader): indexed together when the block ends,
suggestions left to the rebuild that follows."""

import pytest

from articles.factories import ArticlePageFactory, paragraph_body
from search.models import RelatedSuggestion, SearchDocument
from search.related import rebuild_related
from search.signals import publishing_in_bulk

from .conftest import publish


def make(article_index, title, text):
    return ArticlePageFactory(
        parent=article_index, title=title, introduction="", body=paragraph_body(text)
    )


@pytest.mark.django_db
def test_pages_published_in_bulk_are_indexed_when_the_block_ends(article_index):
    with publishing_in_bulk():
        first = publish(make(article_index, "Orti condivisi", "Orti e vicini di casa."))
        second = publish(make(article_index, "Orti nei quartieri", "Orti, vicini e quartieri."))
        assert not SearchDocument.objects.filter(page__in=[first, second]).exists()
        assert not RelatedSuggestion.objects.exists()
    assert set(SearchDocument.objects.values_list("page_id", flat=True)) >= {first.pk, second.pk}
    # Suggestions are the caller's rebuild, as load_demo does.
    assert not RelatedSuggestion.objects.exists()
    rebuild_related()
    assert RelatedSuggestion.objects.filter(page=first, suggested=second).exists()


@pytest.mark.django_db
def test_a_page_unpublished_in_bulk_leaves_the_index_at_the_end(article_index):
    page = publish(make(article_index, "Sportello sociale", "Ascolto e orientamento."))
    assert SearchDocument.objects.filter(page=page).exists()
    with publishing_in_bulk():
        page.unpublish()
        assert SearchDocument.objects.filter(page=page).exists()
    assert not SearchDocument.objects.filter(page=page).exists()


@pytest.mark.django_db
def test_nested_blocks_index_once_at_the_outer_end(article_index):
    with publishing_in_bulk():
        with publishing_in_bulk():
            page = publish(make(article_index, "Banco alimentare", "Spesa solidale."))
        assert not SearchDocument.objects.filter(page=page).exists()
    assert SearchDocument.objects.filter(page=page).exists()


@pytest.mark.django_db
def test_an_error_in_the_block_indexes_nothing_and_publishing_is_normal_again(article_index):
    with pytest.raises(RuntimeError), publishing_in_bulk():
        publish(make(article_index, "Trasporto sociale", "Accompagnamento."))
        raise RuntimeError("stop")
    assert not SearchDocument.objects.exists()
    page = publish(make(article_index, "Trasporto solidale", "Accompagnamento in auto."))
    assert SearchDocument.objects.filter(page=page).exists()
