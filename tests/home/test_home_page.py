import pytest

from articles.factories import ArticleIndexPageFactory, ArticlePageFactory, TopicFactory
from home.models import HomeFeaturedArticle
from tests.page_cache import warm_then_forget


@pytest.fixture
def index(home):
    return ArticleIndexPageFactory(parent=home)


@pytest.mark.django_db
def test_home_renders_hero_topics_and_search(client, home, index):
    TopicFactory(slug="lavoro", name="Lavoro")
    response = client.get("/")
    content = response.content.decode()
    assert response.status_code == 200
    assert content.count("<h1") == 1
    assert home.hero_title in content
    assert f'href="{index.url}?topic=lavoro"' in content
    assert 'action="/cerca/"' in content


@pytest.mark.django_db
def test_home_features_latest_articles_when_editors_chose_none(client, index):
    articles = [ArticlePageFactory(parent=index) for _ in range(6)]
    response = client.get("/")
    newest = sorted(articles, key=lambda page: page.date, reverse=True)[:4]
    assert [page.pk for page in response.context["featured_articles"]] == [p.pk for p in newest]


@pytest.mark.django_db
def test_home_features_editor_choice_in_order(client, home, index):
    articles = [ArticlePageFactory(parent=index) for _ in range(5)]
    chosen = [articles[0], articles[3]]
    for order, article in enumerate(chosen):
        HomeFeaturedArticle.objects.create(page=home, article=article, sort_order=order)
    response = client.get("/")
    assert [page.pk for page in response.context["featured_articles"]] == [p.pk for p in chosen]


@pytest.mark.django_db
def test_home_query_count_is_bounded(client, settings, index, django_assert_max_num_queries):
    for _ in range(8):
        ArticlePageFactory(parent=index)
    # A view the page cache has not stored, with the menu and language links cached.
    warm_then_forget(client, settings, "/")
    with django_assert_max_num_queries(17):
        response = client.get("/")
    assert len(response.context["featured_articles"]) == 4


@pytest.mark.django_db
def test_unknown_url_gets_the_portal_404(client, home):
    response = client.get("/non-esiste/")
    assert response.status_code == 404
    assert "Pagina non trovata" in response.content.decode()
