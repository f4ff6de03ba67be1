"""Links in the footer to the information pages marked for it (accessibility statement,
privacy notice...). Cached per language and cleared when such a page is published,
unpublished or deleted, so the footer costs no query on a normal page view."""

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver

from wagtail.signals import page_published, page_unpublished

from portal.cache import depends_on, type_tag

from .models import InfoPage

CACHE_KEY = "footer-links:{language}"
LANGUAGES = ("it", "en")


def footer_links(language: str) -> list[dict]:
    # A page cached with the footer is purged when an information page changes.
    depends_on(type_tag(InfoPage))

    def load():
        pages = (
            InfoPage.objects.live()
            .public()
            .filter(show_in_footer=True, locale__language_code=language)
            .order_by("path")
        )
        return [{"title": page.title, "url": page.url} for page in pages]

    return cache.get_or_set(CACHE_KEY.format(language=language), load, timeout=None)


def clear_footer_links(**kwargs) -> None:
    cache.delete_many([CACHE_KEY.format(language=language) for language in LANGUAGES])


# Only information pages can change the footer: listen to them alone, not to every
# deletion on the site.
@receiver(page_published, sender=InfoPage)
@receiver(page_unpublished, sender=InfoPage)
@receiver(post_delete, sender=InfoPage)
def info_page_changed(sender, **kwargs):
    clear_footer_links()
    # Again after the commit: a page view between the change and the commit may have
    # put the old links back.
    transaction.on_commit(clear_footer_links, robust=True)
