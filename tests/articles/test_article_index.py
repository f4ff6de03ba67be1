from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from articles.models import ARTICLES_PER_PAGE
from home.factories import ImageFactory
from tests.page_cache import warm_then_forget


def titles_in(response):
    return [article.title for article in response.context["articles"]]


@pytest.mark.django_db
def test_index_lists_newest_first_in_pages_of_twelve(client, make_articles, index):
    articles = make_articles(ARTICLES_PER_PAGE + 3)
    newest_first = [page.title for page in sorted(articles, key=lambda p: p.date, reverse=True)]

    first = client.get(index.url)
    second = client.get(index.url, {"page": 2})

    assert first.status_code == 200
    assert titles_in(first) == newest_first[:ARTICLES_PER_PAGE]
    assert titles_in(second) == newest_first[ARTICLES_PER_PAGE:]
    assert 'rel="next"' in first.content.decode()
    assert "15 articoli" in first.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("page", ["abc", "0", "-1", "999", "", "1.5", "9" * 40])
def test_bad_page_numbers_fall_back_to_a_real_page(client, make_articles, index, page):
    make_articles(ARTICLES_PER_PAGE + 1)
    response = client.get(index.url, {"page": page})
    assert response.status_code == 200
    assert response.context["page_obj"].number in {1, 2}
    assert response.context["articles"]


@pytest.mark.django_db
def test_topic_filter_shows_only_articles_with_that_topic(client, make_articles, topics, index):
    work = make_articles(3, topics=[topics["lavoro"]])
    make_articles(2, topics=[topics["anziani"]])
    make_articles(1)

    response = client.get(index.url, {"topic": "lavoro"})

    assert response.status_code == 200
    assert sorted(titles_in(response)) == sorted(page.title for page in work)
    assert response.context["active_topic"].slug == "lavoro"
    assert "<h1>Articoli: Lavoro</h1>" in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "topic", ["non-esiste", "<script>alert(1)</script>", "x" * 5000, "lavoro&page=2", "%00"]
)
def test_unknown_topic_is_reported_without_error(client, make_articles, topics, index, topic):
    make_articles(2, topics=[topics["lavoro"]])
    response = client.get(index.url, {"topic": topic})
    content = response.content.decode()
    assert response.status_code == 200
    assert response.context["articles"] == []
    assert "Non esiste un argomento" in content
    assert "<script>alert(1)</script>" not in content


@pytest.mark.django_db
def test_pagination_links_keep_the_topic(client, make_articles, topics, index):
    make_articles(ARTICLES_PER_PAGE + 2, topics=[topics["lavoro"]])
    response = client.get(index.url, {"topic": "lavoro"})
    assert "?topic=lavoro&amp;page=2" in response.content.decode()


@pytest.mark.django_db
def test_index_query_count_does_not_grow_with_articles_or_topics(
    client, settings, make_articles, topics, index, django_assert_max_num_queries
):
    def illustrated(count, **kwargs):
        return make_articles(count, lead_image=ImageFactory(), lead_image_alt="Cerchi", **kwargs)

    illustrated(2, topics=[topics["lavoro"]])
    client.get(index.url)  # first view: site-root cache and image renditions
    with CaptureQueriesContext(connection) as few:
        client.get(index.url)

    illustrated(ARTICLES_PER_PAGE, topics=[topics["lavoro"], topics["anziani"]])
    client.get(index.url)
    with CaptureQueriesContext(connection) as many:
        response = client.get(index.url)

    assert len(response.context["articles"]) == ARTICLES_PER_PAGE
    assert len(many) == len(few)
    # A view the page cache has not stored, with the menu and language links cached.
    warm_then_forget(client, settings, index.url, {"topic": "lavoro"})
    with django_assert_max_num_queries(19):
        client.get(index.url, {"topic": "lavoro"})
