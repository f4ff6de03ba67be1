"""Create or refresh real wagtail-localize translations from known strings.

Used by the demo content: the English pages are translation objects synced from the
Italian source (exactly what an editor gets from "Translate this page"), with each
source string given its English text.
"""

import html

from django.db import transaction

from wagtail.models import DraftStateMixin, Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource


def _translated_data(source_data: str, text: str) -> str:
    # Rich-text segments are stored as HTML; escape the translation where the source was.
    return html.escape(text, quote=False) if html.unescape(source_data) != source_data else text


@transaction.atomic
def publish_translation(instance, locale: Locale, strings: dict[str, str]):
    """Translate ``instance`` into ``locale`` and publish it.

    ``strings`` maps each source text to its translation; source strings it does not
    name keep their original text. Running it again updates the translation in place.
    Returns the translated instance.
    """
    source, created = TranslationSource.get_or_create_from_instance(instance)
    if not created:
        source.update_from_db()
    Translation.objects.get_or_create(source=source, target_locale=locale)

    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    for segment in segments:
        text = strings.get(html.unescape(segment.string.data))
        if text is None:
            continue
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": _translated_data(segment.string.data, text)},
        )
    # Pages (and other draftable models) are saved as a draft revision and published
    # here, synchronously: wagtail-localize's own publish=True defers publishing to the
    # end of the outermost transaction, from a page object that may be stale by then.
    drafts = isinstance(instance, DraftStateMixin)
    source.create_or_update_translation(
        locale, publish=not drafts, fallback=True, copy_parent_pages=True
    )
    translated = source.get_translated_instance(locale)
    if drafts:
        translated.get_latest_revision().publish()
        translated.refresh_from_db()
    return translated
