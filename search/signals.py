"""Page events that change what search may find."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.models import PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import indexing
from .models import SearchDocument
from .tasks import index_pages_task, index_subtree_task, refresh_related_task


@receiver(page_published)
@receiver(page_unpublished)
def page_changed(sender, instance, **kwargs):
    index_pages_task.enqueue([instance.pk])
    # After the index: related suggestions are computed from it.
    refresh_related_task.enqueue([instance.pk])


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
