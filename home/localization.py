"""Show pages and snippets in the reader's locale.

wagtail-localize keeps some relations synchronised from the Italian source (topics,
authors, curated related pages, featured articles), so a translated page points at
Italian objects. These helpers swap them for their translations in one query per call,
whatever the number of objects, keeping the original order.
"""

from collections.abc import Iterable, Sequence

from django.db.models import Model

from wagtail.models import Locale, Page


def localized_objects(objects: Sequence[Model], locale: Locale, queryset=None) -> list:
    """Translations of ``objects`` in ``locale`` (same order), falling back to the original.

    ``queryset`` restricts which translations count (for pages: live and public ones).
    """
    objects = list(objects)
    missing = [obj for obj in objects if obj.locale_id != locale.pk]
    if not missing:
        return objects
    model = type(missing[0])
    if queryset is None:
        queryset = model._default_manager.all()
    translations = {
        obj.translation_key: obj
        for obj in queryset.filter(
            locale=locale, translation_key__in={obj.translation_key for obj in missing}
        )
    }
    return [translations.get(obj.translation_key, obj) for obj in objects]


def localized_pages(pages: Iterable[Page], locale: Locale) -> list[Page]:
    """Live, public pages in ``locale``; a page without a live translation stays as it is.

    Pages that are no longer live are dropped, so a curated list never shows dead links.
    """
    pages = [page for page in pages if page.live]
    if not pages:
        return []
    specific_model = type(pages[0])
    queryset = specific_model._default_manager.live().public().select_related("locale")
    return localized_objects(pages, locale, queryset=queryset)
