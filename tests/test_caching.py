"""The anonymous page cache (portal.cache): what is stored, who never sees it, and that
every change a public page can show purges it.

Purging happens when the change's transaction commits; these tests run inside one
transaction, so changes go through ``django_capture_on_commit_callbacks(execute=True)``
as they would commit in production.
"""

from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.test import Client, RequestFactory

from wagtail.models import PageViewRestriction

import pytest

from articles.factories import (
    ArticleIndexPageFactory,
    ArticlePageFactory,
    TopicFactory,
    paragraph_body,
)
from articles.models import ArticleRelatedPage
from catalogue.factories import ServicePageFactory
from home.models import InfoPage
from home.translation import publish_translation
from portal import cache as page_cache
from portal.cache import (
    GENERATION_KEY,
    MAX_QUERY_STRING,
    current_generation,
    page_cache_key,
    page_tag,
    read_tokens,
)
from tests.catalogue import conftest as catalogue_fixtures

catalogue_index = catalogue_fixtures.catalogue_index
terms = catalogue_fixtures.terms
make_provider = catalogue_fixtures.make_provider


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 300


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run the block's on-commit callbacks, as a real commit would."""

    def run():
        return django_capture_on_commit_callbacks(execute=True)

    return run


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def index(home):
    return ArticleIndexPageFactory(parent=home, title="Notizie")


@pytest.fixture
def article(index):
    return publish(ArticlePageFactory(parent=index, title="Sportello lavoro aperto"))


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser("redazione", "r@example.org", "x")


def cache_state(response) -> str | None:
    return response.headers.get("X-Cache")


def retitle_and_check(client, article, committed, warm, purged):
    """Cache the ``warm`` pages, publish the article with a new title, and check that the
    ``purged`` pages are rendered again with it."""
    for url in warm:
        client.get(url)
        assert cache_state(client.get(url)) == "hit", url

    article.title = "Sportello lavoro: nuovi orari"
    with committed():
        publish(article)

    for url in purged:
        response = client.get(url)
        assert cache_state(response) == "miss", url
        assert "Sportello lavoro: nuovi orari" in response.content.decode(), url


@pytest.mark.django_db
def test_second_anonymous_view_is_served_from_cache_without_queries(
    client, article, django_assert_num_queries
):
    first = client.get(article.url)
    assert first.status_code == 200
    assert cache_state(first) == "miss"

    with django_assert_num_queries(0):
        second = client.get(article.url)

    assert cache_state(second) == "hit"
    assert second.status_code == 200
    assert second.content == first.content
    assert "Sportello lavoro aperto" in second.content.decode()
    # Headers set by the middleware behind the cache come back with the page.
    assert second["Content-Type"] == first["Content-Type"]
    assert second["Content-Language"] == "it"


@pytest.mark.django_db
def test_head_is_answered_from_the_entry_a_get_stored(client, article):
    client.get(article.url)
    response = client.head(article.url)
    assert cache_state(response) == "hit"
    assert response.status_code == 200


@pytest.mark.django_db
def test_disabled_with_zero_seconds(client, article, settings):
    settings.PAGE_CACHE_SECONDS = 0
    client.get(article.url)
    response = client.get(article.url)
    assert cache_state(response) is None


@pytest.mark.django_db
def test_query_strings_are_normalised_and_bounded(client, index, article):
    client.get(f"{index.url}?topic=&page=1")
    assert cache_state(client.get(f"{index.url}?page=1&topic=")) == "hit"
    assert cache_state(client.get(f"{index.url}?page=2&topic=")) != "hit"

    huge = f"{index.url}?topic={'x' * MAX_QUERY_STRING}"
    client.get(huge)
    assert cache_state(client.get(huge)) is None


@pytest.mark.django_db
def test_logged_in_editor_neither_reads_nor_fills_the_cache(client, article, editor):
    client.force_login(editor)
    response = client.get(article.url)
    assert response.status_code == 200
    assert cache_state(response) is None
    # The editor's page (with the Wagtail user bar) was not stored for anonymous readers.
    client.logout()
    client.cookies.clear()
    anonymous = client.get(article.url)
    assert cache_state(anonymous) == "miss"
    assert "wagtail-userbar" not in anonymous.content.decode()

    # And a page stored for anonymous readers is not what the editor gets.
    client.force_login(editor)
    again = client.get(article.url)
    assert cache_state(again) is None
    assert "wagtail-userbar" in again.content.decode()


