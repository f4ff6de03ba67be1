"""Hostile requests and oversized content, bounded in time.

- ``Accept-Language`` headers of 100 KB, thousands of tags or malformed quality values
  (the shape of Django's CVE-2023-41164 and the 2024 ``parse_accept_lang_header``
  advisories) and odd locale prefixes in the path get a page or a 404, never a 500;
- huge strings (hundreds of KB, thousands of ``<``, unclosed and deeply nested tags: the
  shape of the Truncator and ``strip_tags`` advisories CVE-2023-43665, CVE-2024-27351,
  CVE-2025-26699) written by a provider through the admin go through every listing that
  truncates or strips them: the service card, meta descriptions, search excerpts,
  autocomplete, the APIs.

The time bounds are safety bounds (a hung worker, not a slow one), deliberately generous
for a loaded test machine; speed targets live in the benchmarks.
"""

from __future__ import annotations

import time

from django.test import Client

import pytest
from bs4 import BeautifulSoup

from .conftest import assert_inert, contentstate

pytest_plugins = ["tests.catalogue.conftest_providers"]

pytestmark = pytest.mark.django_db

SAFETY_BOUND = 5.0  # seconds

ACCEPT_LANGUAGES = {
    "100 KB of one tag": "en-" + "a" * 100_000,
    "100 KB of tags": ",".join(["en-US;q=0.9", "it;q=0.8"] * 8_000),
    "many distinct tags": ",".join(f"x{n}-{n};q=0.{n % 10}" for n in range(20_000)),
    "malformed quality": "it;q=abc, en;q=1e309, fr;q=-1, de;q=0.5.5, *;q=",
    "only separators": ";,;,;" * 20_000,
    "quality without tag": ";q=1," * 10_000,
    "unicode": "ïţ-ÏŤ;q=1, 中文;q=0.9, ﷽",
    "control characters": "en\x00it\x7f;q=\x01",
    "long subtags": "-".join(["abcdefgh"] * 5_000),
    "wildcards": "*," * 30_000,
}

PATHS = ["/", "/servizi/", "/cerca/?q=assistenza", "/api/hsds/services", "/sitemap.xml"]


def timed(callable_, *args, **kwargs):
    started = time.perf_counter()
    result = callable_(*args, **kwargs)
    return result, time.perf_counter() - started


# The cases of each test share one providers' world (building it per case was slow); a
# failure names its case.
def test_hostile_accept_language_headers(world):
    for name, header in ACCEPT_LANGUAGES.items():
        client = Client(HTTP_ACCEPT_LANGUAGE=header)
        for path in PATHS:
            response, elapsed = timed(client.get, path)
            assert response.status_code in (200, 302, 404), (name, path, response.status_code)
            assert elapsed < SAFETY_BOUND, (name, path, elapsed)
        home = client.get("/")
        # Italian is served unprefixed whatever the header says; English only under /en/.
        assert home.status_code == 200, name
        assert BeautifulSoup(home.content, "html.parser").html["lang"] == "it", name


LOCALE_PREFIXES = [
    "/xx-" + "y" * 500 + "/",
    "/xx-" + "y" * 10_000 + "/servizi/",
    "/" + "a" * 10_000 + "/",
    "/en-GB/",
    "/en-gb/servizi/",
    "/EN/",
    "/En/servizi/",
    "/en_US/",
    "/it/",
    "/it/servizi/",
    "/en-/",
    "/-en/",
    "/en-us-x-private/",
    "/zh-hant-tw/",
    "/%00/",
    "/en%00/",
    "/%2e%2e/%2e%2e/etc/passwd",
    "/en/" + "x/" * 2_000,
    "/" + "servizi/" * 1_000,
    "/en/search/?q=" + "%3Cscript%3E" * 1_000,
    "/cerca/?q=" + "a" * 100_000,
    "/cerca/autocomplete/?q=" + "%3C" * 50_000,
    "/en/articles/feed/rss/",
    "/articoli/argomenti/" + "x" * 5_000 + "/feed/atom/",
]


def test_hostile_paths_and_locale_prefixes(world):
    for path in LOCALE_PREFIXES:
        response, elapsed = timed(Client().get, path)
        assert response.status_code in (200, 301, 302, 400, 404), (path[:60], response.status_code)
        assert elapsed < SAFETY_BOUND, (path[:60], elapsed)
        if "html" in response.get("Content-Type", ""):
            assert_inert(response.content.decode())


# --- Huge strings through the listings -----------------------------------------------------

MANY_LT = "<" * 150_000
UNCLOSED = "<a " * 50_000 + "b" * 10
NESTED = "<div>" * 20_000 + "profondo" + "</div>" * 20_000
COMMENTS = "<!--" * 30_000
ENTITY_SOUP = "&lt;" * 30_000 + "&#" * 30_000
WORDS = " ".join(["assistenza"] * 60_000)


@pytest.fixture
def huge_service(world, provider_client, edit_form_data, approve_and_publish):
    """Provider A's service with hundreds of KB in every long field, through the admin."""
    page = world.a_live
    data = edit_form_data(
        provider_client,
        page,
        introduction=("<" * 250) + ("<a " * 80),  # the form limits it to 500 characters
        search_description=MANY_LT + UNCLOSED,
        desk=NESTED,
        is_free="",
        cost_description=COMMENTS + ENTITY_SOUP,
        description=contentstate(UNCLOSED + NESTED),
        audience=contentstate(WORDS),
        how_to=contentstate(MANY_LT),
        outcome=contentstate(COMMENTS + ENTITY_SOUP),
    )
    data["action-submit"] = "1"
    response, elapsed = timed(provider_client.post, f"/admin/pages/{page.pk}/edit/", data)
    assert response.status_code == 302, response.context and response.context["form"].errors
    return approve_and_publish(page)


def test_huge_strings_are_stored_whole(huge_service):
    assert len(huge_service.search_description) == len(MANY_LT + UNCLOSED)
    assert len(huge_service.desk) == len(NESTED)


HUGE_STRING_PATHS = [
    "{url}",
    "/servizi/",
    "{provider}",
    "/cerca/?q=assistenza",
    "/cerca/?q=profondo",
    "/cerca/autocomplete/?q=Alfa",
    "/api/hsds/services",
    "/api/v2/pages/{pk}/",
]


def test_huge_strings_render_bounded_and_escaped(huge_service, world):
    for path in HUGE_STRING_PATHS:
        url = path.format(url=huge_service.url, provider=world.a.page.url, pk=huge_service.pk)

        response, elapsed = timed(Client().get, url)

        assert response.status_code == 200, path
        assert elapsed < SAFETY_BOUND, (path, elapsed)
        if "html" in response["Content-Type"]:
            html = response.content.decode()
            assert_inert(html)
            soup = BeautifulSoup(html, "html.parser")
            description = soup.find("meta", attrs={"name": "description"})
            if description is not None:
                assert len(description["content"]) <= 300, path
            for text in soup.select(".card-text"):
                assert len(text.get_text()) <= 220, path


def test_meta_description_and_search_excerpt_are_truncated(huge_service):
    page_html = Client().get(huge_service.url).content.decode()
    soup = BeautifulSoup(page_html, "html.parser")
    assert soup.find("meta", attrs={"name": "description"})["content"].startswith("<<<")
    # The nested divs typed into the desk are text, not 20 000 nested elements.
    assert not soup.select("div div div div div div div div div div div div div div div div")

    search_html = Client().get("/cerca/", {"q": "assistenza"}).content.decode()
    results = BeautifulSoup(search_html, "html.parser").select("main li, main article")
    assert results
    assert len(search_html) < 500_000  # excerpts, not the whole text
