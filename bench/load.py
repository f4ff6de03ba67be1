"""Load test: gunicorn with the production settings under mixed anonymous traffic while
an editor publishes through the admin.

    .venv/bin/python bench/load.py [--users 50] [--seconds 60] [--workers 3] [--threads 4]

What it does, all on 127.0.0.1 and bounded in time:
1. a demo database (``migrate`` + ``load_demo``, built once into the temp directory and
   copied for each run), unless DATABASE_URL is given; ``collectstatic``; an editor account;
2. gunicorn (gthread workers) with ``portal.settings.production``, a throwaway
   SECRET_KEY, ALLOWED_HOSTS=127.0.0.1, SECURE_SSL_REDIRECT=false, two-factor login off
   for the bench editor, REDIS_URL passed through when set;
3. locust (as a library, headless) with ``--users`` readers for ``--seconds``: home, article
   index, articles, services, providers, filtered catalogue, search, autocomplete, and
   articles read with a session cookie (never cached: the cost of a full render);
4. meanwhile an editor logs into the admin and publishes an article every few seconds
   through the real edit form, then reads the public page as a visitor: a stale read
   means the cache was not purged;
5. afterwards every title the editor published must be a revision Wagtail logged as
   published (zero lost edits), and the last one must be live.

Prints requests per second, p50/p95/p99 and errors per request type, cached hits apart
from misses. Results go in docs/performance.md ("Load").
"""

from __future__ import annotations

import argparse
import hashlib
import os
import platform
import random
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

from harness import ROOT, out, percentile

sys.path.insert(0, str(ROOT))

# Locust patches the standard library for gevent when imported: before any thread starts.
from locust import FastHttpUser, between, events, task
from locust.env import Environment

# The interpreter running this script, and the gunicorn installed beside it (the
# project's .venv through `make bench-load`).
PYTHON = sys.executable
GUNICORN = str(Path(sys.executable).parent / "gunicorn")
# What shapes the demo database: a change to any of these builds a new one.
TEMPLATE_SOURCES = ("*/migrations/*.py", "*/demo.py", "*/demo_*.py", "*/demo_data/*.py")
EDITOR = ("bench-editor", "bench-editor-password-0123")


def manage(env: dict, *args: str) -> str:
    result = subprocess.run(  # noqa: S603
        [PYTHON, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True
    )
    if result.returncode:
        sys.exit(f"manage.py {' '.join(args)} failed:\n{result.stderr[-3000:]}")
    return result.stdout


def template_path() -> Path:
    """The demo database built once per state of the migrations and demo content."""
    digest = hashlib.sha256()
    for path in sorted({path for pattern in TEMPLATE_SOURCES for path in ROOT.glob(pattern)}):
        digest.update(str(path.relative_to(ROOT)).encode())
        digest.update(path.read_bytes())
    return Path(tempfile.gettempdir()) / f"welfare-load-demo-{digest.hexdigest()[:12]}.sqlite3"


def copy_database(source: Path, target: Path) -> None:
    """SQLite's backup: includes what is still in the write-ahead log, unlike a file copy."""
    with sqlite3.connect(source) as origin, sqlite3.connect(target) as copy:
        origin.backup(copy)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def prepare(workdir: Path, database_url: str | None) -> dict:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_"))
    }
    if database_url is None:
        template = template_path()
        if not template.exists():
            out(f"Building the demo database once: {template}")
            build = {**env, "DJANGO_SETTINGS_MODULE": "portal.settings.dev"}
            build["DATABASE_URL"] = f"sqlite:///{workdir / 'demo.sqlite3'}"
            manage(build, "migrate", "--noinput")
            manage(build, "load_demo")
            copy_database(workdir / "demo.sqlite3", template)
        copy_database(template, workdir / "db.sqlite3")
        database_url = f"sqlite:///{workdir / 'db.sqlite3'}"
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        DATABASE_URL=database_url,
        SECRET_KEY="bench-only-" + "x" * 50,  # noqa: S105 (a throwaway key for this run)
        ALLOWED_HOSTS="127.0.0.1",
        SECURE_SSL_REDIRECT="false",
        DJANGO_REQUIRE_2FA="false",
        STATIC_ROOT=str(workdir / "static"),
        MEDIA_ROOT=str(workdir / "media"),
        PAGE_CACHE_GENERATION_FILE=str(workdir / "cache-generation"),
        LOG_LEVEL="WARNING",
    )
    manage(env, "collectstatic", "--noinput", "-v", "0")
    username, password = EDITOR
    manage(
        env,
        "shell",
        "-c",
        "from django.contrib.auth import get_user_model; User = get_user_model(); "
        f"User.objects.filter(username='{username}').delete(); "
        f"User.objects.create_superuser('{username}', 'bench@example.org', '{password}')",
    )
    return env


