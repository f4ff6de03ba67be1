import re

from django.core.exceptions import ValidationError

import pytest

from articles.factories import ArticlePageFactory, AuthorFactory
from articles.models import ArticleRelatedPage
from home.factories import ImageFactory
from tests.page_cache import warm_then_forget


@pytest.fixture
def article(index, topics):
    return ArticlePageFactory(
        parent=index,
        title="Il credito welfare spiegato",
        introduction="Come si usa il credito del piano aziendale.",
        topics=[topics["lavoro"]],
        authors=[AuthorFactory(name="Giulia Ferraro", role="Redazione")],
        lead_image=ImageFactory(),
        lead_image_alt="Cerchi colorati che si intrecciano",
    )


@pytest.mark.django_db
def test_article_page_shows_its_content(client, article):
    response = client.get(article.url)
    content = response.content.decode()
    assert response.status_code == 200
    assert content.count("<h1") == 1
    assert "<h1>Il credito welfare spiegato</h1>" in content
    assert "Giulia Ferraro (Redazione)" in content
    assert "1 minuto di lettura" in content
    assert 'alt="Cerchi colorati che si intrecciano"' in content
    assert "Il welfare di comunità mette in rete Comuni" in content
    assert '?topic=lavoro"' in content


@pytest.mark.django_db
def test_every_page_has_canonical_open_graph_hreflang_and_language(client, article):
    content = client.get(article.url).content.decode()
    assert '<html lang="it">' in content
    assert f'<link rel="canonical" href="http://testserver{article.url}">' in content
    assert '<meta property="og:title" content="Il credito welfare spiegato">' in content
    assert '<meta property="og:type" content="article">' in content
    assert re.search(r'<meta property="og:image" content="http://testserver/[^"]+\.png">', content)
    assert f'hreflang="it" href="http://testserver{article.url}"' in content


@pytest.mark.django_db
def test_skip_link_landmarks_and_search_form(client, article):
    content = client.get(article.url).content.decode()
    assert 'href="#main-content"' in content
    assert '<main id="main-content"' in content
    assert "<header" in content and "<footer" in content
    assert 'role="search"' in content


@pytest.mark.django_db
def test_reading_time_grows_with_the_body(index):
    long_body = [{"type": "paragraph", "value": "<p>" + "parola " * 450 + "</p>"}]
    article = ArticlePageFactory(parent=index, body=long_body)
    assert article.word_count == 450
    assert article.reading_time == 3


@pytest.mark.django_db
def test_lead_image_needs_alt_text(index):
    article = ArticlePageFactory(parent=index)
    article.lead_image = ImageFactory()
    article.lead_image_alt = "  "
    with pytest.raises(ValidationError) as error:
        article.full_clean()
    assert "lead_image_alt" in error.value.message_dict


@pytest.mark.django_db
def test_curated_related_pages_keep_order_and_skip_unpublished(client, index, article):
    first, second, hidden = (ArticlePageFactory(parent=index) for _ in range(3))
    for order, page in enumerate([second, hidden, first]):
        ArticleRelatedPage.objects.create(page=article, related_page=page, sort_order=order)
    hidden.unpublish()

    response = client.get(article.url)

    assert [page.title for page in response.context["related_articles"]] == [
        second.title,
        first.title,
    ]
    assert hidden.title not in response.content.decode().split("Articoli correlati")[1]


@pytest.mark.django_db
def test_article_query_count_is_bounded(
    client, settings, index, article, django_assert_max_num_queries
):
    for order in range(6):
        related = ArticlePageFactory(parent=index)
        ArticleRelatedPage.objects.create(page=article, related_page=related, sort_order=order)
    # The first view creates the image renditions and caches the menu and language links.
    warm_then_forget(client, settings, article.url)
    with django_assert_max_num_queries(20):
        response = client.get(article.url)
    assert len(response.context["related_articles"]) == 6
