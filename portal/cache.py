"""The anonymous page cache and what purges it (the Redis backend that survives a dead
server is ``portal.redis_cache``).

Pages: ``PageCacheMiddleware`` stores whole 200 responses of Wagtail pages (``serve``,
with their query string, e.g. catalogue filters) for visitors without a session, and
serves them again for ``PAGE_CACHE_SECONDS``. Anyone with a session cookie (editors,
readers who unlocked a private page) always gets a fresh page and never fills the
cache; previews live under /admin/ and are never cached.

Purging is by *tags*. While a page renders for the cache, every page the render loads
from the database is recorded (``page:<id>``, and ``translations:<key>`` when its
translation key is loaded): the page itself, its ancestors, the pages it lists, links
to, suggests or shows in the menu. Listings add what a query could find next time
(``depends_on``): an index page the children of its path, the home page every article,
the catalogue every service. A page type that declares nothing depends on ``pages``,
which every page change purges. Each tag has a clock in the cache (a token, replaced
on every purge of the tag); a stored page keeps the clocks of its tags and is a miss
once one of them moved. So publishing an article purges the article, its index, the
home page, the pages that link to it or suggest it, and nothing else.

A purge happens after its transaction commits, replacing first a global ``clock``
token and then the tags' tokens; a render notes the clock before it starts and is not
stored if the clock moved before its tags were read (it may have read the old content).

What purges what:

- a page published, unpublished or saved live: ``page_change_tags`` (the page, its
  parent's children, its type, its translations, ``pages``);
- the search index and related suggestions (``search.indexing``, ``search.tasks``): the
  pages whose document or suggestions changed, and ``search`` (cached search results);
- everything else a public page can show, and the rare wide changes (moving or deleting
  a page, privacy, snippets such as topics and authors, images, sites, search
  promotions, rebuilding the index): ``bump_generation``, a new *generation* that every
  older entry fails.

Tag clocks and the generation live in the cache (Redis: keys without expiry, so an
eviction policy such as ``volatile-lru`` never drops them; a lost clock is replaced by a
new token, which only makes entries miss). With the local-memory cache each worker
process has a cache of its own, so they live in files all workers read
(``PAGE_CACHE_GENERATION_FILE`` and the directory beside it, ``<file>.tags``).
"""

from __future__ import annotations

import contextvars
import hashlib
import os
import re
import secrets
import threading
from collections.abc import Iterable
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.db import transaction
from django.db.models.signals import post_delete, post_init, post_save
from django.dispatch import receiver
from django.http import HttpResponse
from django.utils.cache import cc_delim_re

from wagtail.models import Page, PageViewRestriction, Site, get_page_models
from wagtail.signals import page_published, page_unpublished, post_page_move

GENERATION_KEY = "content-generation"
TAG_PREFIX = "content-tag:"
# Replaced at the start of every purge: see the module docstring.
CLOCK = "~clock"
# Every page change purges it: what a page depends on when it does not say.
BROAD_TAG = "pages"
# Cached search results and autocomplete.
SEARCH_TAG = "search"
# Stored entries name their format: an entry of another format (an older release's) is
# a miss, never a page served with unchecked tags.
ENTRY_FORMAT = "page/2"
FRAGMENT_FORMAT = "fragment/2"
MAX_QUERY_STRING = 512
# Prefixes that are never pages: skip even the cache look-up.
SKIPPED_PREFIXES = ("/admin/", "/api/", "/documents/", "/static/", "/media/", "/django-admin/")
# Wagtail's catch-all page view; only its responses are stored.
PAGE_VIEW = "wagtail_serve"
UNCACHEABLE_CONTROL = {"private", "no-store", "no-cache"}
SAFE_TAG = re.compile(r"^[\w.:~-]{1,100}$")


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


# Inside ``narrowed_purge()``: the callers of bump_generation() there purge more
# precisely themselves.
_narrowed: contextvars.ContextVar[bool] = contextvars.ContextVar("narrowed", default=False)


def bump_generation() -> None:
    """Make every cached page and search result stale, once the current transaction
    commits (at once outside one): a reader must not re-cache the old content between
    the bump and the commit."""
    if _narrowed.get():
        return
    transaction.on_commit(_bump, robust=True)


@contextmanager
def narrowed_purge():
    """Within the block, ``bump_generation()`` purges nothing: for code that purges
    everything when the caller knows, and purges, exactly what changed."""
    token = _narrowed.set(True)
    try:
        yield
    finally:
        _narrowed.reset(token)


