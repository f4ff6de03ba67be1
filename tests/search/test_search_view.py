from django.utils.html import escape

import pytest

from articles.factories import ArticleIndexPageFactory, ArticlePageFactory
from search.views import MAX_QUERY_LENGTH


@pytest.fixture
def articles(home):
    index = ArticleIndexPageFactory(parent=home)
    return [
        ArticlePageFactory(parent=index, title="Sportello welfare di Vigonza"),
        ArticlePageFactory(parent=index, title="Banca del tempo"),
    ]


@pytest.mark.django_db
def test_search_finds_live_pages_by_title_word(client, articles):
    response = client.get("/cerca/", {"q": "sportello"})
    assert response.status_code == 200
    assert [page.title for page in response.context["page_obj"]] == [articles[0].title]
    assert 'name="robots" content="noindex, follow"' in response.content.decode()


@pytest.mark.django_db
def test_unpublished_pages_are_not_found(client, articles):
    articles[0].unpublish()
    response = client.get("/cerca/", {"q": "sportello"})
    assert list(response.context["page_obj"]) == []
    assert "Nessun risultato" in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [
        '"',
        '"sportello',
        "sportello)",
        "NEAR(sportello",
        "sportello AND OR NOT",
        "title:sportello",
        "sportello*^",
        "\x00",
        "x" * 10_000,
        "'; DROP TABLE wagtailcore_page; --",
        "🙂 welfare",
        "خدمة",
    ],
)
def test_hostile_queries_never_break_the_page(client, articles, query):
    response = client.get("/cerca/", {"q": query, "page": "-3"})
    assert response.status_code == 200
    # The query comes back in the search box, bounded and escaped.
    echoed = escape(query[:MAX_QUERY_LENGTH].replace("\x00", ""))
    assert f'name="q" value="{echoed}"' in response.content.decode()


@pytest.mark.django_db
def test_query_is_echoed_escaped(client, articles):
    response = client.get("/cerca/", {"q": "<b>sportello</b>"})
    content = response.content.decode()
    assert "&lt;b&gt;sportello&lt;/b&gt;" in content
    assert "<b>sportello</b>" not in content
