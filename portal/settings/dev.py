"""Local development: DEBUG on, a fixed insecure key, console e-mail."""

import os

from .base import *  # noqa: F403
from .base import env_bool, env_list

# DJANGO_DEBUG=false shows the portal's own error pages (the browser tests use it; serve
# static files with `runserver --insecure` then).
DEBUG = env_bool("DJANGO_DEBUG", True)
SECRET_KEY = "django-insecure-dev-only-not-for-production"  # noqa: S105
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]", *env_list("ALLOWED_HOSTS")]
INTERNAL_IPS = ["127.0.0.1"]

# While DEBUG is on, template edits show at once: the page cache stays off unless
# PAGE_CACHE_SECONDS is set (the browser tests and `DJANGO_DEBUG=false` keep it on).
if DEBUG and "PAGE_CACHE_SECONDS" not in os.environ:
    PAGE_CACHE_SECONDS = 0
