"""The site keeps serving when Redis is down, caches in a real Redis, and a worker
killed in the middle of a publish leaves the page as it was.

(Elasticsearch down: tests/search/test_elasticsearch_backend.py, where the portal
search answers from the database and logs one warning.)
"""

import os
import signal
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

from django.contrib.auth import get_user_model
from django.db import connection

import pytest

from articles.factories import ArticleIndexPageFactory, ArticlePageFactory, paragraph_body
from home.models import InfoPage
from portal.cache import GENERATION_KEY

ROOT = Path(__file__).resolve().parent.parent
CLOSED_REDIS = "redis://127.0.0.1:6390/0"
# A database of its own (REDIS_URL chooses another), and keys under a prefix of this
# process, so that nothing here touches what others keep in Redis.
REAL_REDIS = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/13"


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def redis_cache(location, prefix):
    return {
        "default": {
            "BACKEND": "portal.redis_cache.ResilientRedisCache",
            "LOCATION": location,
            "KEY_PREFIX": prefix,
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }


def port_open(port: int) -> bool:
    with socket.socket() as probe:
        probe.settimeout(0.5)
        return probe.connect_ex(("127.0.0.1", port)) == 0


@pytest.fixture
def article(home):
    index = ArticleIndexPageFactory(parent=home, title="Notizie")
    return publish(ArticlePageFactory(parent=index, title="Sportello lavoro aperto"))


# Redis ----------------------------------------------------------------------------------


@pytest.mark.django_db
def test_pages_and_search_keep_working_with_redis_down_and_it_is_logged(
    client, settings, article, caplog
):
    assert not port_open(6390), "something listens on 6390: this test needs it closed"
    settings.PAGE_CACHE_SECONDS = 300
    settings.SEARCH_CACHE_SECONDS = 60
    settings.CACHES = redis_cache(CLOSED_REDIS, "faults")

    with caplog.at_level("WARNING", logger="portal.redis_cache"):
        pages = [client.get(article.url) for _ in range(3)]
        home_page = client.get("/")
        found = client.get("/cerca/", {"q": "sportello"})

    assert [response.status_code for response in pages] == [200, 200, 200]
    assert all("Sportello lavoro aperto" in r.content.decode() for r in pages)
    # Nothing could be stored, so nothing is ever a hit.
    assert all(response.headers.get("X-Cache") != "hit" for response in pages)
    assert home_page.status_code == 200
    assert [hit.title for hit in found.context["results"].hits] == ["Sportello lavoro aperto"]
    warnings = [r for r in caplog.records if r.name == "portal.redis_cache"]
    # Logged, but not once per request: the backend stops trying for a few seconds.
    assert 1 <= len(warnings) <= 2
    assert "Redis cache unreachable" in warnings[0].getMessage()


@pytest.mark.django_db
def test_publishing_with_redis_down_does_not_fail(settings, article):
    settings.CACHES = redis_cache(CLOSED_REDIS, "faults")
    article.title = "Pubblicato senza cache"
    publish(article)
    assert article.live


@pytest.fixture
def real_redis(settings):
    redis = pytest.importorskip("redis")
    client = redis.Redis.from_url(REAL_REDIS)
    try:
        client.ping()
    except redis.ConnectionError:
        pytest.skip("no Redis server at 127.0.0.1:6379")
    prefix = f"test-faults-{os.getpid()}"
    settings.CACHES = redis_cache(REAL_REDIS, prefix)
    yield client, prefix
    keys = list(client.scan_iter(f"{prefix}:*"))
    if keys:
        client.delete(*keys)


@pytest.mark.django_db
def test_pages_are_cached_in_redis_and_purged_on_publish(
    client, settings, home, article, real_redis, django_capture_on_commit_callbacks
):
    redis, prefix = real_redis
    settings.PAGE_CACHE_SECONDS = 300
    about = InfoPage(title="Chi siamo", body=paragraph_body("La rete dei Comuni."))
    home.add_child(instance=about)
    publish(about)

    for page in (article, about):
        assert client.get(page.url).headers["X-Cache"] == "miss"
        assert client.get(page.url).headers["X-Cache"] == "hit"
    stored = [key.decode() for key in redis.scan_iter(f"{prefix}:*")]
    assert any(":page:" in key for key in stored)
    assert any(key.endswith(GENERATION_KEY) for key in stored)
    assert any(key.endswith(f"content-tag:page:{article.pk}") for key in stored)

    article.title = "Sportello lavoro: nuovi orari"
    with django_capture_on_commit_callbacks(execute=True):
        publish(article)

    response = client.get(article.url)
    assert response.headers["X-Cache"] == "miss"
    assert "Sportello lavoro: nuovi orari" in response.content.decode()
    # A page that does not show the article stays cached.
    assert client.get(about.url).headers["X-Cache"] == "hit"


# A worker killed mid-publish ------------------------------------------------------------

# Run in a separate process on a copy of the test database: publish the article through
# the admin's edit view, optionally stopping for good once Wagtail announces the publish
# (after the page, revision and search document were written, before the commit).
PUBLISHER = """
import sys, time
import django
django.setup()
from django.contrib.auth import get_user_model
from django.test import Client
from wagtail.signals import page_published
from tests.articles.test_admin import article_form

page_id, title, slug, stall = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4] == "stall"
if stall:
    def stop_here(sender, **kwargs):
        print("publishing", flush=True)
        time.sleep(300)
    page_published.connect(stop_here, weak=False)
client = Client()
client.force_login(get_user_model().objects.get(username="redazione"))
data = article_form(title=title, slug=slug)
data["action-publish"] = "publish"
response = client.post(f"/admin/pages/{page_id}/edit/", data)
print("done", response.status_code, flush=True)
"""


def run_publisher(database: Path, page, title: str, *, stall: bool):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
        "DATABASE_URL": f"sqlite:///{database}",
    }
    env.pop("REDIS_URL", None)
    return subprocess.Popen(  # noqa: S603
        [sys.executable, "-c", PUBLISHER, str(page.pk), title, page.slug, str(stall and "stall")],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def page_state(database: Path, page_id: int) -> dict:
    with sqlite3.connect(database) as db:
        title, live, live_revision, latest_revision = db.execute(
            "SELECT title, live, live_revision_id, latest_revision_id FROM wagtailcore_page "
            "WHERE id = ?",
            [page_id],
        ).fetchone()
        revisions = db.execute(
            "SELECT count(*) FROM wagtailcore_revision WHERE object_id = ?", [str(page_id)]
        ).fetchone()[0]
        indexed = db.execute(
            "SELECT title FROM search_searchdocument WHERE page_id = ?", [page_id]
        ).fetchone()
        integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
    return {
        "title": title,
        "live": bool(live),
        "live_revision": live_revision,
        "latest_revision": latest_revision,
        "revisions": revisions,
        "indexed_title": indexed[0] if indexed else None,
        "integrity": integrity,
    }


# Transactional: the publishing process must see committed data. The database is emptied
# when it ends (data migrations included), so it runs last in its test process
# (conftest.py), and where it does not apply it is skipped before the database is set up.
@pytest.mark.skipif(
    connection.vendor != "sqlite",
    reason="copies the SQLite test database to a file for the publishing process",
)
@pytest.mark.django_db(transaction=True)
def test_a_worker_killed_mid_publish_leaves_the_page_as_it_was(home, tmp_path):
    index = ArticleIndexPageFactory(parent=home, title="Notizie")
    article = publish(ArticlePageFactory(parent=index, title="Sportello lavoro aperto"))
    get_user_model().objects.create_superuser("redazione", "r@example.org", "x")
    database = tmp_path / "portal.sqlite3"
    connection.ensure_connection()
    with sqlite3.connect(database) as copy:
        connection.connection.backup(copy)
    before = page_state(database, article.pk)
    assert before["indexed_title"] == "Sportello lavoro aperto"

    publisher = run_publisher(database, article, "Titolo mai pubblicato", stall=True)
    try:
        line = publisher.stdout.readline()
        assert line.strip() == "publishing", publisher.stderr.read()
    finally:
        publisher.send_signal(signal.SIGKILL)
        publisher.communicate(timeout=30)  # reaps it and closes its pipes

    after = page_state(database, article.pk)
    assert after == before
    assert after["integrity"] == "ok"

    # The database is not left locked: the next publish goes through whole.
    publisher = run_publisher(database, article, "Sportello lavoro: nuovi orari", stall=False)
    out, err = publisher.communicate(timeout=120)
    assert out.strip() == "done 302", err
    published = page_state(database, article.pk)
    assert published["title"] == published["indexed_title"] == "Sportello lavoro: nuovi orari"
    assert published["live"]
    assert published["live_revision"] == published["latest_revision"] != before["live_revision"]
    assert published["revisions"] == before["revisions"] + 1
