"""sitemap.xml (every live, public page of both languages with its hreflang alternates)
and robots.txt, over HTTP."""

import xml.etree.ElementTree as ET

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.models import PageViewRestriction

import pytest

from articles.factories import ArticleIndexPageFactory, ArticlePageFactory
from catalogue.factories import CatalogueIndexPageFactory

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML_LINK = "{http://www.w3.org/1999/xhtml}link"

# The query ceiling of the sitemap, whatever the number of pages: 8, plus one per page type
# listed (four here: home, article index, article, catalogue index).
SITEMAP_QUERIES = 12


def read_sitemap(client) -> dict[str, dict]:
    """Each ``<loc>`` of /sitemap.xml with its ``lastmod`` and ``{hreflang: href}``."""
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    urlset = ET.fromstring(response.content)  # noqa: S314 - our own output
    urls = {}
    for url in urlset.findall(f"{SITEMAP}url"):
        urls[url.findtext(f"{SITEMAP}loc")] = {
            "lastmod": url.findtext(f"{SITEMAP}lastmod"),
            "alternates": {
                link.get("hreflang"): link.get("href")
                for link in url.findall(XHTML_LINK)
                if link.get("rel") == "alternate"
            },
        }
    return urls


def publish_in_english(page, english, **changes):
    translated = page.copy_for_translation(english, copy_parents=True)
    for name, value in changes.items():
        setattr(translated, name, value)
    translated.save_revision().publish()
    translated.refresh_from_db()
    return translated


@pytest.fixture
def index(home):
    return ArticleIndexPageFactory(parent=home)


@pytest.fixture
def bilingual(home, index, locales):
    """Home, article index and one article in both languages (the English parents are
    aliases made by ``copy_parents``), plus an Italian-only article and the catalogue."""
    translated = ArticlePageFactory(parent=index, title="Il credito welfare", slug="credito")
    translated.save_revision().publish()
    english = publish_in_english(
        translated, locales[1], title="Welfare credit", slug="welfare-credit"
    )
    italian_only = ArticlePageFactory(parent=index, title="Solo in italiano", slug="solo")
    catalogue = CatalogueIndexPageFactory(parent=home)
    return {
        "translated": translated,
        "english": english,
        "italian_only": italian_only,
        "catalogue": catalogue,
    }


@pytest.mark.django_db
def test_sitemap_lists_every_live_public_page_of_both_languages(client, bilingual):
    urls = read_sitemap(client)

    assert set(urls) == {
        "http://localhost/",
        "http://localhost/articoli/",
        "http://localhost/articoli/credito/",
        "http://localhost/articoli/solo/",
        "http://localhost/servizi/",
        "http://localhost/en/",
        "http://localhost/en/articoli/",
        "http://localhost/en/articoli/welfare-credit/",
    }
    assert bilingual["english"].full_url == "http://localhost/en/articoli/welfare-credit/"
    for page in (bilingual["translated"], bilingual["english"]):
        page.refresh_from_db()
        expected = timezone.localdate(page.last_published_at).isoformat()
        assert urls[page.full_url]["lastmod"] == expected


@pytest.mark.django_db
def test_translations_announce_each_other_both_ways(client, bilingual):
    urls = read_sitemap(client)
    pair = {
        "it": "http://localhost/articoli/credito/",
        "en": "http://localhost/en/articoli/welfare-credit/",
    }

    assert urls[pair["it"]]["alternates"] == pair
    assert urls[pair["en"]]["alternates"] == pair
    assert urls["http://localhost/"]["alternates"] == {
        "it": "http://localhost/",
        "en": "http://localhost/en/",
    }
    # Every announced alternate is itself in the sitemap and announces the same set.
    for location, url in urls.items():
        if url["alternates"]:
            assert location in url["alternates"].values()
        for href in url["alternates"].values():
            assert urls[href]["alternates"] == url["alternates"]


@pytest.mark.django_db
def test_untranslated_pages_have_no_alternates(client, bilingual):
    urls = read_sitemap(client)
    assert urls["http://localhost/articoli/solo/"]["alternates"] == {}
    assert urls["http://localhost/servizi/"]["alternates"] == {}


@pytest.mark.django_db
def test_drafts_private_and_unpublished_pages_stay_out(client, bilingual, index, locales):
    ArticlePageFactory(parent=index, slug="bozza", live=False)
    private = ArticlePageFactory(parent=index, slug="riservato")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    bilingual["english"].unpublish()

    urls = read_sitemap(client)

    assert "http://localhost/articoli/bozza/" not in urls
    assert "http://localhost/articoli/riservato/" not in urls
    assert "http://localhost/en/articoli/welfare-credit/" not in urls
    # The Italian original no longer announces a withdrawn translation.
    assert urls["http://localhost/articoli/credito/"]["alternates"] == {}


@pytest.mark.django_db
def test_sitemap_query_count_does_not_grow_with_pages(
    client, bilingual, index, locales, django_assert_max_num_queries
):
    def translated_articles(count):
        for _ in range(count):
            publish_in_english(ArticlePageFactory(parent=index), locales[1])

    translated_articles(2)
    client.get("/sitemap.xml")
    with CaptureQueriesContext(connection) as few:
        client.get("/sitemap.xml")

    translated_articles(8)
    client.get("/sitemap.xml")
    with CaptureQueriesContext(connection) as many:
        urls = read_sitemap(client)

    assert len(urls) == 8 + 2 * 10
    assert len(many) == len(few)
    with django_assert_max_num_queries(SITEMAP_QUERIES):
        client.get("/sitemap.xml")


@pytest.mark.django_db
def test_robots_txt_allows_pages_and_keeps_crawlers_out_of_admin_and_search(client, home):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    assert set(lines[1:]) == {
        "Allow: /",
        "Disallow: /admin/",
        "Disallow: /cerca/?",
        "Disallow: /cerca/autocomplete/",
        "Disallow: /en/search/?",
        "Disallow: /en/search/autocomplete/",
        "Sitemap: http://testserver/sitemap.xml",
    }


@pytest.mark.django_db
def test_robots_txt_names_the_sitemap_on_the_requested_host(client, home):
    response = client.get("/robots.txt", headers={"host": "localhost"}, secure=True)
    assert "Sitemap: https://localhost/sitemap.xml" in response.content.decode().splitlines()
