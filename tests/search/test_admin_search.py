"""The Wagtail admin's page search keeps working next to the portal search (it uses
Wagtail's configured backend, not SearchService)."""

import html
import time

from wagtail.search import index

import pytest

from articles.models import ArticlePage
from search.stock_index import LongTextSearchField


@pytest.mark.django_db
def test_admin_page_search_finds_drafts_and_live_pages(admin_client, make_article):
    live = make_article("Orti sociali per anziani")
    draft = make_article("Orti di comunità in bozza")
    draft.unpublish()
    response = admin_client.get("/admin/pages/search/", {"q": "orti"})
    assert response.status_code == 200
    found = {page.pk for page in response.context["pages"]}
    assert {live.pk, draft.pk} <= found


@pytest.mark.django_db
def test_markup_like_text_reaches_the_stock_index_quickly_and_stays_findable(make_article):
    # '<!--' repeated made PostgreSQL's text parser take seconds per 100 KB, inside the
    # publishing transaction (search.stock_index).
    # As an editor's text is stored in rich text: escaped.
    text = html.escape("<!--" * 30_000 + " corrimano " + "<a " * 1_000)
    page = make_article("Sportello famiglie", text)
    content = index.SearchField("body")
    assert "<" in str(content.get_value(page))
    indexed = LongTextSearchField("body").get_value(page)
    assert "<" not in str(indexed) and "corrimano" in str(indexed)

    started = time.perf_counter()
    page.save_revision().publish()
    assert time.perf_counter() - started < 5
    # The stock index still holds the words around the markup.
    assert list(ArticlePage.objects.search("corrimano")) == [page]
