"""What a publish purges of the pages that show related suggestions: only the pages
whose suggestions changed as readers see them (the first few still findable of each
kind), not every page recomputed on the way."""

import pytest

from portal import cache as page_cache
from search.indexing import index_pages
from search.models import RelatedSuggestion, SearchDocument
from search.related import SHOWN_AT_MOST, refresh_related, shown_suggestions, stored_suggestions


@pytest.fixture
def purged(monkeypatch):
    """The tags the publish-time refresh purges (search.tasks calls portal.cache.purge)."""
    tags: set[str] = set()
    purge = page_cache.purge

    def recording(found):
        found = set(found)
        tags.update(found)
        purge(found)

    monkeypatch.setattr(page_cache, "purge", recording)
    return tags


@pytest.fixture
def articles(make_article, terms):
    work = terms["work"]
    titles = [
        "Il credito welfare aziendale",
        "Piani di welfare aziendale nelle piccole imprese",
        "Turni di lavoro e credito welfare",
        "Il credito welfare per la cura dei familiari",
        "Credito welfare e trasporto casa-lavoro",
        "Credito welfare per lo sport dei figli",
        "Welfare aziendale e previdenza integrativa",
    ]
    return [
        make_article(title, f"{title}: credito welfare per chi lavora.", topics=[work])
        for title in titles
    ]


def stored_articles(page) -> list[int]:
    return list(
        RelatedSuggestion.objects.filter(page=page, kind="article")
        .order_by("rank")
        .values_list("suggested_id", flat=True)
    )


def test_what_pages_show_matches_what_they_render():
    from articles.models import RELATED_SHOWN
    from catalogue.models.pages import EXPLAINERS_SHOWN

    assert max(RELATED_SHOWN, EXPLAINERS_SHOWN) <= SHOWN_AT_MOST


@pytest.mark.django_db
def test_a_recompute_that_changes_nothing_purges_nothing(articles):
    assert refresh_related({articles[0].pk}) == set()


@pytest.mark.django_db
def test_a_title_edit_that_moves_no_suggestion_purges_no_other_page(articles):
    page = articles[2]
    before = shown_suggestions({other.pk for other in articles})
    page.title = "Turni di lavoro e credito welfare (aggiornato)"
    page.save()
    index_pages([page.pk])

    # The first refresh after the change. The pages that show the article depend on it
    # directly (portal.cache): only suggestions that moved purge the pages showing them.
    changed = refresh_related({page.pk})
    after = shown_suggestions({other.pk for other in articles})
    assert changed == {pk for pk in before if before[pk] != after[pk]}
    assert changed <= {page.pk}


@pytest.mark.django_db
def test_a_new_article_that_enters_the_first_places_purges_the_pages_it_enters(
    articles, make_article, terms, purged, django_capture_on_commit_callbacks
):
    before = shown_suggestions({page.pk for page in articles})
    with django_capture_on_commit_callbacks():
        newcomer = make_article(
            "Il credito welfare aziendale per chi lavora",
            "Il credito welfare aziendale: credito welfare per chi lavora.",
            topics=[terms["work"]],
        )
    after = shown_suggestions({page.pk for page in articles})
    entered = {page for page, shown in after.items() if ("article", newcomer.pk) in shown}
    assert entered, "the newcomer should be among the first suggestions of some page"
    changed = {page for page in before if before[page] != after[page]}
    assert entered <= changed
    # Publishing purged exactly the pages whose first places changed, and the newcomer.
    related = {tag for tag in purged if tag.startswith("related:")}
    assert related == {page_cache.related_tag(pk) for pk in changed | {newcomer.pk}}
    # Publishing ran the same refresh: running it again finds nothing left to purge.
    assert refresh_related({newcomer.pk}) == set()


@pytest.mark.django_db
def test_shown_suggestions_are_the_first_findable_of_each_kind(articles):
    page = articles[0]
    stored = stored_articles(page)
    assert len(stored) > SHOWN_AT_MOST
    assert shown_suggestions({page.pk})[page.pk] == [
        ("article", pk) for pk in stored[:SHOWN_AT_MOST]
    ]

    # A suggested page that is no longer findable leaves its place to the next one, as
    # on the page itself.
    SearchDocument.objects.filter(page_id=stored[1]).delete()
    assert shown_suggestions({page.pk})[page.pk] == [
        ("article", pk) for pk in [stored[0], *stored[2 : SHOWN_AT_MOST + 1]]
    ]


@pytest.mark.django_db
def test_a_page_loads_only_the_suggestions_it_can_show(articles, django_assert_num_queries):
    page = articles[0]
    stored = stored_articles(page)
    assert len(stored) > SHOWN_AT_MOST
    stored_suggestions(page)  # warm the site root cache
    with page_cache.collecting() as collected:
        served = stored_suggestions(page)["article"]
    assert [item.page_id for item in served] == stored[:SHOWN_AT_MOST]
    # The cached page depends on the pages it shows, not on those further down.
    loaded = {tag for tag in collected.tags if tag.startswith("page:")}
    assert loaded == {page_cache.page_tag(pk) for pk in stored[:SHOWN_AT_MOST]}

    # A service page shows fewer; a suggestion no longer findable leaves its place to
    # the next one, in the same single query.
    SearchDocument.objects.filter(page_id=stored[0]).delete()
    with django_assert_num_queries(1):
        served = stored_suggestions(page, at_most=2)["article"]
    assert [item.page_id for item in served] == stored[1:3]
