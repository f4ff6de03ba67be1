"""Show pages and snippets in the reader's locale.

wagtail-localize keeps some relations synchronised from the Italian source (topics,
authors, curated related pages, featured articles), so a translated page points at
Italian objects. These helpers swap them for their translations in one query per call,
whatever the number of objects, keeping the original order.
"""

from collections.abc import Iterable, Sequence

from django.conf import settings
from django.db.models import Model, Q

from wagtail.models import Locale, Page


def source_locale_only() -> Q:
    """``limit_choices_to`` for vocabulary links: pages link the terms of the source
    (default) language, and translations show the translated names."""
    return Q(locale__language_code=settings.LANGUAGE_CODE)


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


def localize_terms(terms, locale: Locale) -> dict:
    """Map each term, keyed by ``(model, pk)``, to its translation in ``locale``, with one
    query per model whatever the number of terms."""
    by_model: dict[type, dict] = {}
    for term in terms:
        if term is not None:
            by_model.setdefault(type(term), {})[term.pk] = term
    mapping = {}
    for model_terms in by_model.values():
        originals = list(model_terms.values())
        for original, translated in zip(
            originals, localized_objects(originals, locale), strict=True
        ):
            mapping[(type(original), original.pk)] = translated
    return mapping
