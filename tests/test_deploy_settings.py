"""Past one machine: the settings docs/deploy.md names read the environment as it says
(read replica and its router, S3 media, the RQ task queue, gunicorn, data retention), a
real app server and a real worker use them, and the document cannot name a variable the
settings do not read."""

import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request

from django.db import transaction
from django.test import RequestFactory

import pytest

from portal.replica import ReplicaReadsMiddleware, ReplicaRouter
from tests.test_settings import PRODUCTION_ENV, ROOT, run, settings_value

DEPLOY_DOC = ROOT / "docs" / "deploy.md"
REDIS = "redis://127.0.0.1:6379/11"


# --- Read replica -------------------------------------------------------------------------


def test_without_a_replica_url_there_is_one_database_and_no_router():
    values = settings_value(
        "portal.settings.dev",
        "[sorted(settings.DATABASES), settings.DATABASE_ROUTERS, "
        "'portal.replica.ReplicaReadsMiddleware' in settings.MIDDLEWARE]",
    )
    assert values == [["default"], [], False]


def test_a_replica_url_adds_the_replica_its_router_and_middleware():
    replica, routers, middleware = settings_value(
        "portal.settings.dev",
        "[settings.DATABASES['replica'], settings.DATABASE_ROUTERS, settings.MIDDLEWARE]",
        DATABASE_URL="postgres://portal@primary.internal:5432/portal",
        DATABASE_REPLICA_URL="postgres://reader@replica.internal:5432/portal",
        DATABASE_CONN_MAX_AGE="60",
    )
    assert replica["ENGINE"] == "django.db.backends.postgresql"
    assert (replica["HOST"], replica["USER"], replica["CONN_MAX_AGE"]) == (
        "replica.internal",
        "reader",
        60,
    )
    assert replica["TEST"]["MIRROR"] == "default"
    assert routers == ["portal.replica.ReplicaRouter"]
    assert middleware.index("portal.replica.ReplicaReadsMiddleware") < middleware.index(
        "django.contrib.sessions.middleware.SessionMiddleware"
    )


def test_in_production_the_replica_keeps_connections_as_long_as_the_primary():
    ages = settings_value(
        "portal.settings.production",
        "[settings.DATABASES[alias]['CONN_MAX_AGE'] for alias in ('default', 'replica')]",
        **PRODUCTION_ENV,
        DATABASE_REPLICA_URL="postgres://reader@replica.internal:5432/portal",
    )
    assert ages == [60, 60]


def route_during(request) -> str:
    seen = []

    def view(_request):
        seen.append(ReplicaRouter().db_for_read(None))
        return None

    ReplicaReadsMiddleware(view)(request)
    return seen[0]


def test_the_router_sends_only_public_reads_to_the_replica():
    factory = RequestFactory()
    with_session = factory.get("/servizi/")
    with_session.COOKIES["sessionid"] = "abc"
    assert route_during(factory.get("/servizi/")) == "replica"
    assert route_during(factory.head("/")) == "replica"
    assert route_during(with_session) == "default"
    assert route_during(factory.post("/valuta/3/")) == "default"
    assert route_during(factory.get("/admin/pages/")) == "default"
    # Outside a request (management commands, workers) everything stays on the primary.
    assert ReplicaRouter().db_for_read(None) == "default"


@pytest.mark.django_db
def test_reads_inside_a_transaction_stay_on_the_primary():
    def view(_request):
        with transaction.atomic():
            return ReplicaRouter().db_for_read(None)

    assert ReplicaReadsMiddleware(view)(RequestFactory().get("/")) == "default"


def test_writes_and_migrations_go_to_the_primary_only():
    router = ReplicaRouter()
    assert router.db_for_write(None) == "default"
    assert router.allow_migrate("default", "home") is True
    assert router.allow_migrate("replica", "home") is False


# --- S3 media -----------------------------------------------------------------------------

S3_ENV = {
    "AWS_STORAGE_BUCKET_NAME": "portal-media",
    "AWS_S3_ENDPOINT_URL": "https://s3.example-cloud.it",
    "AWS_S3_REGION_NAME": "it-mil-1",
    "AWS_ACCESS_KEY_ID": "AKIDEXAMPLE",
    "AWS_SECRET_ACCESS_KEY": "secret-example",
}


def test_media_stay_on_disk_unless_a_bucket_is_named():
    backend = settings_value("portal.settings.dev", "settings.STORAGES['default']['BACKEND']")
    assert backend == "django.core.files.storage.FileSystemStorage"