def _bump() -> str:
    generation = secrets.token_hex(8)
    path = generation_file()
    if path is None:
        cache.set(GENERATION_KEY, generation, timeout=None)
    else:
        _write_file(path, generation)
    return generation


def _write_file(path: Path, token: str) -> None:
    # Written aside and renamed: a reader sees the old token or the new, never half.
    draft = path.with_name(f"{path.name}.{secrets.token_hex(8)}")
    draft.write_text(token)
    os.replace(draft, path)


# Tags ---------------------------------------------------------------------------------


def page_tag(page_id) -> str:
    return f"page:{page_id}"


def related_tag(page_id) -> str:
    """A page's stored related suggestions (purged by ``search.tasks``)."""
    return f"related:{page_id}"


def children_tag(path: str) -> str:
    """The children of the page at this tree path (a listing of them)."""
    return f"children:{path}"


def type_tag(model) -> str:
    """Every page of this type (a listing that queries the type)."""
    return f"type:{model._meta.label_lower}"


def page_change_tags(page) -> set[str]:
    """What a page published, unpublished or saved live purges: the pages that load it,
    listings of its parent's children and of its type, its translations' language links."""
    tags = {BROAD_TAG, page_tag(page.pk), f"translations:{page.translation_key}"}
    if page.depth and page.depth > 1:
        tags.add(children_tag(page.path[: -Page.steplen]))
    specific = page.specific_class or type(page)
    for model in specific.__mro__:
        if issubclass(model, Page) and model is not Page and not model._meta.abstract:
            tags.add(type_tag(model))
    return tags


def purge(tags: Iterable[str]) -> None:
    """Make the cached pages and fragments that depend on any of these tags stale, once
    the current transaction commits (at once outside one)."""
    tags = frozenset(tags)
    if tags:
        transaction.on_commit(partial(_purge_now, tags), robust=True)


def _purge_now(tags: frozenset[str]) -> None:
    token = secrets.token_hex(8)
    # The clock first: a render that read its tags before this purge's tokens, but
    # after the content changed, sees the clock move and does not store (see below).
    _write_tokens([CLOCK], token)
    _write_tokens(sorted(tags), token)
    # And again after: tokens a process remembers under a clock (``_FileTokens``) were
    # all read after that clock was written, so none can predate the tags written here.
    _write_tokens([CLOCK], secrets.token_hex(8))


def _tag_directory() -> Path | None:
    path = generation_file()
    return path.with_name(f"{path.name}.tags") if path is not None else None


def _file_name(tag: str) -> str:
    return tag if SAFE_TAG.match(tag) else "h-" + hashlib.sha256(tag.encode()).hexdigest()


def read_tokens(tags: Iterable[str], clock: str | None = None) -> dict[str, str | None]:
    """The current token of each tag (None: none yet, or unreachable). ``clock``: the
    purge clock just read, which file-backed tokens need and then do not read again."""
    tags = list(tags)
    directory = _tag_directory()
    if directory is None:
        found = cache.get_many([TAG_PREFIX + tag for tag in tags])
        return {tag: found.get(TAG_PREFIX + tag) for tag in tags}
    return _file_tokens.read(directory, tags, clock)


def _read_token_file(path: Path) -> str | None:
    try:
        return path.read_text() or None
    except FileNotFoundError:
        return None


class _FileTokens:
    """The tokens of file-backed tags, remembered by this process while the clock stands
    still: a cache hit reads one file (the clock) instead of one per tag.

    Every purge writes the clock, then its tags, then the clock again, so a token read
    after the clock showed a value was written before it or is newer still; any later
    purge moves the clock and empties what is remembered. A tag with no token yet is not
    remembered (another process may give it one without a purge). Reading a file releases
    the GIL: in a threaded worker busy rendering, each read may wait a switch interval
    for it back, so 30 reads per hit were 30 such waits."""

    def __init__(self):
        self.lock = threading.Lock()
        self.clock: tuple[Path, str | None] | None = None
        self.tokens: dict[str, str] = {}

    def read(
        self, directory: Path, tags: list[str], clock: str | None = None
    ) -> dict[str, str | None]:
        if clock is None:
            clock = _read_token_file(directory / _file_name(CLOCK))
        with self.lock:
            if clock is None or (directory, clock) != self.clock:
                self.clock, self.tokens = (directory, clock), {}
            known = self.tokens
        result: dict[str, str | None] = {}
        for tag in tags:
            if tag == CLOCK:
                result[tag] = clock
                continue
            token = known.get(tag)
            if token is None:
                token = _read_token_file(directory / _file_name(tag))
                if token is not None and clock is not None:
                    known[tag] = token
            result[tag] = token
        return result