def start_gunicorn(env: dict, port: int, workers: int, threads: int) -> subprocess.Popen:
    server = subprocess.Popen(  # noqa: S603
        [GUNICORN, "portal.wsgi:application", "--bind", f"127.0.0.1:{port}"]
        + ["--workers", str(workers), "--threads", str(threads), "--worker-class", "gthread"]
        + ["--access-logfile", "/dev/null", "--log-level", "warning"],
        cwd=ROOT,
        env=env,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return server
        time.sleep(0.2)
    server.kill()
    sys.exit("gunicorn did not start")


def targets() -> dict[str, list[str]]:
    """URLs of each request type, read from the database the server uses."""
    from articles.models import ArticleIndexPage, ArticlePage
    from catalogue.models import CatalogueIndexPage, ProviderPage, ServiceCategory, ServicePage

    italian = {"locale__language_code": "it"}
    catalogue = CatalogueIndexPage.objects.live().filter(**italian).first()
    categories = ServiceCategory.objects.filter(**italian).values_list("code", flat=True)
    return {
        "home": ["/"],
        "article index": [ArticleIndexPage.objects.live().filter(**italian).first().url],
        "article": [page.url for page in ArticlePage.objects.live().filter(**italian)],
        "service": [page.url for page in ServicePage.objects.live().filter(**italian)],
        "provider": [page.url for page in ProviderPage.objects.live().filter(**italian)],
        "catalogue filtered": [f"{catalogue.url}?category={code}" for code in categories],
        "search": [f"/cerca/?q={word}" for word in ("anziani", "lavoro", "casa", "famiglie")],
        "autocomplete": [f"/cerca/autocomplete/?q={w}" for w in ("an", "lav", "cas", "fam")],
    }


# The mix: relative weights of the request types a reader makes.
MIX = {
    "home": 3,
    "article index": 2,
    "article": 5,
    "service": 4,
    "provider": 2,
    "catalogue filtered": 3,
    "search": 2,
    "autocomplete": 3,
    "article uncached": 2,
}


class Editor(threading.Thread):
    """Publishes an article every ``every`` seconds through the admin edit form."""

    def __init__(self, base: str, articles: list, every: float, stop: threading.Event):
        # The article edit form as the admin tests post it (all fields, a sample body).
        from django.utils.html import escape

        from tests.articles.test_admin import article_form

        super().__init__(daemon=True)
        self.base, self.articles, self.every, self.stop = base, articles, every, stop
        self.article_form, self.escape = article_form, escape
        self.published: list[tuple[int, str]] = []
        self.failures: list[str] = []
        self.stale_reads = 0

    def call(self, method, path, **kwargs):
        # Production marks the cookies Secure; over plain HTTP on loopback they are sent
        # by hand.
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        response = self.session.request(
            method, self.base + path, headers=headers, allow_redirects=False, **kwargs
        )
        self.cookies.update({cookie.name: cookie.value for cookie in response.cookies})
        self.session.cookies.clear()
        return response

    def login(self) -> None:
        import requests  # after locust, which patches ssl for gevent first

        self.session = requests.Session()
        self.cookies: dict[str, str] = {}
        self.call("GET", "/admin/login/")
        username, password = EDITOR
        credentials = {"username": username, "password": password}
        login = self.call(
            "POST",
            "/admin/login/",
            data={**credentials, "csrfmiddlewaretoken": self.cookies["csrftoken"]},
        )
        if login.status_code != 302:
            sys.exit(f"The bench editor could not log in: {login.status_code}")

    def run(self):
        call, cookies = self.call, self.cookies
        number = 0
        while not self.stop.wait(self.every):
            number += 1
            page = self.articles[number % len(self.articles)]
            title = f"{page.title.split(' · ')[0]} · edizione {number}"
            data = self.article_form(title=title, slug=page.slug)
            data["action-publish"] = "publish"
            data["csrfmiddlewaretoken"] = cookies["csrftoken"]
            response = call("POST", f"/admin/pages/{page.pk}/edit/", data=data)
            if response.status_code != 302:
                self.failures.append(f"publish {number}: {response.status_code}")
                continue
            self.published.append((page.pk, title))
            public = self.session.get(self.base + page.url, timeout=10)  # no cookies: a visitor
            if self.escape(title) not in public.text:
                self.stale_reads += 1


def run_load(
    base: str,
    urls: dict,
    users: int,
    seconds: int,
    think: tuple[float, float],
    warmup: int,
    on_start,
):
    """Readers for ``warmup`` seconds (not counted: workers load, caches fill), then for
    ``seconds`` counted."""
    recording = False
    samples: dict[str, list[float]] = defaultdict(list)
    errors: dict[str, int] = defaultdict(int)

    class Reader(FastHttpUser):
        host = base
        wait_time = between(*think)

        @task
        def browse(self):
            kind = random.choices(list(MIX), weights=list(MIX.values()))[0]  # noqa: S311
            uncached = kind == "article uncached"
            url = random.choice(urls["article" if uncached else kind])  # noqa: S311
            # A session cookie: the page cache steps aside, as for a logged-in reader.
            headers = {"Cookie": "sessionid=bench-reader"} if uncached else {}
            self.client.get(url, headers=headers, name=kind)

    def record(name, response_time, response, exception=None, **kwargs):
        if not recording:
            return
        status = getattr(response, "status_code", 0) or 0
        state = response.headers.get("X-Cache") if response is not None and status else None
        label = f"{name} ({state})" if state else name
        samples[label].append(response_time)
        if exception is not None or status >= 400 or status == 0:
            errors[label] += 1

    events.request.add_listener(record)
    environment = Environment(user_classes=[Reader], events=events)
    runner = environment.create_local_runner()
    runner.start(users, spawn_rate=users)
    time.sleep(warmup)
    recording = True
    started = time.monotonic()
    on_start()
    time.sleep(seconds)
    elapsed = time.monotonic() - started
    runner.quit()
    return samples, errors, elapsed


def lost_edits(published: list[tuple[int, str]]) -> int:
    from wagtail.models import PageLogEntry, Revision

    lost = 0
    for page_id, title in published:
        revisions = Revision.page_revisions.filter(object_id=str(page_id), content__title=title)
        logged = PageLogEntry.objects.filter(
            page_id=page_id, action="wagtail.publish", revision__in=revisions
        )
        lost += not logged.exists()
    return lost


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--publish-every", type=float, default=3.0)
    parser.add_argument("--think", type=float, nargs=2, default=(0.5, 1.5))
    parser.add_argument("--warmup", type=int, default=15)
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="welfare-load-"))
    env = prepare(workdir, os.environ.get("DATABASE_URL"))
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    # This process reads the same database for the URLs and the final check.
    os.environ.update({**env, "DJANGO_SETTINGS_MODULE": "portal.settings.production"})
    import django

    django.setup()
    urls = targets()
    from articles.models import ArticlePage

    articles = list(ArticlePage.objects.live().filter(locale__language_code="it")[:5])

    load_before = os.getloadavg()
    server = start_gunicorn(env, port, args.workers, args.threads)
    try:
        stop = threading.Event()
        editor = Editor(base, articles, args.publish_every, stop)
        editor.login()
        samples, errors, elapsed = run_load(
            base, urls, args.users, args.seconds, tuple(args.think), args.warmup, editor.start
        )
        stop.set()
        editor.join(30)
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(30)

    when = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    out(f"{when}, {platform.node()}, {os.cpu_count()} CPUs")
    # Anything else running on the machine inflates the latencies: say how busy it was.
    out(
        "load average (1, 5, 15 min) before the run: "
        + ", ".join(f"{value:.2f}" for value in load_before)
        + "; after: "
        + ", ".join(f"{value:.2f}" for value in os.getloadavg())
    )
    out(
        f"gunicorn {args.workers} workers x {args.threads} threads (gthread), "
        f"{args.users} users for {args.seconds} s, think time {args.think[0]}-{args.think[1]} s, "
        f"cache: {'Redis' if env.get('REDIS_URL') else 'local memory'}, "
        f"database: {env['DATABASE_URL'].split(':')[0]}"
    )
    out()
    out("| request | requests | req/s | p50 ms | p95 ms | p99 ms | errors |")
    out("|---|---:|---:|---:|---:|---:|---:|")
    total = 0
    for label in sorted(samples):
        times = samples[label]
        total += len(times)
        out(
            f"| {label} | {len(times)} | {len(times) / elapsed:.1f} | "
            f"{percentile(times, 0.5):.0f} | {percentile(times, 0.95):.0f} | "
            f"{percentile(times, 0.99):.0f} | {errors[label]} |"
        )
    out(f"| all | {total} | {total / elapsed:.1f} | | | | {sum(errors.values())} |")
    out()
    lost = lost_edits(editor.published)
    out(
        f"Editor: {len(editor.published)} publishes, {len(editor.failures)} failed "
        f"{editor.failures[:3]}, {lost} lost edits, {editor.stale_reads} stale reads after "
        "a publish"
    )
    shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
