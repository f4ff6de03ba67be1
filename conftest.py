"""Fixtures shared by the whole suite: locales, the site and its home page."""

from django.core.cache import cache

from wagtail.models import Locale, Page, Site

import pytest

from home.factories import HomePageFactory


@pytest.fixture(autouse=True)
def _clear_cache():
    # Wagtail caches site root paths; a test must never see another test's site.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def locales(db):
    italian = Locale.objects.get(language_code="it")
    english, _ = Locale.objects.get_or_create(language_code="en")
    return italian, english


@pytest.fixture
def home(locales):
    root = Page.get_first_root_node()
    # Wagtail's welcome page and the default site pointing at it make way.
    root.get_children().delete()
    home = HomePageFactory(parent=root, locale=locales[0])
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    return home


@pytest.fixture
def site(home):
    return Site.objects.get(is_default_site=True)
