"""The anonymous page cache and the content generation that purges it (the Redis
backend that survives a dead server is ``portal.redis_cache``).

Pages: ``PageCacheMiddleware`` stores whole 200 responses of Wagtail pages (``serve``,
with their query string, e.g. catalogue filters) for visitors without a session, and
serves them again for ``PAGE_CACHE_SECONDS``. Anyone with a session cookie (editors,
readers who unlocked a private page) always gets a fresh page and never fills the
cache; previews live under /admin/ and are never cached.

Purging: every stored page carries the content *generation* current when its request
began; a new generation (``bump_generation``) makes every older entry a miss. Any
change that can show on some public page bumps it after its transaction commits:
publishing, unpublishing, deleting, moving a page or changing its privacy, saving or
deleting a snippet (topics, authors, taxonomies), an image, a site, and every change of
the search index or of related-content suggestions. Pages that list a page (indexes,
home, providers, topic listings, related blocks, the footer) are therefore purged with
it, at the price of purging the rest too: correctness over granularity. The search
result cache (``search.views``) is keyed by the same generation.
"""

from __future__ import annotations

import hashlib
import os
import secrets
from pathlib import Path
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.http import HttpResponse
from django.utils.cache import cc_delim_re

from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

GENERATION_KEY = "content-generation"
MAX_QUERY_STRING = 512
# Prefixes that are never pages: skip even the cache look-up.
SKIPPED_PREFIXES = ("/admin/", "/api/", "/documents/", "/static/", "/media/", "/django-admin/")
# Wagtail's catch-all page view; only its responses are stored.
PAGE_VIEW = "wagtail_serve"
UNCACHEABLE_CONTROL = {"private", "no-store", "no-cache"}


# Generation -------------------------------------------------------------------------


def current_generation() -> str:
    path = generation_file()
    if path is not None:
        try:
            return path.read_text() or _bump()
        except FileNotFoundError:
            return _bump()
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        # First use, or evicted: a fresh token also invalidates whatever is left over.
        cache.add(GENERATION_KEY, secrets.token_hex(8), timeout=None)
        generation = cache.get(GENERATION_KEY)
    return generation or ""


def generation_file() -> Path | None:
    """With the local-memory cache each worker process has a cache of its own, so the
    generation is kept in a file all of them read (PAGE_CACHE_GENERATION_FILE)."""
    path = settings.PAGE_CACHE_GENERATION_FILE
    return Path(path) if path else None


def bump_generation() -> None:
    """Make every cached page and search result stale, once the current transaction
    commits (at once outside one): a reader must not re-cache the old content between
    the bump and the commit."""
    transaction.on_commit(_bump, robust=True)


def _bump() -> str:
    generation = secrets.token_hex(8)
    path = generation_file()
    if path is None:
        cache.set(GENERATION_KEY, generation, timeout=None)
    else:
        # Written aside and renamed: a reader sees the old token or the new, never half.
        draft = path.with_name(f"{path.name}.{generation}")
        draft.write_text(generation)
        os.replace(draft, path)
    return generation


# Page cache ---------------------------------------------------------------------------


def page_cache_key(request) -> str | None:
    """The normalised key of this request, or None when it must not use the cache."""
    if request.method not in ("GET", "HEAD"):
        return None
    if settings.SESSION_COOKIE_NAME in request.COOKIES or "HTTP_AUTHORIZATION" in request.META:
        return None
    path = request.path
    if path.startswith(SKIPPED_PREFIXES):
        return None
    query = request.META.get("QUERY_STRING", "")
    if len(query) > MAX_QUERY_STRING:
        return None
    try:
        host = request.get_host()
    except DisallowedHost:
        return None
    normalised = urlencode(sorted(parse_qsl(query, keep_blank_values=True)))
    raw = f"{request.scheme}://{host}{path}?{normalised}"
    return "page:" + hashlib.sha256(raw.encode()).hexdigest()


def storable(request, response) -> bool:
    match = getattr(request, "resolver_match", None)
    if request.method != "GET" or match is None or match.url_name != PAGE_VIEW:
        return False
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if getattr(request, "is_preview", False):
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    control = {
        part.split("=")[0].strip().lower()
        for part in cc_delim_re.split(response.get("Cache-Control", ""))
    }
    return not control & UNCACHEABLE_CONTROL


class PageCacheMiddleware:
    """Serves anonymous page views from the cache; see the module docstring."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = settings.PAGE_CACHE_SECONDS
        key = page_cache_key(request) if seconds > 0 else None
        if key is None:
            return self.get_response(request)

        if generation_file() is None:
            # One round trip to Redis for both.
            found = cache.get_many([GENERATION_KEY, key])
            generation = found.get(GENERATION_KEY) or current_generation()
            entry = found.get(key)
        else:
            generation, entry = current_generation(), cache.get(key)
        if entry is not None and entry[0] == generation:
            _generation, status, headers, content = entry
            response = HttpResponse(content, status=status)
            for name, value in headers:
                response[name] = value
            response["X-Cache"] = "hit"
            return response

        response = self.get_response(request)
        if storable(request, response):
            headers = [(name, value) for name, value in response.items() if name != "X-Cache"]
            cache.set(key, (generation, response.status_code, headers, response.content), seconds)
            response["X-Cache"] = "miss"
        return response


# What purges --------------------------------------------------------------------------

# Page fields a draft save touches; the live page does not show them.
DRAFT_FIELDS = {
    "latest_revision",
    "latest_revision_created_at",
    "has_unpublished_changes",
    "draft_title",
    "locked",
    "locked_at",
    "locked_by",
}


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def page_changed(sender, **kwargs):
    bump_generation()


@receiver(post_save)
def model_saved(sender, instance, update_fields=None, **kwargs):
    if isinstance(instance, Page):
        if instance.live and not (update_fields and set(update_fields) <= DRAFT_FIELDS):
            bump_generation()
    elif shows_on_pages(sender):
        bump_generation()


@receiver(post_delete)
def model_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page) or shows_on_pages(sender):
        bump_generation()


def shows_on_pages(model) -> bool:
    """Models other than pages whose rows public pages render."""
    from wagtail.contrib.search_promotions.models import SearchPromotion
    from wagtail.images import get_image_model
    from wagtail.snippets.models import get_snippet_models

    return (
        issubclass(model, (PageViewRestriction, Site, SearchPromotion, get_image_model()))
        or model in get_snippet_models()
    )


# Short-lived results (search) -------------------------------------------------------------


def remember(name: str, parts: tuple, seconds: int, compute):
    """``compute()``, or its value from the last ``seconds`` for the same ``parts`` and
    the same content generation (so a publish or a re-index makes it stale at once)."""
    if seconds <= 0:
        return compute()
    digest = hashlib.sha256(repr((current_generation(), parts)).encode()).hexdigest()
    key = f"{name}:{digest}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, seconds)
    return value
