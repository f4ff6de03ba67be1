"""Fixtures shared by the whole suite: locales, the site and its home page."""

from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.utils import translation

from wagtail.models import Locale, Page, Site

import pytest

from home.factories import HomePageFactory

# The test files that take longest (each loads the whole demo site): started first, so the
# two processes finish together.
SLOW_FIRST = ("tests/browser", "tests/home/test_demo_content.py", "tests/test_no_third_party.py")


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config, log):
    """`make test` runs the suite in two processes, a test file at a time (the browser
    tests' files count as one, so one process starts their demo server). Files with
    transactional tests run last in their process: such a test flushes the database,
    data migrations included, and the tests after it would find no locales or root page
    (pytest-django orders them last in a single process for the same reason)."""
    from xdist.scheduler import LoadFileScheduling

    root = Path(config.rootpath)
    transactional: dict[str, bool] = {}

    def runs_last(scope: str) -> bool:
        if scope not in transactional:
            path = root / scope
            text = path.read_text(encoding="utf-8") if path.is_file() else ""
            transactional[scope] = "transaction=True" in text or "transactional_db" in text
        return transactional[scope]

    class Scheduling(LoadFileScheduling):
        ordered = False

        def _split_scope(self, nodeid: str) -> str:
            scope = super()._split_scope(nodeid)
            return "tests/browser" if scope.startswith("tests/browser/") else scope

        def _assign_work_unit(self, node) -> None:
            # Order the files once, before the first is handed out. Only the queue is
            # reordered: a test is sent to a process as its index in that process's own
            # collection, so the collections must keep the order the processes hold.
            if not self.ordered:
                files = sorted(self.workqueue.items(), key=lambda item: self._order(item[0]))
                self.workqueue.clear()
                self.workqueue.update(files)
                self.ordered = True
            super()._assign_work_unit(node)

        def _order(self, scope: str) -> tuple[int, int]:
            slow = SLOW_FIRST.index(scope) if scope in SLOW_FIRST else len(SLOW_FIRST)
            return (runs_last(scope), slow)

    # Keep the order above (xdist would otherwise sort files by their number of tests).
    config.option.loadscopereorder = False
    return Scheduling(config, log)


@pytest.fixture(autouse=True)
def _clear_cache():
    # Wagtail caches site root paths; a test must never see another test's site.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _default_language():
    # A test that activates English (a request under /en/, a management command) must not
    # leave it active for the next test in the same process.
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


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