def test_a_bucket_puts_media_on_s3_compatible_storage_with_public_unsigned_urls():
    storage, documents = settings_value(
        "portal.settings.dev",
        "[settings.STORAGES['default'], settings.WAGTAILDOCS_SERVE_METHOD]",
        **S3_ENV,
    )
    assert storage["BACKEND"] == "storages.backends.s3.S3Storage"
    assert storage["OPTIONS"] == {
        "bucket_name": "portal-media",
        "endpoint_url": "https://s3.example-cloud.it",
        "region_name": "it-mil-1",
        "custom_domain": None,
        "access_key": "AKIDEXAMPLE",
        "secret_key": "secret-example",
        "querystring_auth": False,
        "default_acl": None,
        "file_overwrite": False,
    }
    # Documents keep going through Django, so private collections stay private.
    assert documents == "serve_view"


@pytest.mark.db_independent
def test_s3_urls_are_plain_and_use_the_custom_domain_when_set():
    url = "__import__('django.core.files.storage').core.files.storage.storages['default'].url"
    plain = settings_value("portal.settings.dev", f"{url}('images/a b.jpg')", **S3_ENV)
    assert plain == "https://s3.example-cloud.it/portal-media/images/a%20b.jpg"
    custom = settings_value(
        "portal.settings.dev",
        f"{url}('images/a.jpg')",
        **S3_ENV,
        AWS_S3_CUSTOM_DOMAIN="media.welfare.example.org",
    )
    assert custom == "https://media.welfare.example.org/images/a.jpg"


# --- Task queue ---------------------------------------------------------------------------


def test_tasks_run_immediately_by_default():
    tasks = settings_value("portal.settings.dev", "settings.TASKS['default']['BACKEND']")
    assert tasks == "django_tasks.backends.immediate.ImmediateBackend"


def test_tasks_backend_rq_queues_tasks_in_redis():
    tasks, queues, apps = settings_value(
        "portal.settings.dev",
        "[settings.TASKS, settings.RQ_QUEUES, settings.INSTALLED_APPS]",
        TASKS_BACKEND="rq",
        REDIS_URL=REDIS,
        TASKS_TIMEOUT_SECONDS="900",
    )
    assert tasks == {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}
    assert queues == {"default": {"URL": REDIS, "DEFAULT_TIMEOUT": 900}}
    assert {"django_rq", "django_tasks_rq"} <= set(apps)


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"TASKS_BACKEND": "rq"}, "TASKS_BACKEND=rq needs REDIS_URL"),
        ({"TASKS_BACKEND": "celery"}, "TASKS_BACKEND must be 'immediate' or 'rq', not 'celery'"),
    ],
)
def test_a_task_backend_that_cannot_work_stops_the_start(env, message):
    result = run(["manage.py", "check"], {"DJANGO_SETTINGS_MODULE": "portal.settings.dev", **env})
    assert result.returncode != 0
    assert message in result.stderr


@pytest.mark.db_independent
def test_production_with_every_scale_out_option_passes_the_deploy_check():
    env = {
        **PRODUCTION_ENV,
        **S3_ENV,
        "DATABASE_REPLICA_URL": "sqlite:////tmp/portal-deploy-check.sqlite3",
        "TASKS_BACKEND": "rq",
        "REDIS_URL": REDIS,
        "TRUSTED_PROXY_IPS": "10.0.0.2",
    }
    result = run(["manage.py", "check", "--deploy", "--fail-level", "WARNING"], env)
    assert result.returncode == 0, result.stdout + result.stderr


# --- Data retention -----------------------------------------------------------------------


@pytest.mark.db_independent
def test_retention_periods_have_defaults_and_read_the_environment():
    expression = (
        "[settings.RETENTION_RATINGS_DAYS, settings.RETENTION_RATING_COMMENTS_DAYS, "
        "settings.RETENTION_FORM_SUBMISSIONS_DAYS, settings.RETENTION_LOGIN_LOGS_DAYS, "
        "settings.WAGTAILSEARCH_HITS_MAX_AGE]"
    )
    assert settings_value("portal.settings.dev", expression) == [730, 180, 365, 90, 90]
    assert settings_value(
        "portal.settings.dev",
        expression,
        RETENTION_RATINGS_DAYS="400",
        RETENTION_RATING_COMMENTS_DAYS="30",
        RETENTION_FORM_SUBMISSIONS_DAYS="60",
        RETENTION_LOGIN_LOGS_DAYS="14",
        RETENTION_SEARCH_DAYS="45",
    ) == [400, 30, 60, 14, 45]


