"""Test settings: fast, isolated, never touching the network."""

import os
import tempfile
from pathlib import Path

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-secret-key"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

# Tasks run immediately so search and reference indexes are current in tests.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Page and search caches are on only in the tests that prove them (tests/test_caching.py,
# tests/search/test_search_cache.py): elsewhere a test may change content through the ORM
# without publishing and expects the next request to show it.
PAGE_CACHE_SECONDS = 0
SEARCH_CACHE_SECONDS = 0
# One process: the generation lives in the cache, not in a file shared with other runs.
PAGE_CACHE_GENERATION_FILE = ""

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Uploads and renditions made by tests; a throwaway folder outside the project, one per
# pytest-xdist worker so parallel tests never see each other's files.
MEDIA_ROOT = Path(tempfile.gettempdir()) / (
    f"welfare-portal-test-media-{os.environ.get('PYTEST_XDIST_WORKER', 'main')}"
)

EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

# The admin tests log editors in with force_login; tests/security/test_two_factor.py turns
# the requirement on to prove it.
PORTAL_REQUIRE_2FA = False

WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
    "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator",
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"null": {"class": "logging.NullHandler"}},
    "root": {"handlers": ["null"], "level": "WARNING"},
}

# The suite's search runs on the test database whatever the environment says; the
# Elasticsearch tests build their own backend from ELASTICSEARCH_URL.
SEARCH_BACKEND = ""
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
