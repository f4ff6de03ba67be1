"""Public pages make no request to another site: every resource a page or our
stylesheets and scripts name (src, srcset, href of anything but a link, form actions,
CSS url() and @import) is on the portal's own origin. Links in <a href> to other sites
are navigation the visitor chooses, not requests, so they are allowed.

tests/browser/test_third_party.py checks the same in a real browser, request by request.
"""

import io
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.management import call_command

from wagtail.models import Page, Site

import pytest

ROOT = Path(__file__).resolve().parent.parent
URL_ATTRIBUTES = {"src", "href", "action", "formaction", "poster", "data", "background"}
CSS_URL = re.compile(
    r"""url\(\s*(?:"([^"]*)"|'([^']*)'|([^)"'\s]*))\s*\)|@import\s+(?:"([^"]*)"|'([^']*)')"""
)
ABSOLUTE_IN_SCRIPT = re.compile(r"""["'`]((?:https?:)?//[^"'`\s]+)""")
EXTRA_PAGES = [
    "/cerca/?q=anziani",
    "/cerca/?q=zzzzqqq",
    "/servizi/?category=salute&municipality=vigonza&free=1",
    "/en/search/?q=care",
    "/pagina-che-non-esiste/",
]


class ResourceCollector(HTMLParser):
    """Every URL the browser would fetch by itself while showing the page."""

    def __init__(self):
        super().__init__()
        self.urls: list[tuple[str, str]] = []
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if value is None:
                continue
            if name == "style":
                self.urls += [(f"{tag} style", url) for url in css_urls(value)]
            elif name in {"srcset", "imagesrcset"}:
                for candidate in value.split(","):
                    if candidate.strip():
                        self.urls.append((f"{tag} {name}", candidate.split()[0]))
            elif name in URL_ATTRIBUTES or name == "xlink:href":
                if tag in {"a", "area"} and name == "href":
                    continue  # navigation, not a request
                self.urls.append((f"{tag} {name}", value))
        self._in_style = tag == "style"

    def handle_endtag(self, tag):
        self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            self.urls += [("style", url) for url in css_urls(data)]


def css_urls(text: str) -> list[str]:
    return [next(group for group in match.groups() if group) for match in CSS_URL.finditer(text)]


def own_hosts() -> set[str]:
    return {"testserver", "localhost", "127.0.0.1"} | set(
        Site.objects.values_list("hostname", flat=True)
    )


def foreign(url: str, hosts: set[str]) -> bool:
    url = url.strip()
    if not url or url.startswith(("data:", "#", "about:blank")):
        return False
    parts = urlsplit(url)
    if parts.scheme not in {"", "http", "https"}:
        return True  # javascript:, ftp:, ... have no place in a resource
    return bool(parts.netloc) and parts.hostname not in hosts


def foreign_resources(html: str, hosts: set[str]) -> list[tuple[str, str]]:
    collector = ResourceCollector()
    collector.feed(html)
    return [(where, url) for where, url in collector.urls if foreign(url, hosts)]


def test_the_collector_finds_what_a_browser_would_fetch():
    html = """
    <link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Titillium">
    <script src="//cdn.example.com/x.js"></script>
    <img src="/media/a.png" srcset="/media/a.png 1x, https://cdn.example.com/a@2x.png 2x">
    <form action="https://forms.example.com/send"></form>
    <div style="background: url('https://tracker.example.com/p.gif')"></div>
    <style>@import "https://fonts.example.com/f.css"; .x { background: url(/static/y.png) }</style>
    <a href="https://www.garanteprivacy.it/">Garante</a>
    <svg><use href="/static/sprites.svg#it-search"></use></svg>
    <img src="data:image/png;base64,AAAA">
    """
    found = {url for _where, url in foreign_resources(html, {"testserver"})}
    assert found == {
        "https://fonts.googleapis.com/css?family=Titillium",
        "//cdn.example.com/x.js",
        "https://cdn.example.com/a@2x.png",
        "https://forms.example.com/send",
        "https://tracker.example.com/p.gif",
        "https://fonts.example.com/f.css",
    }


@pytest.mark.db_independent
@pytest.mark.django_db
def test_no_public_page_of_the_demo_requests_another_site(client):
    call_command("load_demo", stdout=io.StringIO())
    hosts = own_hosts()
    pages = Page.objects.live().public().filter(depth__gt=1).specific()
    urls = sorted({page.url for page in pages if page.url}) + EXTRA_PAGES
    kinds = {type(page).__name__ for page in pages}
    # Every kind of public page is among them.
    assert {
        "HomePage",
        "ArticleIndexPage",
        "ArticlePage",
        "CatalogueIndexPage",
        "ProviderPage",
        "ServicePage",
        "InfoPage",
    } <= kinds, kinds
    problems = {}
    for url in urls:
        response = client.get(url)
        assert response.status_code in (200, 404), url
        assert "text/html" in response["Content-Type"], url
        found = foreign_resources(response.content.decode(), hosts)
        if found:
            problems[url] = found
    assert problems == {}


def static_files(*patterns: str) -> list[Path]:
    folders = [
        Path(folder) for folder in settings.STATICFILES_DIRS if isinstance(folder, str | Path)
    ]
    return sorted(
        path for folder in folders for pattern in patterns for path in folder.rglob(pattern)
    )


def test_our_stylesheets_load_nothing_from_another_site():
    stylesheets = static_files("*.css")
    stylesheets.append(Path(finders.find("vendor/bootstrap-italia/css/bootstrap-italia.min.css")))
    assert len(stylesheets) >= 3
    problems = {
        str(path.relative_to(ROOT)): url
        for path in stylesheets
        for url in css_urls(path.read_text())
        if foreign(url, set())
    }
    assert problems == {}


def test_our_scripts_name_no_other_site():
    scripts = static_files("*.js")
    assert scripts
    problems = {
        str(path.relative_to(ROOT)): ABSOLUTE_IN_SCRIPT.findall(path.read_text())
        for path in scripts
    }
    assert {path: urls for path, urls in problems.items() if urls} == {}
