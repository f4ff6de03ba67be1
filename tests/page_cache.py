"""For query-count tests: the view that matters is a page the cache has not stored (the
first view after a publish), while the pieces every page shares (menu, language links)
are in the cache, as they are for nearly every such view in production."""

from django.core.cache import cache
from django.test import RequestFactory

from portal.cache import page_cache_key


def warm_then_forget(client, settings, url: str, data: dict | None = None) -> None:
    """View ``url`` once with the page cache on (renditions, site root paths, menu and
    language links are cached), then drop the stored page itself."""
    settings.PAGE_CACHE_SECONDS = 300
    client.get(url, data)
    forget(url, data)


def forget(url: str, data: dict | None = None) -> None:
    cache.delete(page_cache_key(RequestFactory().get(url, data)))
