"""Page events that change what search may find."""

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial

from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import receiver

from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import indexing
from .models import RelatedSuggestion, SearchDocument
from .tasks import index_pages_task, index_subtree_task, refresh_related_task

# Pages being deleted in this thread. Wagtail "unpublishes" a live page just before
# deleting it, from a copy still marked live in the database: indexing it then would
# write rows that the deletion has already passed over.
_deleting = threading.local()


def being_deleted() -> set[int]:
    if not hasattr(_deleting, "ids"):
        _deleting.ids = set()
    return _deleting.ids


# Pages published or unpublished inside ``publishing_in_bulk()`` in this thread.
_bulk = threading.local()


@contextmanager
def publishing_in_bulk() -> Iterator[None]:
    """For commands that publish many pages and then call ``rebuild_related()`` (the demo
    loader): the pages are indexed once, together, when the block ends, and nobody's
    suggestions are refreshed page by page, since the rebuild recomputes them all."""
    if getattr(_bulk, "ids", None) is not None:  # nested: the outer block indexes
        yield
        return
    _bulk.ids = set()
    try:
        yield
        ids = sorted(_bulk.ids)
    finally:
        _bulk.ids = None
    index_pages_task.enqueue(ids)


@receiver(page_published)
@receiver(page_unpublished)
def page_changed(sender, instance, **kwargs):
    if instance.pk in being_deleted():
        return
    if getattr(_bulk, "ids", None) is not None:
        _bulk.ids.add(instance.pk)
        return
    index_pages_task.enqueue([instance.pk])
    # After the index: related suggestions are computed from it.
    refresh_related_task.enqueue([instance.pk])


# Connected before Wagtail's own pre_delete handler (this app is listed first), so the
# page is known to be going when Wagtail sends page_unpublished.
@receiver(pre_delete, sender=Page)
def page_deleting(sender, instance, **kwargs):
    being_deleted().add(instance.pk)
    neighbours = list(
        RelatedSuggestion.objects.filter(suggested_id=instance.pk).values_list("page_id", flat=True)
    )
    if neighbours:
        # Their lists lose this page with the deletion (cascade); refill them after it.
        transaction.on_commit(partial(refresh_related_task.enqueue, neighbours))


@receiver(post_delete, sender=Page)
def page_deleted(sender, instance, **kwargs):
    being_deleted().discard(instance.pk)


@receiver(post_page_move)
def page_moved(sender, instance, **kwargs):
    # A move can put a page under (or out of) a private section.
    index_subtree_task.enqueue(instance.pk)


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def privacy_changed(sender, instance, **kwargs):
    index_subtree_task.enqueue(instance.page_id)


@receiver(post_delete, sender=SearchDocument)
def document_deleted(sender, instance, **kwargs):
    """A page deleted from the site takes its document with it (database cascade); keep
    the spelling dictionary and any external engine in step."""
    indexing.forget_documents([instance])
