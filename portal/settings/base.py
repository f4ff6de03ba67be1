"""Settings shared by every environment.

Environment variables are read here with safe defaults so that a fresh clone runs
without configuration; only ``production.py`` insists on real values. Every variable
is listed in the README.
"""

import os
import tempfile
from datetime import timedelta
from pathlib import Path

import dj_database_url

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


INSTALLED_APPS = [
    "home",
    "articles",
    "catalogue",
    "search",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.sitemaps",
    "wagtail.api.v2",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "rest_framework",
    "django_tasks",
    "csp",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Anonymous page views from the cache (portal.cache); early, so a hit skips the rest.
    "portal.cache.PageCacheMiddleware",
    "portal.security.middleware.ContentSecurityPolicyMiddleware",
    "portal.security.middleware.PermissionsPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    # Staff who must use two-factor authentication enrol before any other admin page.
    "home.two_factor.TwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Keeps providers inside their own pages on admin views Wagtail does not restrict.
    "catalogue.admin_guard.ProviderIsolationMiddleware",
    # Each admin POST in one transaction: a publish commits whole or not at all.
    "portal.admin_writes.AtomicAdminWritesMiddleware",
    # Last, as django-axes asks: turns a locked-out login into its lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "portal.wsgi.application"

# Database: DATABASE_URL, else a SQLite file in the project.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
        conn_health_checks=True,
    )
}
# SQLite under concurrent readers and an editor: readers never wait for a writer (WAL), a
# writer waits up to 20 s for another instead of failing with "database is locked", and a
# transaction takes the write lock when it begins, so one that read first cannot fail when
# it starts writing (tests/test_database_settings.py).
SQLITE_OPTIONS = {
    "init_command": "PRAGMA journal_mode=WAL",
    "transaction_mode": "IMMEDIATE",
    "timeout": 20,
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = SQLITE_OPTIONS
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis when REDIS_URL is set, else local memory. While Redis is unreachable the
# site serves uncached (portal.redis_cache); short timeouts keep that fast.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "portal.redis_cache.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "portal",
            "TIMEOUT": 300,
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "portal",
        }
    }

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation: Italian is the default and source locale (unprefixed URLs),
# English lives under /en/.
LANGUAGE_CODE = "it"
LANGUAGES = [
    ("it", "Italiano"),
    ("en", "English"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [PROJECT_DIR / "locale"]
TIME_ZONE = "Europe/Rome"
USE_I18N = True
USE_TZ = True

# Static files: our own, plus Bootstrap Italia's distribution from node_modules
# (installed from the npm registry by `make`), served under /static/vendor/.
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
BOOTSTRAP_ITALIA_DIST = BASE_DIR / "node_modules" / "bootstrap-italia" / "dist"
STATICFILES_DIRS = [PROJECT_DIR / "static"]
if BOOTSTRAP_ITALIA_DIST.is_dir():
    STATICFILES_DIRS.append(("vendor/bootstrap-italia", BOOTSTRAP_ITALIA_DIST))
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Wagtail's page editor can exceed Django's default of 1000 fields per form.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Background tasks (search index and reference index updates). The immediate backend
# runs them in the request; production can switch to the database backend and a worker.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

WAGTAIL_SITE_NAME = "Welfare di comunità"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# Popular search queries keep only daily counts: WAGTAILSEARCH_HITS_MAX_AGE days of them
# (see the data retention block).
# The portal search (search.backends): "sqlite", "postgres" or "elasticsearch"; empty
# follows the database.
SEARCH_BACKEND = os.environ.get("SEARCH_BACKEND", "")
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "ods", "pdf", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_ENABLE_UPDATE_CHECK = False
# The public API (/api/v2/) serves rich text as display HTML, internal links resolved.
WAGTAILAPI_RICH_TEXT_FORMAT = "html"

# wagtail-localize: machine translation is off unless configured; tests use the
# dummy translator, which never calls the network.
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None

EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "portale@localhost")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django": {"handlers": ["console"], "level": "INFO", "propagate": False},
        # One line per background task and per publish is noise at the console.
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
    },
}

