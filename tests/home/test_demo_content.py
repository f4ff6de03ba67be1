"""`load_demo` builds the whole demo site, and running it twice changes nothing."""

import io

from django.contrib.auth import get_user_model
from django.core.management import call_command

from wagtail.images import get_image_model
from wagtail.models import Locale, Page

import pytest

from articles.demo_data import ARTICLES
from articles.models import ArticlePage, Author, Topic
from catalogue.demo import demo_provider_login
from catalogue.demo_data import PROVIDERS
from catalogue.models import Municipality, ProviderPage, ServicePage


def snapshot():
    return {
        "pages": Page.objects.count(),
        "articles": ArticlePage.objects.count(),
        "topics": Topic.objects.count(),
        "authors": Author.objects.count(),
        "images": get_image_model().objects.count(),
        "users": get_user_model().objects.count(),
        "services": ServicePage.objects.count(),
        "municipalities": Municipality.objects.count(),
    }


@pytest.mark.django_db
def test_demo_content_loads_idempotently_and_every_page_renders(client):
    """One load for all demo checks: loading takes a while."""
    call_command("load_demo", stdout=io.StringIO())
    first = snapshot()
    call_command("load_demo", stdout=io.StringIO())
    assert snapshot() == first

    english = Locale.objects.get(language_code="en")
    italian_articles = ArticlePage.objects.live().filter(locale__language_code="it")
    english_articles = ArticlePage.objects.live().filter(locale=english)
    assert italian_articles.count() == len(ARTICLES) >= 12
    assert english_articles.count() == sum(1 for a in ARTICLES if a["en"]) >= 6

    for url, title in [("/", "Il welfare che costruiamo insieme"), ("/en/", "The welfare we")]:
        response = client.get(url)
        assert response.status_code == 200
        assert title in response.content.decode()

    assert "Articoli" in client.get("/articoli/").content.decode()
    assert "Articles" in client.get("/en/articles/").content.decode()
    for page in [*italian_articles, *english_articles]:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert f"<h1>{page.title}</h1>".replace("'", "&#x27;") in response.content.decode()

    check_demo_catalogue(client)
    check_demo_admin_can_log_in(client)


def check_demo_catalogue(client):
    services = ServicePage.objects.live().filter(locale__language_code="it")
    assert services.count() == sum(len(p["services"]) for p in PROVIDERS) >= 40
    assert ProviderPage.objects.filter(locale__language_code="it").count() == len(PROVIDERS) >= 8
    assert set(services.values_list("pillar__code", flat=True)) == {
        "pubblico",
        "aziendale",
        "territoriale",
    }
    served = set(services.values_list("municipalities__code", flat=True)) - {None}
    assert len(served) >= 5
    assert services.filter(is_free=True).exists()
    assert services.filter(welfare_credit=True).exists()
    assert services.exclude(status="active").exists()
    english = ServicePage.objects.live().filter(locale__language_code="en")
    assert english.count() >= 6

    pages = [*ProviderPage.objects.live(), *ServicePage.objects.live()]
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert page.title.replace("'", "&#x27;") in response.content.decode()


def test_demo_articles_are_long_enough_and_translations_match():
    from articles.demo import block_texts

    for article in ARTICLES:
        words = sum(len(text.split()) for text in block_texts(article["body"]))
        assert words >= 300, article["slug"]
        if article["en"]:
            assert len(block_texts(article["en"]["body"])) == len(block_texts(article["body"]))


def log_in(client, username, password):
    """Through the real login form: django-axes' backend needs the request."""
    response = client.post("/admin/login/", {"username": username, "password": password})
    return response.status_code == 302 and response.url == "/admin/"


def check_demo_admin_can_log_in(client):
    assert log_in(client, "admin", "welfare-demo-2026")
    assert client.get("/admin/").status_code == 200
    client.logout()

    # The demo provider's staff reach their own pages, and only those.
    username, password = demo_provider_login()
    assert log_in(client, username, password)
    own = ProviderPage.objects.get(slug="cooperativa-sociale-il-ponte", locale__language_code="it")
    other = ProviderPage.objects.get(slug="comune-di-vigonza", locale__language_code="it")
    assert client.get(f"/admin/pages/{own.pk}/").status_code == 200
    assert client.get(f"/admin/pages/{other.pk}/edit/").status_code == 302
