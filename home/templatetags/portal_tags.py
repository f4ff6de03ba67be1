"""Template tags shared by every public page: language alternates, the main menu, the
footer and absolute URLs."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation

from wagtail.models import Site

from portal.cache import cached_fragment, children_tag, depends_on

register = template.Library()

LANGUAGE_NAMES = dict(settings.LANGUAGES)


@register.simple_tag(takes_context=True)
def language_alternates(context) -> list[dict]:
    """One entry per content language for the locale switcher and ``hreflang`` links:
    ``code``, ``name``, ``url`` (absolute), ``current`` and ``translated``.

    A page without a translation in some language links to that language's home page
    instead (``translated`` is False: no ``hreflang`` alternate is announced for it)."""
    request = context.get("request")
    if request is None:
        return []
    current = translation.get_language()
    page = context.get("page")
    urls: dict[str, str] = {}
    if page is not None and hasattr(page, "get_alternates"):
        for code, url in translated_urls(page, request).items():
            urls[code] = request.build_absolute_uri(url)
    else:
        # Views outside the page tree (search, errors) exist in every language.
        path = request.get_full_path()
        for code in LANGUAGE_NAMES:
            urls[code] = request.build_absolute_uri(translate_url(path, code))
    alternates = []
    for code, name in LANGUAGE_NAMES.items():
        translated = code in urls
        if not translated:
            home = "/" if code == settings.LANGUAGE_CODE else f"/{code}/"
            urls[code] = request.build_absolute_uri(home)
        alternates.append(
            {
                "code": code,
                "name": name,
                "url": urls[code],
                "current": code == current,
                "translated": translated,
            }
        )
    return alternates


def translated_urls(page, request) -> dict[str, str]:
    """The URL of each live translation of ``page`` by language, kept in the cache
    until one of them changes (portal.cache purges it with them)."""

    def compute() -> dict[str, str]:
        urls = {}
        for translated in page.get_alternates():
            url = translated.get_url(request=request)
            if url:
                urls[translated.locale.language_code] = url
        return urls

    if page.pk is None or getattr(request, "is_preview", False):
        return compute()
    site = Site.find_for_request(request)
    return cached_fragment("alternates", (page.pk, site.pk if site else None), compute)


@register.simple_tag(takes_context=True)
def absolute_url(context, url: str) -> str:
    request = context.get("request")
    return request.build_absolute_uri(url) if request is not None else url


@register.simple_tag(takes_context=True)
def main_menu(context) -> list[dict]:
    """Top-level pages marked "show in menus", in the reader's language: ``title``,
    ``url`` and ``active``. Kept in the cache per site and language until one of them,
    or the list, changes (portal.cache)."""
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return []
    language = translation.get_language() or settings.LANGUAGE_CODE

    def compute() -> list[dict]:
        root = site.root_page.localized
        # A page published into the menu later purges it.
        depends_on(children_tag(root.path))
        items = []
        for page in root.get_children().live().public().in_menu():
            items.append({"title": page.title, "url": page.get_url(request=request) or ""})
        return items

    items = cached_fragment("main-menu", (site.pk, language), compute)
    return [
        {**item, "active": bool(item["url"]) and request.path.startswith(item["url"])}
        for item in items
    ]


@register.inclusion_tag("includes/page_rating.html", takes_context=True)
def page_rating(context, page):
    """The "how clear was this page?" widget, or the thanks after an answer."""
    from home.rating import RatingForm

    request = context.get("request")
    thanked = bool(request) and request.GET.get("valutazione") == "grazie"
    return {"page": page, "form": RatingForm(), "thanked": thanked, "request": request}


@register.simple_tag(takes_context=True)
def footer_links(context) -> list:
    """The information pages marked for the footer, in the active language."""
    from home.footer import footer_links as links

    return links(translation.get_language() or "it")