@pytest.mark.django_db
def test_a_draft_seen_in_preview_never_reaches_readers(client, article, editor, committed):
    client.get(article.url)  # cached, live title
    article.title = "Bozza non ancora pubblicata"
    with committed():
        article.save_revision(user=editor)

    client.force_login(editor)
    draft = client.get(f"/admin/pages/{article.pk}/view_draft/")
    assert "Bozza non ancora pubblicata" in draft.content.decode()
    assert cache_state(draft) is None

    client.logout()
    client.cookies.clear()
    public = client.get(article.url)
    assert "Bozza non ancora pubblicata" not in public.content.decode()
    assert "Sportello lavoro aperto" in public.content.decode()


@pytest.mark.django_db
def test_private_page_is_never_stored_and_unlocking_bypasses_the_cache(client, article, committed):
    with committed():
        PageViewRestriction.objects.create(
            page=article, restriction_type=PageViewRestriction.PASSWORD, password="segreto"
        )
    form = client.get(article.url)
    assert "Sportello lavoro aperto" not in form.content.decode()
    assert cache_state(form) != "hit"
    assert cache_state(client.get(article.url)) != "hit"

    restriction = PageViewRestriction.objects.get(page=article)
    unlocked = client.post(
        f"/_util/authenticate_with_password/{restriction.pk}/{article.pk}/",
        {"password": "segreto", "return_url": article.url},
        follow=True,
    )
    assert "Sportello lavoro aperto" in unlocked.content.decode()
    assert cache_state(unlocked) is None

    # The unlocked content went to nobody else.
    assert "Sportello lavoro aperto" not in Client().get(article.url).content.decode()


@pytest.mark.django_db
def test_publishing_an_article_purges_it_its_index_home_and_articles_listing_it(
    client, home, index, article, committed
):
    neighbour = publish(ArticlePageFactory(parent=index, title="Centro diurno per anziani"))
    ArticleRelatedPage.objects.create(page=neighbour, related_page=article, sort_order=0)
    with committed():
        publish(neighbour)
    urls = [article.url, index.url, home.url, neighbour.url]
    retitle_and_check(client, article, committed, warm=urls, purged=urls)


@pytest.mark.django_db
def test_unpublishing_purges_the_page_and_its_listings(client, index, article, committed):
    client.get(article.url)
    client.get(index.url)

    with committed():
        article.unpublish()

    assert client.get(article.url).status_code == 404
    listing = client.get(index.url)
    assert cache_state(listing) == "miss"
    assert "Sportello lavoro aperto" not in listing.content.decode()


@pytest.mark.django_db
def test_a_service_change_purges_the_catalogue_listing_and_its_provider(
    client, catalogue_index, make_provider, terms, committed
):
    provider = publish(make_provider(title="Cooperativa Aurora"))
    service = ServicePageFactory(
        parent=provider, title="Trasporto sociale", category=terms["health"], pillar=terms["public"]
    )
    publish(service)
    listing = f"{catalogue_index.url}?category=salute"
    for url in (listing, provider.url):
        client.get(url)
        assert cache_state(client.get(url)) == "hit"

    service.title = "Trasporto sociale accompagnato"
    with committed():
        publish(service)

    for url in (listing, provider.url):
        response = client.get(url)
        assert cache_state(response) == "miss"
        assert "Trasporto sociale accompagnato" in response.content.decode()


@pytest.mark.django_db
def test_renaming_a_topic_purges_the_pages_that_show_it(client, index, committed):
    topic = TopicFactory(name="Lavoro", slug="lavoro")
    article = ArticlePageFactory(parent=index, title="Corsi serali")
    article.topics.set([topic])
    publish(article)
    client.get(article.url)

    topic.name = "Lavoro e formazione"
    with committed():
        topic.save()

    response = client.get(article.url)
    assert cache_state(response) == "miss"
    assert "Lavoro e formazione" in response.content.decode()


@pytest.mark.django_db
def test_a_draft_save_does_not_purge(client, article, committed):
    generation = current_generation()
    article.title = "Ancora in bozza"
    with committed():
        article.save_revision()
    assert current_generation() == generation
    assert cache_state(client.get(article.url)) == "miss"
    assert cache_state(client.get(article.url)) == "hit"


