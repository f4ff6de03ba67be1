"""Background work for the search index. With the immediate task backend (development
and tests) it runs inside the request that published the page; with a worker it runs as
soon as the worker picks it up. Either way it reads the pages' state when it runs, so a
late or repeated task is harmless."""

from django_tasks import task

from . import indexing


@task()
def index_pages_task(page_ids: list[int]) -> int:
    return indexing.index_pages(page_ids)


@task()
def index_subtree_task(page_id: int) -> int:
    from wagtail.models import Page

    page = Page.objects.filter(pk=page_id).first()
    return indexing.index_subtree(page) if page else 0


@task()
def refresh_related_task(page_ids: list[int]) -> int:
    from . import related

    return related.refresh_related(page_ids)
