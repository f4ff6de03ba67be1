"""Accessibility proven in a real browser: axe-core finds no WCAG 2.1 A/AA violation on
the public pages, in Italian and English, and the search box and filters work with the
keyboard alone."""

import re

import pytest

pytestmark = pytest.mark.browser

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

ITALIAN_PAGES = {
    "home": "/",
    "article index": "/articoli/",
    "article": "/articoli/cos-e-il-welfare-collaborativo/",
    "catalogue with filters": "/servizi/?category=salute&municipality=vigonza&free=1",
    "provider": "/servizi/comune-di-vigonza/",
    "service": "/servizi/comune-di-vigonza/assistenza-domiciliare-anziani/",
    "search with a quote": '/cerca/?q=anziani+"assistenza',
    "search with filters": "/cerca/?q=anziani&type=service&municipality=vigonza",
    "search without results": "/cerca/?q=zzzzqqq",
    "not found": "/questa-pagina-non-esiste/",
    "accessibility statement": "/dichiarazione-di-accessibilita/",
}
ENGLISH_PAGES = {
    "home": "/en/",
    "article index": "/en/articles/",
    "catalogue with filters": "/en/services/?category=salute",
    "search with a quote": '/en/search/?q=care+"older',
    "not found": "/en/this-page-does-not-exist/",
    "accessibility statement": "/en/accessibility-statement/",
}


def violations(page):
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(
        page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": []}
    )
    return [
        f"{item['id']} ({item['impact']}): {item['help']} — "
        + "; ".join(node["target"][0] for node in item["nodes"][:5])
        for item in results.response["violations"]
    ]


def visit(page, url, expected_status=200):
    response = page.goto(url, wait_until="load")
    assert response.status == expected_status, url
    return response


@pytest.mark.parametrize("name", list(ITALIAN_PAGES))
def test_italian_pages_have_no_wcag_violations(demo_server, page, name):
    path = ITALIAN_PAGES[name]
    visit(page, demo_server + path, 404 if name == "not found" else 200)
    assert page.locator("html").get_attribute("lang") == "it"
    assert violations(page) == []


@pytest.mark.parametrize("name", list(ENGLISH_PAGES))
def test_english_pages_have_no_wcag_violations(demo_server, page, name):
    path = ENGLISH_PAGES[name]
    visit(page, demo_server + path, 404 if name == "not found" else 200)
    assert page.locator("html").get_attribute("lang") == "en"
    assert violations(page) == []


@pytest.mark.parametrize(
    "italian",
    [
        "/articoli/cos-e-il-welfare-collaborativo/",
        "/servizi/comune-di-vigonza/",
        "/servizi/comune-di-vigonza/assistenza-domiciliare-anziani/",
    ],
)
def test_english_translations_have_no_wcag_violations(demo_server, page, italian):
    visit(page, demo_server + italian)
    english = page.locator('link[rel="alternate"][hreflang="en"]').get_attribute("href")
    visit(page, english)
    assert page.locator("html").get_attribute("lang") == "en"
    assert violations(page) == []


def test_search_and_filters_work_with_the_keyboard_alone(demo_server, page):
    visit(page, demo_server + "/")
    # The skip link leads to the search box.
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent")
    assert "ricerca" in focused.lower()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "site-search"
    page.keyboard.type("anziani")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/cerca/\?q=anziani"))
    assert page.locator("h1").inner_text() == "Cerca nel portale"

    # Tab to the "Servizio" type filter, tick it with the space bar, apply with Enter.
    checkbox = page.locator("#filter-type-service")
    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "filter-type-service":
            break
    else:
        pytest.fail("the type filter is not reachable with Tab")
    page.keyboard.press("Space")
    assert checkbox.is_checked()
    for _ in range(80):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent.trim()") == "Applica i filtri":
            break
    else:
        pytest.fail("the apply button is not reachable with Tab")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"type=service"))
    kinds = page.locator(".search-hit-kind").all_inner_texts()
    assert kinds and {kind.strip().lower() for kind in kinds} == {"servizio"}


def test_autocomplete_is_a_keyboard_operable_combobox(demo_server, page):
    visit(page, demo_server + "/cerca/")
    box = page.locator("#search-page-input")
    box.focus()
    page.keyboard.type("assi")
    listbox = page.locator("#" + box.get_attribute("aria-controls"))
    listbox.locator("[role=option]").first.wait_for()
    assert box.get_attribute("aria-expanded") == "true"
    first_title = listbox.locator("[role=option]").first.inner_text()
    page.keyboard.press("ArrowDown")
    assert box.get_attribute("aria-activedescendant")
    assert violations(page) == []
    page.keyboard.press("Enter")
    page.wait_for_load_state("load")
    assert page.locator("h1").inner_text().strip() == first_title.split(" · ")[0].strip()
    page.go_back()
    box = page.locator("#search-page-input")
    box.focus()
    page.keyboard.type("as")
    page.keyboard.press("Escape")
    assert box.get_attribute("aria-expanded") == "false"