_file_tokens = _FileTokens()


def _write_tokens(tags: list[str], token: str) -> None:
    directory = _tag_directory()
    if directory is None:
        cache.set_many({TAG_PREFIX + tag: token for tag in tags}, timeout=None)
        return
    directory.mkdir(parents=True, exist_ok=True)
    for tag in tags:
        _write_file(directory / _file_name(tag), token)


def _add_tokens(tags: list[str]) -> None:
    """Give a token to tags that have none, leaving any token already there."""
    directory = _tag_directory()
    if directory is None:
        for tag in tags:
            cache.add(TAG_PREFIX + tag, secrets.token_hex(8), timeout=None)
        return
    directory.mkdir(parents=True, exist_ok=True)
    for tag in tags:
        draft = directory / f".{secrets.token_hex(8)}"
        draft.write_text(secrets.token_hex(8))
        try:
            os.link(draft, directory / _file_name(tag))  # fails if a token is there
        except FileExistsError:
            pass
        finally:
            draft.unlink()


def tokens_for(tags: Iterable[str], clock: str | None) -> dict[str, str] | None:
    """The tokens to store with content rendered since ``clock`` was read, or None when
    it must not be stored (a purge happened meanwhile, or the clocks are unreachable)."""
    wanted = [*sorted(set(tags)), CLOCK]
    tokens = read_tokens(wanted)
    missing = [tag for tag, token in tokens.items() if token is None and tag != CLOCK]
    if missing:
        _add_tokens(missing)
        tokens = read_tokens(wanted)
    now = tokens.pop(CLOCK)
    if clock is None or now != clock or None in tokens.values():
        return None
    return tokens


def current_clock() -> str | None:
    clock = read_tokens([CLOCK])[CLOCK]
    if clock is None:
        _add_tokens([CLOCK])
        clock = read_tokens([CLOCK])[CLOCK]
    return clock


def still_current(tokens, clock: str | None = None) -> bool:
    if not isinstance(tokens, dict) or not tokens:
        return False
    current = read_tokens(tokens, clock)
    return all(token is not None and current[tag] == token for tag, token in tokens.items())


# What a render depends on -------------------------------------------------------------


class Dependencies:
    """The tags collected while one page (or fragment) renders for the cache."""

    def __init__(self):
        self.tags: set[str] = set()
        self.declared = False


_collecting: contextvars.ContextVar[Dependencies | None] = contextvars.ContextVar(
    "collecting", default=None
)


def depends_on(*tags: str) -> None:
    """The page (or fragment) being rendered shows something these tags purge, beyond
    the pages it loads: e.g. a listing whose query could find a page published later.
    No-op outside a cached render."""
    collected = _collecting.get()
    if collected is not None:
        collected.tags.update(tags)


def declare_dependencies(tags: Iterable[str]) -> None:
    """A page type's own statement of what it lists (``BasePage.cache_dependencies``).
    A render that makes none depends on ``pages``, purged by every page change."""
    collected = _collecting.get()
    if collected is not None:
        collected.tags.update(tags)
        collected.declared = True


def page_loaded(sender, instance, **kwargs) -> None:
    """``post_init`` of every page model: a page loaded during a cached render is shown,
    listed or used by it, so the render depends on it."""
    collected = _collecting.get()
    if collected is None or instance.pk is None:
        return
    collected.tags.add(page_tag(instance.pk))
    key = instance.__dict__.get("translation_key")
    if key is not None:
        collected.tags.add(f"translations:{key}")


def connect_page_models() -> None:
    for model in get_page_models():
        post_init.connect(page_loaded, sender=model, dispatch_uid=f"page-cache-{model}")


@contextmanager
def collecting():
    """Record the dependencies of what renders within; they also count for the page
    (or fragment) being rendered around it."""
    outer = _collecting.get()
    collected = Dependencies()
    token = _collecting.set(collected)
    try:
        yield collected
    finally:
        _collecting.reset(token)
        if outer is not None:
            outer.tags |= collected.tags


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


