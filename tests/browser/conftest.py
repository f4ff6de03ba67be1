"""A real server with the demo site, and Debian's Chromium driven by Playwright.

The server is the one `make run` starts (development settings, demo content) on its own
SQLite file and media folder, so these tests see what a visitor sees and share nothing
with the rest of the suite. Chromium comes from the system (`apt-get install chromium`;
`.ci/run` installs it): test tools never download browsers. Without it, the tests are
skipped with that reason.
"""

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or ""
STARTUP_SECONDS = 240

pytestmark = pytest.mark.browser


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def manage(env, *args, **kwargs):
    return subprocess.run(  # noqa: S603 - our own manage.py with fixed arguments
        [sys.executable, str(ROOT / "manage.py"), *args],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
        **kwargs,
    )


@pytest.fixture(scope="session")
def demo_server(tmp_path_factory):
    if not CHROMIUM:
        pytest.skip("needs Chromium: apt-get install chromium (or set CHROMIUM_PATH)")
    folder = tmp_path_factory.mktemp("demo-site")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
        "DATABASE_URL": f"sqlite:///{folder / 'db.sqlite3'}",
        "MEDIA_ROOT": str(folder / "media"),
        "LOG_LEVEL": "WARNING",
        # The portal's own error pages, as visitors see them.
        "DJANGO_DEBUG": "false",
    }
    env.pop("ELASTICSEARCH_URL", None)
    manage(env, "migrate", "--noinput")
    manage(env, "load_demo")
    port = free_port()
    server = subprocess.Popen(  # noqa: S603
        [
            sys.executable,
            str(ROOT / "manage.py"),
            "runserver",
            f"127.0.0.1:{port}",
            "--noreload",
            "--insecure",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base_url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + STARTUP_SECONDS
    while True:
        try:
            with urllib.request.urlopen(base_url + "/", timeout=5):  # noqa: S310 - loopback
                break
        except OSError:
            if time.monotonic() > deadline or server.poll() is not None:
                server.kill()
                raise
            time.sleep(0.5)
    yield base_url
    server.terminate()
    server.wait(timeout=20)


# Per module, not per session: Playwright's sync API leaves its event loop marked as
# running in this thread until it stops, and Django then refuses new database
# connections in later tests (SynchronousOnlyOperation).
@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM:
        pytest.skip("needs Chromium: apt-get install chromium (or set CHROMIUM_PATH)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"]
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="it-IT")
    page = context.new_page()
    yield page
    context.close()
