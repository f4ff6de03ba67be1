"""The Content-Security-Policy proven in Chromium: the public pages (with their scripts,
icons and the search suggestions) and the Wagtail admin (dashboard, page editor, its
preview, the image chooser) run with zero violations under the policies the portal sends.

Violations are collected twice: the page's own ``securitypolicyviolation`` events (an
init script, which the policy does not apply to) and Chromium's console reports.
"""

import re

import pytest

pytestmark = pytest.mark.browser

PUBLIC_PAGES = {
    "home": "/",
    "article": "/articoli/cos-e-il-welfare-collaborativo/",
    "catalogue": "/servizi/?category=salute",
    "service": "/servizi/comune-di-vigonza/assistenza-domiciliare-anziani/",
    "english home": "/en/",
}
RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
    const where = `${event.sourceFile}:${event.lineNumber}`;
    window.__cspViolations.push(
        `${event.violatedDirective} blocked ${event.blockedURI || "inline"} at ${where}`
    );
}, true);
"""


@pytest.fixture
def watched(browser):
    """A page that records CSP violations, in every frame, and console CSP reports."""
    context = browser.new_context(locale="it-IT")
    context.add_init_script(RECORD_VIOLATIONS)
    page = context.new_page()
    page.console_reports = []
    page.on(
        "console",
        lambda message: (
            page.console_reports.append(message.text)
            if "Content Security Policy" in message.text
            else None
        ),
    )
    yield page
    context.close()


def violations(page):
    found = list(page.console_reports)
    for frame in page.frames:
        found += frame.evaluate("window.__cspViolations || []")
    return found


def visit(page, url):
    response = page.goto(url, wait_until="networkidle")
    assert response.status == 200, url
    return response


@pytest.mark.parametrize("name", list(PUBLIC_PAGES))
def test_public_pages_run_without_csp_violations(demo_server, watched, name):
    response = visit(watched, demo_server + PUBLIC_PAGES[name])
    policy = response.header_value("content-security-policy")
    assert "script-src 'self'" in policy
    assert "'unsafe-inline'" not in policy
    # The page really ran its scripts and drew its styles under that policy.
    assert watched.evaluate("typeof window.bootstrap") == "object"
    assert watched.evaluate("getComputedStyle(document.body).fontFamily") != "Times New Roman"
    assert violations(watched) == []


def test_search_suggestions_run_without_csp_violations(demo_server, watched):
    visit(watched, demo_server + "/cerca/")
    box = watched.locator("#search-page-input")
    box.focus()
    watched.keyboard.type("assi")
    watched.locator("#" + box.get_attribute("aria-controls")).locator(
        "[role=option]"
    ).first.wait_for()
    assert violations(watched) == []


def log_in_to_the_admin(page, base_url):
    visit(page, base_url + "/admin/login/")
    page.fill("#id_username", "admin")
    page.fill("#id_password", "welfare-demo-2026")
    page.click("button[type=submit]")
    page.wait_for_url(base_url + "/admin/")


def edit_url(page, base_url, query):
    """The editor of the page the admin search finds first for ``query``."""
    visit(page, f"{base_url}/admin/pages/search/?q={query}")
    return base_url + re.search(r"/admin/pages/\d+/edit/", page.content()).group(0)


def test_the_admin_runs_without_csp_violations(demo_server, watched):
    log_in_to_the_admin(watched, demo_server)
    watched.wait_for_load_state("networkidle")
    assert violations(watched) == [], "dashboard"
    visit(watched, demo_server + "/admin/pages/")
    assert violations(watched) == [], "explorer"

    response = visit(watched, edit_url(watched, demo_server, "assistenza+domiciliare+anziani"))
    policy = response.header_value("content-security-policy")
    assert "frame-ancestors 'self'" in policy
    assert "'unsafe-eval'" not in policy
    watched.locator("form#page-edit-form").wait_for()
    assert violations(watched) == [], "page editor"

    # The live preview, which renders the public page inside the admin's own frame.
    watched.locator('[data-side-panel-toggle="preview"]').first.click()
    watched.frame_locator("#w-preview-iframe").locator("h1").first.wait_for()
    watched.wait_for_load_state("networkidle")
    assert any("/preview/" in frame.url for frame in watched.frames)
    assert violations(watched) == [], "preview"

    # The image chooser of an article's lead image (the field already holds an image, so
    # its "choose" button is hidden behind the actions menu: click it directly).
    visit(watched, edit_url(watched, demo_server, "welfare+collaborativo"))
    chooser = watched.locator("button.chooser__choose-button", has_text="immagine").first
    chooser.dispatch_event("click")
    watched.locator("[role=dialog] .modal-content").first.wait_for()
    watched.wait_for_load_state("networkidle")
    assert watched.locator("[role=dialog] .modal-content").first.inner_text().count("Carica")
    assert violations(watched) == [], "image chooser"

    visit(watched, demo_server + "/admin/images/multiple/add/")
    assert violations(watched) == [], "image upload"
