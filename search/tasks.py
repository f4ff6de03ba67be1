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
    """Recompute the suggestions of these pages and their neighbours (search.related),
    then purge from the page cache only the pages whose suggestions changed as readers
    see them, rather than every cached page."""
    from portal.cache import narrowed_purge, purge, related_tag

    from . import related

    ids = set(page_ids)
    with narrowed_purge():
        changed = related.refresh_related(ids)
    purge(related_tag(page) for page in changed | ids)
    return len(changed)