@pytest.mark.django_db
def test_nothing_is_purged_before_the_commit(client, article, django_capture_on_commit_callbacks):
    client.get(article.url)
    before = read_tokens([page_tag(article.pk)])
    with django_capture_on_commit_callbacks() as callbacks:
        publish(article)
        assert read_tokens([page_tag(article.pk)]) == before
        assert cache_state(client.get(article.url)) == "hit"
    assert callbacks
    for callback in callbacks:
        callback()
    assert read_tokens([page_tag(article.pk)]) != before
    assert cache_state(client.get(article.url)) == "miss"


@pytest.mark.django_db
def test_a_lost_generation_starts_a_new_one(article):
    from django.core.cache import cache

    generation = current_generation()
    cache.delete(GENERATION_KEY)
    assert current_generation() not in ("", generation)


@pytest.mark.django_db
def test_not_found_and_posts_are_not_cached(client, article):
    client.get("/non-esiste/")
    assert cache_state(client.get("/non-esiste/")) is None
    response = client.post(article.url)
    assert cache_state(response) is None


@pytest.mark.django_db
def test_with_local_memory_the_generation_is_shared_through_a_file(
    client, article, settings, tmp_path, committed
):
    """Every gunicorn worker has its own local-memory cache: a publish in one must purge
    the others, which read the generation from the same file."""
    settings.PAGE_CACHE_GENERATION_FILE = str(tmp_path / "generation")
    client.get(article.url)
    assert cache_state(client.get(article.url)) == "hit"

    # Another worker published: it replaced the file.
    (tmp_path / "generation").write_text("published-elsewhere")
    assert cache_state(client.get(article.url)) == "miss"
    assert cache_state(client.get(article.url)) == "hit"

    # A publish in another worker replaces the clocks of its tags, in files beside it.
    assert cache_state(client.get(article.url)) == "hit"
    tag_file = tmp_path / "generation.tags" / page_tag(article.pk)
    token = tag_file.read_text()
    with committed():
        publish(article)
    assert tag_file.read_text() != token
    assert (tmp_path / "generation").read_text() == "published-elsewhere"
    assert cache_state(client.get(article.url)) == "miss"
    assert cache_state(client.get(article.url)) == "hit"


@pytest.mark.django_db
def test_with_local_memory_a_hit_reads_the_clock_file_not_one_file_per_tag(
    client, article, settings, tmp_path, committed, monkeypatch
):
    """Each file read releases the GIL, and in a threaded worker busy rendering each one
    may wait a switch interval to get it back: a hit reads the clock, and the tags'
    tokens only when a purge moved it."""
    settings.PAGE_CACHE_GENERATION_FILE = str(tmp_path / "generation")
    client.get(article.url)
    reads = []
    read_token_file = page_cache._read_token_file
    monkeypatch.setattr(
        page_cache,
        "_read_token_file",
        lambda path: reads.append(path.name) or read_token_file(path),
    )
    assert cache_state(client.get(article.url)) == "hit"
    assert reads == [page_cache.CLOCK]

    # A purge in another worker (its own process: the same files).
    with committed():
        publish(article)
    reads.clear()
    assert cache_state(client.get(article.url)) == "miss"
    assert page_tag(article.pk) in reads
    reads.clear()
    assert cache_state(client.get(article.url)) == "hit"
    assert reads == [page_cache.CLOCK]


def test_a_purge_moves_the_clock_before_and_after_its_tags(monkeypatch):
    written = []
    monkeypatch.setattr(page_cache, "_write_tokens", lambda tags, token: written.append(tags))
    page_cache._purge_now(frozenset({"page:1", "pages"}))
    assert written == [[page_cache.CLOCK], ["page:1", "pages"], [page_cache.CLOCK]]


# Targeted purging ------------------------------------------------------------------------


def info_page(parent, title, **kwargs):
    page = InfoPage(title=title, body=paragraph_body("Chi siamo e cosa facciamo."), **kwargs)
    parent.add_child(instance=page)
    return publish(page)


@pytest.mark.django_db
def test_a_publish_leaves_the_pages_that_do_not_show_the_page_cached(
    client, home, index, article, catalogue_index, make_provider, terms, committed
):
    provider = publish(make_provider(title="Cooperativa Aurora"))
    publish(
        ServicePageFactory(
            parent=provider,
            title="Trasporto sociale",
            category=terms["health"],
            pillar=terms["public"],
        )
    )
    about = info_page(home, "Chi siamo")
    listing = f"{catalogue_index.url}?category=salute"
    untouched = [about.url, provider.url, listing]
    purged = [article.url, index.url, home.url]
    retitle_and_check(client, article, committed, warm=untouched + purged, purged=purged)
    for url in untouched:
        assert cache_state(client.get(url)) == "hit", url


