"""A small corpus for search tests, published the way editors publish (revisions), so
the index is written by the same signals as in production."""

import pytest

from articles.factories import ArticleIndexPageFactory, ArticlePageFactory, paragraph_body
from catalogue.factories import ServicePageFactory
from tests.catalogue import conftest as catalogue_fixtures

# The catalogue's fixtures, shared with these tests.
catalogue_index = catalogue_fixtures.catalogue_index
terms = catalogue_fixtures.terms
make_provider = catalogue_fixtures.make_provider


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def article_index(home):
    return ArticleIndexPageFactory(parent=home)


@pytest.fixture
def make_article(article_index):
    def make(title, *paragraphs, **kwargs):
        kwargs.setdefault("introduction", "")
        body = paragraph_body(*(paragraphs or ("Un testo.",)))
        return publish(ArticlePageFactory(parent=article_index, title=title, body=body, **kwargs))

    return make


@pytest.fixture
def make_service(make_provider, terms):
    default_provider = []

    def make(title, provider=None, municipalities=(), topics=(), **kwargs):
        if provider is None:
            if not default_provider:
                default_provider.append(make_provider(title="Comune di Vigonza"))
            provider = default_provider[0]
        kwargs.setdefault("category", terms["health"])
        kwargs.setdefault("pillar", terms["public"])
        service = ServicePageFactory(parent=provider, title=title, **kwargs)
        service.municipalities.set(municipalities)
        service.topics.set(topics)
        service.save()
        return publish(service)

    return make
