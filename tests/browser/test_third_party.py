"""In a real browser, loading the public pages sends no request outside the portal: every
request Chromium makes (documents, styles, scripts, fonts, images, fetches) goes to the
demo server on 127.0.0.1."""

from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.browser

PAGES = [
    "/",
    "/articoli/cos-e-il-welfare-collaborativo/",
    "/servizi/?category=salute&municipality=vigonza&free=1",
    "/servizi/comune-di-vigonza/assistenza-domiciliare-anziani/",
    "/cerca/?q=anziani",
    "/informativa-privacy/",
    "/en/",
    "/en/services/?category=salute",
    "/en/search/?q=care",
    "/en/privacy-notice/",
]


def requests_while_loading(page, url: str) -> list[str]:
    seen = []
    page.on("request", lambda request: seen.append(request.url))
    response = page.goto(url, wait_until="networkidle")
    assert response.status == 200, url
    return seen


@pytest.mark.parametrize("path", PAGES)
def test_loading_a_public_page_requests_nothing_from_another_site(demo_server, page, path):
    seen = requests_while_loading(page, demo_server + path)
    assert len(seen) > 3, seen  # the page, its styles, scripts and fonts were seen
    outside = [url for url in seen if urlsplit(url).hostname != "127.0.0.1"]
    assert outside == []


def test_english_article_and_service_pages_request_nothing_from_another_site(demo_server, page):
    """The English translations, reached through the language switcher's links."""
    seen = []
    page.on("request", lambda request: seen.append(request.url))
    for italian in (
        "/articoli/cos-e-il-welfare-collaborativo/",
        "/servizi/comune-di-vigonza/assistenza-domiciliare-anziani/",
    ):
        page.goto(demo_server + italian, wait_until="networkidle")
        english = page.locator('link[rel="alternate"][hreflang="en"]').get_attribute("href")
        response = page.goto(english, wait_until="networkidle")
        assert response.status == 200
        assert page.locator("html").get_attribute("lang") == "en"
    assert [url for url in seen if urlsplit(url).hostname != "127.0.0.1"] == []