@pytest.mark.django_db
def test_a_new_article_appears_at_once_on_its_index_and_the_home_page(
    client, home, index, article, committed
):
    for url in (index.url, home.url):
        client.get(url)
        assert cache_state(client.get(url)) == "hit"

    with committed():
        publish(ArticlePageFactory(parent=index, title="Nuovo centro per le famiglie"))

    for url in (index.url, home.url):
        response = client.get(url)
        assert cache_state(response) == "miss", url
        assert "Nuovo centro per le famiglie" in response.content.decode(), url


@pytest.mark.django_db
def test_a_page_added_to_the_menu_shows_at_once_on_every_cached_page(
    client, home, article, committed
):
    client.get(article.url)
    assert cache_state(client.get(article.url)) == "hit"

    with committed():
        info_page(home, "Come partecipare", show_in_menus=True)

    response = client.get(article.url)
    assert cache_state(response) == "miss"
    assert "Come partecipare" in response.content.decode()
    # The menu itself is cached (per site and language) and purged the same way.
    assert cache_state(client.get(article.url)) == "hit"


@pytest.mark.django_db
def test_a_new_translation_shows_at_once_in_the_language_switcher(
    client, home, index, article, locales, committed
):
    english = locales[1]
    publish_translation(home, english, {home.title: "Community welfare"})
    publish_translation(index, english, {"Notizie": "News"})
    client.get(article.url)
    assert cache_state(client.get(article.url)) == "hit"
    assert 'rel="alternate" hreflang="en"' not in client.get(article.url).content.decode()

    with committed():
        translated = publish_translation(article, english, {"Sportello lavoro aperto": "Job desk"})

    response = client.get(article.url)
    assert cache_state(response) == "miss"
    link = f'rel="alternate" hreflang="en" href="http://testserver{translated.url}"'
    assert link in response.content.decode()


@pytest.mark.django_db
def test_a_new_suggestion_shows_at_once_on_the_page_that_suggests_it(
    client, index, committed, terms
):
    def article(title, text):
        page = ArticlePageFactory(parent=index, title=title, body=paragraph_body(text))
        page.topics.set([terms["work"]])
        return publish(page)

    with committed():
        credit = article("Il credito welfare aziendale", "Il credito welfare per il lavoro.")
        plans = article("Piani di welfare aziendale", "Credito welfare ai dipendenti.")
    about = info_page(index.get_parent(), "Chi siamo")
    for url in (credit.url, plans.url, about.url):
        client.get(url)
        assert cache_state(client.get(url)) == "hit"

    with committed():
        article("Turni di lavoro e credito welfare", "Orari flessibili e credito welfare.")

    response = client.get(credit.url)
    assert cache_state(response) == "miss"
    assert "Turni di lavoro e credito welfare" in response.content.decode()
    assert cache_state(client.get(about.url)) == "hit"


@pytest.mark.django_db
def test_an_entry_stored_in_an_older_format_is_a_miss(client, article):
    request = RequestFactory().get(article.url)
    cache.set(page_cache_key(request), (current_generation(), 200, [], b"vecchio formato"), 300)
    response = client.get(article.url)
    assert cache_state(response) == "miss"
    assert "Sportello lavoro aperto" in response.content.decode()


@pytest.mark.django_db
def test_a_page_rendered_while_something_is_purged_is_not_stored(client, article, monkeypatch):
    from articles.models import ArticlePage

    get_context = ArticlePage.get_context

    def purged_meanwhile(self, request, *args, **kwargs):
        context = get_context(self, request, *args, **kwargs)
        # Another worker commits a publish while this render reads the database.
        page_cache._purge_now(frozenset({"page:0"}))
        return context

    monkeypatch.setattr(ArticlePage, "get_context", purged_meanwhile)
    assert cache_state(client.get(article.url)) == "miss"
    assert cache_state(client.get(article.url)) == "miss"
    monkeypatch.setattr(ArticlePage, "get_context", get_context)
    assert cache_state(client.get(article.url)) == "miss"
    assert cache_state(client.get(article.url)) == "hit"


@pytest.mark.django_db
def test_a_lost_tag_clock_makes_its_pages_miss(client, article):
    client.get(article.url)
    cache.delete(page_cache.TAG_PREFIX + page_tag(article.pk))
    assert cache_state(client.get(article.url)) == "miss"
    assert cache_state(client.get(article.url)) == "hit"