# --- Elasticsearch ----------------------------------------------------------------------
# Set ELASTICSEARCH_URL (comma-separated for several nodes) and both the portal search
# (search.backends.elasticsearch, index "<prefix>_portal_search") and Wagtail's admin
# search (indexes "<prefix>_wagtailcore_page", ...) use it, with the portal's Italian and
# English analyzers (search.elasticsearch_analysis). Unset, both stay on the database.
# An explicit SEARCH_BACKEND still wins for the portal search.
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "").strip()
ELASTICSEARCH_INDEX_PREFIX = os.environ.get("ELASTICSEARCH_INDEX_PREFIX", "").strip() or "welfare"
if ELASTICSEARCH_URL:
    from search.elasticsearch_analysis import wagtail_index_settings

    SEARCH_BACKEND = SEARCH_BACKEND or "elasticsearch"
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.elasticsearch9",
            "URLS": env_list("ELASTICSEARCH_URL"),
            "INDEX_PREFIX": f"{ELASTICSEARCH_INDEX_PREFIX}_",
            "TIMEOUT": 10,
            # One retry, not the client's three: an unreachable server is reported soon
            # and the portal search answers from the database (see the backend).
            "OPTIONS": {"max_retries": 1},
            "INDEX_SETTINGS": wagtail_index_settings(),
        }
    }
# --- end of the Elasticsearch block -----------------------------------------------------

# --- Security: headers, login throttling, two-factor authentication, uploads -----------
AUTHENTICATION_BACKENDS = [
    # django-axes first: a locked-out user name and address is refused before any password
    # check.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Django's SecurityMiddleware sends it; the same value in every environment.
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
# Public pages: our own files only, no inline script or style (the templates have none).
# Bootstrap Italia's CSS embeds a font and draws some icons as data: URIs; its video player
# is kept from adding <style> elements (static/js/bootstrap-italia-csp.js).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
    }
}
# The Wagtail admin (portal.security.middleware), relaxed as far as Chromium showed it needs
# (tests/browser/test_csp.py): Wagtail 8's page editor and explorer still print inline
# <script> elements (StreamField and chooser set-up, modal responses run by jQuery), its
# scripts write style attributes, image previews come from blob: and data: URLs, and the
# preview panel frames admin URLs. Still no eval, no plugins, no other origin.
PORTAL_ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "frame-ancestors": ["'self'"],
        "form-action": ["'self'"],
    }
}
# No Gravatar pictures in the admin: no request to another site, no e-mail hash leaked.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Documents served by Wagtail (WAGTAILDOCS_SERVE_METHOD below): nothing runs, nothing loads.
PORTAL_DOCUMENT_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {"default-src": ["'none'"], "sandbox": True}
}
# Browser features no page of the portal uses are denied to every origin.
PORTAL_PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "interest-cohort",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "usb",
        "browsing-topics",
    )
}
# Login throttling (django-axes): 5 wrong passwords for one user name from one address
# lock that pair out for 15 minutes (status 429 and our page); others are unaffected.
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "portal.security.lockout.lockout_response"
AXES_CLIENT_IP_CALLABLE = "portal.security.client_ip.client_ip"
# No version banner on every management command (lockouts are still logged).
AXES_VERBOSE = False
# Addresses of our reverse proxies: only their X-Forwarded-For is believed.
PORTAL_TRUSTED_PROXIES = env_list("TRUSTED_PROXY_IPS")
# Two-factor authentication (django-otp TOTP, home/two_factor.py): whoever has an
# authenticator must give its code at login; with PORTAL_REQUIRE_2FA, superusers, editors
# and moderators must also enrol one before using the admin. Off here so `make run`'s
# demo login works; on in production.
PORTAL_REQUIRE_2FA = env_bool("DJANGO_REQUIRE_2FA", False)
WAGTAILADMIN_USER_LOGIN_FORM = "home.two_factor.TwoFactorLoginForm"
OTP_TOTP_ISSUER = WAGTAIL_SITE_NAME
# Documents go through Django (so collection privacy and the headers above apply);
# only PDFs open in the browser, everything else downloads.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf"]
# --- end of the security block ----------------------------------------------------------

# --- Data retention ---------------------------------------------------------------------
# How long personal or possibly personal data is kept, in days; `manage.py
# purge_personal_data` (daily, see docs/deploy.md) deletes what is older. The privacy
# notice that load_demo creates (home/demo_info.py) states the values in force then;
# editors update the page when a period changes.
RETENTION_RATINGS_DAYS = int(os.environ.get("RETENTION_RATINGS_DAYS", "730"))
# The free-text comment of a rating may hold what a reader typed about themselves: it is
# blanked sooner, the score and reason stay for the report.
RETENTION_RATING_COMMENTS_DAYS = int(os.environ.get("RETENTION_RATING_COMMENTS_DAYS", "180"))
RETENTION_FORM_SUBMISSIONS_DAYS = int(os.environ.get("RETENTION_FORM_SUBMISSIONS_DAYS", "365"))
# django-axes' records of staff logins and failed logins (user name, IP address, browser).
RETENTION_LOGIN_LOGS_DAYS = int(os.environ.get("RETENTION_LOGIN_LOGS_DAYS", "90"))
# Daily counts of popular searches (Wagtail's setting, also read by its own
# `searchpromotions_garbage_collect`).
WAGTAILSEARCH_HITS_MAX_AGE = int(os.environ.get("RETENTION_SEARCH_DAYS", "90"))
# --- end of the data retention block ----------------------------------------------------

