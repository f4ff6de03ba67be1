"""Template tags shared by every public page: language alternates and absolute URLs."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation

from wagtail.models import Site

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
        for translated in page.get_alternates():
            url = translated.get_url(request=request)
            if url:
                urls[translated.locale.language_code] = request.build_absolute_uri(url)
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


@register.simple_tag(takes_context=True)
def absolute_url(context, url: str) -> str:
    request = context.get("request")
    return request.build_absolute_uri(url) if request is not None else url


@register.simple_tag(takes_context=True)
def main_menu(context) -> list[dict]:
    """Top-level pages marked "show in menus", in the reader's language."""
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return []
    root = site.root_page.localized
    items = []
    for page in root.get_children().live().public().in_menu():
        url = page.get_url(request=request) or ""
        items.append({"page": page, "active": bool(url) and request.path.startswith(url)})
    return items


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