def _generation_clock_and(key: str):
    """The generation, the purge clock and the entry at ``key``: one round trip to
    Redis when it holds them all."""
    if generation_file() is not None:
        return current_generation(), current_clock(), cache.get(key)
    found = cache.get_many([GENERATION_KEY, TAG_PREFIX + CLOCK, key])
    generation = found.get(GENERATION_KEY) or current_generation()
    clock = found.get(TAG_PREFIX + CLOCK) or current_clock()
    return generation, clock, found.get(key)


def _fresh(entry, format_name: str, generation: str, clock: str | None, size: int) -> bool:
    return (
        isinstance(entry, tuple)
        and len(entry) == size
        and entry[0] == format_name
        and entry[1] == generation
        and still_current(entry[2], clock)
    )


class PageCacheMiddleware:
    """Serves anonymous page views from the cache; see the module docstring."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = settings.PAGE_CACHE_SECONDS
        key = page_cache_key(request) if seconds > 0 else None
        if key is None:
            return self.get_response(request)

        generation, clock, entry = _generation_clock_and(key)
        if _fresh(entry, ENTRY_FORMAT, generation, clock, 6):
            _format, _generation, _tokens, status, headers, content = entry
            response = HttpResponse(content, status=status)
            for name, value in headers:
                response[name] = value
            response["X-Cache"] = "hit"
            return response

        with collecting() as collected:
            response = self.get_response(request)
        if storable(request, response):
            if not collected.declared:
                collected.tags.add(BROAD_TAG)
            tokens = tokens_for(collected.tags, clock)
            if tokens is not None:
                headers = [(name, value) for name, value in response.items() if name != "X-Cache"]
                entry = (ENTRY_FORMAT, generation, tokens, response.status_code, headers)
                cache.set(key, (*entry, response.content), seconds)
            response["X-Cache"] = "miss"
        return response


def cached_fragment(name: str, parts: tuple, compute, seconds: int | None = None):
    """``compute()``, kept in the cache until a page it loaded (or a tag it declared
    with ``depends_on``) is purged: for pieces every page repeats, such as the menu.
    A page rendered around it depends on the same tags, cached or not."""
    seconds = settings.PAGE_CACHE_SECONDS if seconds is None else seconds
    if seconds <= 0:
        return compute()
    digest = hashlib.sha256(repr(parts).encode()).hexdigest()
    key = f"fragment:{name}:{digest}"
    generation, clock, entry = _generation_clock_and(key)
    if _fresh(entry, FRAGMENT_FORMAT, generation, clock, 4):
        outer = _collecting.get()
        if outer is not None:
            outer.tags.update(entry[2])
        return entry[3]
    with collecting() as collected:
        value = compute()
    tokens = tokens_for(collected.tags, clock) if collected.tags else None
    if tokens is not None:
        cache.set(key, (FRAGMENT_FORMAT, generation, tokens, value), seconds)
    return value


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
def page_changed(sender, instance, **kwargs):
    purge(page_change_tags(instance))


@receiver(post_page_move)
def page_moved(sender, **kwargs):
    # The URLs of the page and everything under it change: wherever they are linked.
    bump_generation()


@receiver(post_save)
def model_saved(sender, instance, update_fields=None, **kwargs):
    if isinstance(instance, Page):
        if instance.live and not (update_fields and set(update_fields) <= DRAFT_FIELDS):
            purge(page_change_tags(instance))
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
    """``compute()``, or its value from the last ``seconds`` for the same ``parts``, the
    same content generation and the same ``search`` tag (so a publish, a re-index or a
    snippet change makes it stale at once)."""
    if seconds <= 0:
        return compute()
    if generation_file() is None:
        found = cache.get_many([GENERATION_KEY, TAG_PREFIX + SEARCH_TAG])
        generation = found.get(GENERATION_KEY) or current_generation()
        search = found.get(TAG_PREFIX + SEARCH_TAG)
    else:
        generation, search = current_generation(), read_tokens([SEARCH_TAG])[SEARCH_TAG]
    if search is None:
        _add_tokens([SEARCH_TAG])
        search = read_tokens([SEARCH_TAG])[SEARCH_TAG]
    if search is None:  # the cache is unreachable
        return compute()
    digest = hashlib.sha256(repr((generation, search, parts)).encode()).hexdigest()
    key = f"{name}:{digest}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, seconds)
    return value