# --- gunicorn -----------------------------------------------------------------------------


def gunicorn_config(**env) -> dict:
    # --print-config also loads the application: the development settings need no secrets.
    result = run(
        ["-m", "gunicorn", "--print-config"],
        {"DJANGO_SETTINGS_MODULE": "portal.settings.dev", **env},
    )
    assert result.returncode == 0, result.stderr
    values = {}
    for line in result.stdout.splitlines():
        name, _, value = line.partition("=")
        values[name.strip()] = value.strip()
    return values


@pytest.mark.db_independent
def test_gunicorn_reads_workers_threads_timeouts_and_trusted_proxies_from_the_environment():
    default = gunicorn_config()
    assert default["wsgi_app"] == "portal.wsgi:application"
    assert default["worker_class"] == "gthread"
    assert default["forwarded_allow_ips"] == "['127.0.0.1']"
    # A worker replaced every minute under load starts Django again each time.
    assert (default["max_requests"], default["max_requests_jitter"]) == ("10000", "1000")
    assert (default["threads"], default["timeout"], default["graceful_timeout"]) == (
        "4",
        "30",
        "30",
    )
    configured = gunicorn_config(
        GUNICORN_BIND="0.0.0.0:8001",
        GUNICORN_WORKERS="5",
        GUNICORN_THREADS="8",
        GUNICORN_TIMEOUT="20",
        GUNICORN_GRACEFUL_TIMEOUT="25",
        GUNICORN_KEEPALIVE="2",
        GUNICORN_MAX_REQUESTS="500",
        GUNICORN_LOG_LEVEL="warning",
        TRUSTED_PROXY_IPS="10.0.0.2,10.0.0.3",
    )
    assert configured["bind"] == "['0.0.0.0:8001']"
    assert (configured["workers"], configured["threads"]) == ("5", "8")
    assert (configured["timeout"], configured["graceful_timeout"]) == ("20", "25")
    assert (configured["keepalive"], configured["max_requests"]) == ("2", "500")
    assert configured["max_requests_jitter"] == "50"
    assert configured["loglevel"] == "warning"
    assert configured["forwarded_allow_ips"] == "['10.0.0.2', '10.0.0.3']"


def test_gunicorn_workers_pass_the_gil_between_threads_every_millisecond(monkeypatch):
    import runpy

    before = sys.getswitchinterval()
    try:
        config = runpy.run_path(str(ROOT / "gunicorn.conf.py"))
        config["post_worker_init"](None)
        assert sys.getswitchinterval() == pytest.approx(0.001)
        monkeypatch.setenv("GUNICORN_SWITCH_INTERVAL_MS", "5")
        runpy.run_path(str(ROOT / "gunicorn.conf.py"))["post_worker_init"](None)
        assert sys.getswitchinterval() == pytest.approx(0.005)
    finally:
        sys.setswitchinterval(before)


# --- Real servers: an app server under gunicorn, a replica alias, an RQ worker -------------