# --- Caching ----------------------------------------------------------------------------
# Whole pages for visitors without a session, purged on every publish (portal.cache);
# 0 turns the page cache off. Search results and autocomplete, per query and filters.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "300"))
SEARCH_CACHE_SECONDS = int(os.environ.get("SEARCH_CACHE_SECONDS", "60"))
# Purging (portal.cache) bumps a generation all worker processes must see: kept in Redis
# when there is one, else in this file (each process has its own local-memory cache).
PAGE_CACHE_GENERATION_FILE = os.environ.get(
    "PAGE_CACHE_GENERATION_FILE",
    "" if REDIS_URL else str(Path(tempfile.gettempdir()) / "welfare-portal-cache-generation"),
)
# --- end of the caching block -----------------------------------------------------------

# --- Scale-out --------------------------------------------------------------------------
# Past one machine (docs/deploy.md): a PostgreSQL read replica for public reads, media on
# S3-compatible storage, background tasks on Redis with RQ workers.
#
# DATABASE_REPLICA_URL: reads of visitors without a session (GET/HEAD outside the admin)
# go to the replica (portal.replica); writes, transactions and signed-in staff stay on
# the primary. Tests use the primary in its place (TEST MIRROR).
DATABASE_REPLICA_URL = os.environ.get("DATABASE_REPLICA_URL", "").strip()
if DATABASE_REPLICA_URL:
    DATABASES["replica"] = dj_database_url.parse(
        DATABASE_REPLICA_URL,
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
    )
    DATABASES["replica"]["TEST"] = {"MIRROR": "default"}
    DATABASE_ROUTERS = ["portal.replica.ReplicaRouter"]
    MIDDLEWARE.insert(
        MIDDLEWARE.index("django.contrib.sessions.middleware.SessionMiddleware"),
        "portal.replica.ReplicaReadsMiddleware",
    )

# AWS_STORAGE_BUCKET_NAME: uploaded images and documents in an S3-compatible bucket
# (django-storages). Image renditions are public URLs (no signed query strings, so
# pages stay cacheable); documents are still served through Django
# (WAGTAILDOCS_SERVE_METHOD), so collection privacy holds: keep documents/ and
# original_images/ private in the bucket policy.
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "").strip()
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
            "custom_domain": os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
            "access_key": os.environ.get("AWS_ACCESS_KEY_ID") or None,
            "secret_key": os.environ.get("AWS_SECRET_ACCESS_KEY") or None,
            "querystring_auth": False,
            # The bucket policy decides who reads what, not per-object ACLs.
            "default_acl": None,
            # Never overwrite an upload with the same name: Wagtail picks a new one.
            "file_overwrite": False,
        },
    }

# TASKS_BACKEND=rq: search-index and related-content updates are queued in Redis
# (REDIS_URL) and run by `manage.py rqworker --job-class django_tasks_rq.Job default`.
# "immediate" (the default) runs them inside the request that published the page.
TASKS_BACKEND = os.environ.get("TASKS_BACKEND", "immediate").strip().lower()
if TASKS_BACKEND not in {"immediate", "rq"} or (TASKS_BACKEND == "rq" and not REDIS_URL):
    from django.core.exceptions import ImproperlyConfigured

    if TASKS_BACKEND == "rq":
        raise ImproperlyConfigured("TASKS_BACKEND=rq needs REDIS_URL: the queue lives in Redis.")
    raise ImproperlyConfigured(f"TASKS_BACKEND must be 'immediate' or 'rq', not {TASKS_BACKEND!r}.")
if TASKS_BACKEND == "rq":
    INSTALLED_APPS += ["django_rq", "django_tasks_rq"]
    TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}
    RQ_QUEUES = {
        "default": {
            "URL": REDIS_URL,
            "DEFAULT_TIMEOUT": int(os.environ.get("TASKS_TIMEOUT_SECONDS", "600")),
        }
    }
# --- end of the scale-out block ---------------------------------------------------------
