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
    then purge from the page cache only the pages whose suggestions changed, rather
    than every cached page."""
    from portal.cache import narrowed_purge, purge, related_tag

    from . import related

    ids = set(page_ids)
    before = _suggestions_around(ids)
    with narrowed_purge():
        count = related.refresh_related(ids)
    after = _suggestions_around(ids | set(before))
    changed = {page for page in before.keys() | after.keys() if before.get(page) != after.get(page)}
    purge(related_tag(page) for page in changed | ids)
    return count


def _suggestions_around(ids: set[int]) -> dict[int, list]:
    """The stored suggestions of these pages, of the pages that suggest them and of the
    pages they suggest (what refresh_related may recompute), by page."""
    from django.db.models import Q

    from .models import RelatedSuggestion

    neighbours = set()
    for page, suggested in RelatedSuggestion.objects.filter(
        Q(page_id__in=ids) | Q(suggested_id__in=ids)
    ).values_list("page_id", "suggested_id"):
        neighbours |= {page, suggested}
    rows = RelatedSuggestion.objects.filter(page_id__in=ids | neighbours).order_by(
        "page_id", "kind", "rank"
    )
    shown: dict[int, list] = {page: [] for page in ids | neighbours}
    for row in rows.values_list("page_id", "kind", "rank", "suggested_id", "shared_topics"):
        shown[row[0]].append(repr(row[1:]))
    return shown