def manage(env, *args):
    result = subprocess.run(  # noqa: S603 - our own manage.py with fixed arguments
        [sys.executable, str(ROOT / "manage.py"), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def site_env(tmp_path_factory):
    """A migrated SQLite site with a home page, run in subprocesses."""
    folder = tmp_path_factory.mktemp("deploy")
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DATABASE_URL", "REDIS_URL", "ELASTICSEARCH_URL", "MEDIA_ROOT"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings.dev",
        DJANGO_DEBUG="false",
        DATABASE_URL=f"sqlite:///{folder / 'db.sqlite3'}",
        MEDIA_ROOT=str(folder / "media"),
        LOG_LEVEL="WARNING",
    )
    manage(env, "migrate", "--noinput")
    manage(
        env,
        "shell",
        "-c",
        "from home.demo import ensure_home, ensure_locales; ensure_home(*ensure_locales())",
    )
    return env


ROUTING = """
from django.db import connections
from django.test import Client
from django.test.utils import CaptureQueriesContext
client = Client(SERVER_NAME="localhost")
with CaptureQueriesContext(connections["default"]) as primary, \\
        CaptureQueriesContext(connections["replica"]) as replica:
    status = client.get("/").status_code
print(status, len(primary), len(replica))
with CaptureQueriesContext(connections["default"]) as primary, \\
        CaptureQueriesContext(connections["replica"]) as replica:
    status = client.get("/admin/login/").status_code
print(status, len(primary), len(replica))
"""


@pytest.mark.db_independent
def test_a_public_page_is_read_from_the_replica_and_the_admin_from_the_primary(site_env):
    env = {**site_env, "DATABASE_REPLICA_URL": site_env["DATABASE_URL"]}
    public, admin = manage(env, "shell", "-c", ROUTING).strip().splitlines()[-2:]
    status, primary, replica = map(int, public.split())
    assert status == 200
    assert (primary, replica > 0) == (0, True)
    status, primary, replica = map(int, admin.split())
    assert status == 200
    assert (primary > 0, replica) == (True, 0)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.db_independent
def test_gunicorn_serves_the_portal_and_stops_gracefully(site_env):
    port = free_port()
    env = {**site_env, "GUNICORN_BIND": f"127.0.0.1:{port}", "GUNICORN_WORKERS": "1"}
    server = subprocess.Popen(  # noqa: S603
        [sys.executable, "-m", "gunicorn"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=10) as page:  # noqa: S310
                    body = page.read().decode()
                    break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise
                time.sleep(0.5)
        assert '<html lang="it"' in body
        server.send_signal(signal.SIGTERM)
        assert server.wait(timeout=40) == 0
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()


def redis_available() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=1):
            return True
    except OSError:
        return False


ENQUEUE = """
from wagtail.models import Page
from search.tasks import refresh_related_task
home = Page.objects.get(depth=2, locale__language_code="it")
print(refresh_related_task.enqueue([home.pk]).id)
"""
RESULT = """
from django_tasks import default_task_backend
print(default_task_backend.get_result(TASK_ID).status.name)
"""


@pytest.mark.db_independent
def test_an_rq_worker_runs_the_tasks_the_portal_queues(site_env):
    if not redis_available():
        pytest.skip("needs Redis at 127.0.0.1:6379")
    # Redis database 11 is this test's own: the worker finds only the job queued here.
    env = {**site_env, "TASKS_BACKEND": "rq", "REDIS_URL": REDIS}
    task_id = manage(env, "shell", "-c", ENQUEUE).strip().splitlines()[-1]
    result = RESULT.replace("TASK_ID", repr(task_id))
    assert manage(env, "shell", "-c", result).strip().splitlines()[-1] == "READY"

    manage(env, "rqworker", "--burst", "--job-class", "django_tasks_rq.Job", "default")

    assert manage(env, "shell", "-c", result).strip().splitlines()[-1] == "SUCCESSFUL"


# --- docs/deploy.md and the settings cannot drift apart -----------------------------------

SETTINGS_SOURCES = [*sorted((ROOT / "portal" / "settings").glob("*.py")), ROOT / "gunicorn.conf.py"]


def deploy_doc_names() -> tuple[set[str], set[str]]:
    """Every upper-case name in backticks, and those in the environment table."""
    text = DEPLOY_DOC.read_text()
    named = set(re.findall(r"`([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)`", text))
    table = text.split("## Environment for production")[1].split("\n### ")[0]
    in_table = {
        name
        for line in table.splitlines()
        if line.startswith("| `")
        for name in re.findall(r"`([A-Z][A-Z0-9_]+)`", line.split(" | ")[0])
    }
    return named, in_table


def test_every_name_the_deploy_document_gives_is_in_the_settings_or_the_readme():
    named, in_table = deploy_doc_names()
    assert len(in_table) > 30, in_table
    source = "\n".join(path.read_text() for path in SETTINGS_SOURCES)
    readme = (ROOT / "README.md").read_text()
    unknown = sorted(name for name in named if name not in source and f"`{name}`" not in readme)
    assert unknown == []


def test_every_variable_in_the_deploy_table_is_read_from_the_environment():
    _named, in_table = deploy_doc_names()
    source = "\n".join(path.read_text() for path in SETTINGS_SOURCES)
    # DJANGO_SETTINGS_MODULE is read by Django itself (manage.py, portal.wsgi).
    not_read = sorted(
        name
        for name in in_table - {"DJANGO_SETTINGS_MODULE"}
        if not re.search(rf"""\(\s*["']{name}["']""", source)
    )
    assert not_read == []
