"""Settings read the environment as the README says, and production passes --deploy."""

import json
import os
import subprocess
import sys
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders

import pytest

# Each test reads settings, most in a subprocess without DATABASE_URL.
pytestmark = pytest.mark.db_independent

ROOT = Path(__file__).resolve().parent.parent
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "portal.settings.production",
    "SECRET_KEY": "a-production-secret-that-is-long-and-random-0123456789-abcdefghij",
    "ALLOWED_HOSTS": "welfare.example.org",
    "DATABASE_URL": "sqlite:////tmp/portal-deploy-check.sqlite3",
    "CSRF_TRUSTED_ORIGINS": "https://welfare.example.org",
}


def run(args, env):
    clean = {key: value for key, value in os.environ.items() if key not in PRODUCTION_ENV}
    clean.pop("DATABASE_URL", None)
    clean.pop("REDIS_URL", None)
    return subprocess.run(  # noqa: S603
        [sys.executable, *args], cwd=ROOT, env={**clean, **env}, capture_output=True, text=True
    )


def settings_value(module, expression, **env):
    code = (
        "import json, django; from django.conf import settings; django.setup(); "
        f"print(json.dumps({expression}, default=str))"
    )
    result = run(["-c", code], {"DJANGO_SETTINGS_MODULE": module, **env})
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_production_settings_pass_the_deploy_check():
    result = run(["manage.py", "check", "--deploy", "--fail-level", "WARNING"], PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    env = {**PRODUCTION_ENV, "SECRET_KEY": ""}
    result = run(["manage.py", "check"], env)
    assert result.returncode != 0
    assert "SECRET_KEY must be set in production" in result.stderr


def test_database_defaults_to_a_sqlite_file_in_the_project():
    database = settings_value("portal.settings.dev", "settings.DATABASES['default']")
    assert database["ENGINE"] == "django.db.backends.sqlite3"
    assert database["NAME"] == str(ROOT / "db.sqlite3")


def test_database_url_selects_postgresql():
    database = settings_value(
        "portal.settings.dev",
        "settings.DATABASES['default']",
        DATABASE_URL="postgres://postgres@127.0.0.1:5432/portal",
    )
    assert database["ENGINE"] == "django.db.backends.postgresql"
    assert database["NAME"] == "portal"


def test_cache_is_local_memory_unless_redis_url_is_set():
    default = settings_value("portal.settings.dev", "settings.CACHES['default']['BACKEND']")
    redis = settings_value(
        "portal.settings.dev",
        "settings.CACHES['default']",
        REDIS_URL="redis://127.0.0.1:6379/1",
    )
    assert default == "django.core.cache.backends.locmem.LocMemCache"
    assert redis["BACKEND"] == "portal.redis_cache.ResilientRedisCache"
    assert redis["LOCATION"] == "redis://127.0.0.1:6379/1"


def test_italian_is_the_default_language_and_english_is_offered():
    assert settings.LANGUAGE_CODE == "it"
    assert [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES] == ["it", "en"]


def test_bootstrap_italia_and_its_fonts_are_served_from_our_static_files():
    assert finders.find("vendor/bootstrap-italia/css/bootstrap-italia.min.css")
    assert finders.find("vendor/bootstrap-italia/js/bootstrap-italia.bundle.min.js")
    fonts_css = Path(finders.find("css/fonts.css")).read_text()
    for line in fonts_css.splitlines():
        if "url(" in line:
            relative = line.split('url("../')[1].split('")')[0]
            assert finders.find(relative), relative


def test_translation_catalogues_are_compiled():
    result = run(["-m", "portal.compile_messages", "--check"], {})
    assert result.returncode == 0, result.stderr


def test_production_is_hardened_behind_the_https_proxy():
    values = settings_value(
        "portal.settings.production",
        "{name: getattr(settings, name) for name in ["
        "'SECURE_PROXY_SSL_HEADER', 'SECURE_SSL_REDIRECT', 'SECURE_HSTS_SECONDS', "
        "'SECURE_HSTS_INCLUDE_SUBDOMAINS', 'SESSION_COOKIE_SECURE', 'CSRF_COOKIE_SECURE', "
        "'CSRF_TRUSTED_ORIGINS', 'SECURE_REFERRER_POLICY', 'PORTAL_REQUIRE_2FA', "
        "'AUTHENTICATION_BACKENDS', 'WAGTAILDOCS_SERVE_METHOD', 'MIDDLEWARE']}",
        **PRODUCTION_ENV,
    )
    assert values["SECURE_PROXY_SSL_HEADER"] == ["HTTP_X_FORWARDED_PROTO", "https"]
    assert values["SECURE_SSL_REDIRECT"] is True
    assert values["SECURE_HSTS_SECONDS"] >= 60 * 60 * 24 * 365
    assert values["SECURE_HSTS_INCLUDE_SUBDOMAINS"] is True
    assert values["SESSION_COOKIE_SECURE"] is values["CSRF_COOKIE_SECURE"] is True
    assert values["CSRF_TRUSTED_ORIGINS"] == ["https://welfare.example.org"]
    assert values["SECURE_REFERRER_POLICY"] == "strict-origin-when-cross-origin"
    # Superusers, editors and moderators must use two-factor authentication.
    assert values["PORTAL_REQUIRE_2FA"] is True
    assert values["AUTHENTICATION_BACKENDS"][0] == "axes.backends.AxesStandaloneBackend"
    assert values["WAGTAILDOCS_SERVE_METHOD"] == "serve_view"
    middleware = values["MIDDLEWARE"]
    assert middleware[-1] == "axes.middleware.AxesMiddleware"
    assert middleware.index("django_otp.middleware.OTPMiddleware") == (
        middleware.index("django.contrib.auth.middleware.AuthenticationMiddleware") + 1
    )


def test_two_factor_is_optional_in_development_unless_asked_for():
    assert settings_value("portal.settings.dev", "settings.PORTAL_REQUIRE_2FA") is False
    assert (
        settings_value("portal.settings.dev", "settings.PORTAL_REQUIRE_2FA", DJANGO_REQUIRE_2FA="1")
        is True
    )


# --- Databases under load (WAL, busy timeout, persistent connections) -------------------


def test_sqlite_uses_wal_a_busy_timeout_and_immediate_transactions():
    database = settings_value("portal.settings.dev", "settings.DATABASES['default']")
    assert database["OPTIONS"] == {
        "init_command": "PRAGMA journal_mode=WAL",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
    assert database["CONN_HEALTH_CHECKS"] is True


def test_production_keeps_postgresql_connections_open_and_checked():
    database = settings_value(
        "portal.settings.production",
        "settings.DATABASES['default']",
        **{**PRODUCTION_ENV, "DATABASE_URL": "postgres://portal@db.example.org:5432/portal"},
    )
    assert database["ENGINE"] == "django.db.backends.postgresql"
    assert database["CONN_MAX_AGE"] == 60
    assert database["CONN_HEALTH_CHECKS"] is True
    assert "init_command" not in database.get("OPTIONS", {})
    shorter = settings_value(
        "portal.settings.production",
        "settings.DATABASES['default']['CONN_MAX_AGE']",
        **{**PRODUCTION_ENV, "DATABASE_CONN_MAX_AGE": "0"},
    )
    assert shorter == 0


def test_page_and_search_caches_default_on_and_read_the_environment():
    # DEBUG off, as on a server: development with DEBUG keeps the page cache off (below).
    assert settings_value(
        "portal.settings.dev",
        "[settings.PAGE_CACHE_SECONDS, settings.SEARCH_CACHE_SECONDS]",
        DJANGO_DEBUG="false",
    ) == [300, 60]
    assert settings_value(
        "portal.settings.dev",
        "[settings.PAGE_CACHE_SECONDS, settings.SEARCH_CACHE_SECONDS]",
        PAGE_CACHE_SECONDS="0",
        SEARCH_CACHE_SECONDS="15",
    ) == [0, 15]
    redis = settings_value(
        "portal.settings.dev", "settings.CACHES['default']", REDIS_URL="redis://127.0.0.1:6379/1"
    )
    assert redis["OPTIONS"] == {"socket_connect_timeout": 0.5, "socket_timeout": 0.5}


def test_development_serves_fresh_pages_unless_the_page_cache_is_asked_for():
    assert settings_value("portal.settings.dev", "settings.PAGE_CACHE_SECONDS") == 0
    assert (
        settings_value("portal.settings.dev", "settings.PAGE_CACHE_SECONDS", DJANGO_DEBUG="false")
        == 300
    )
    assert (
        settings_value(
            "portal.settings.dev", "settings.PAGE_CACHE_SECONDS", PAGE_CACHE_SECONDS="30"
        )
        == 30
    )
