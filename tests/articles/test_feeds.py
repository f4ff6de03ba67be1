"""RSS and Atom feeds of the newest articles, per language and per topic, over HTTP."""

import datetime
import xml.etree.ElementTree as ET
from email.utils import parsedate_to_datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.models import PageViewRestriction

import pytest

from articles.factories import ArticlePageFactory, AuthorFactory
from articles.feeds import FEED_LENGTH
from home.translation import publish_translation

ATOM = "{http://www.w3.org/2005/Atom}"
DC_CREATOR = "{http://purl.org/dc/elements/1.1/}creator"

# The query ceiling of one feed, whatever the number of articles (measured: 8 for a
# language's feed, 9 for a topic's).
FEED_QUERIES = 10


def rss_items(response) -> tuple[ET.Element, list[ET.Element]]:
    assert response.status_code == 200
    assert response["Content-Type"] == "application/rss+xml; charset=utf-8"
    channel = ET.fromstring(response.content).find("channel")  # noqa: S314 - our own output
    return channel, channel.findall("item")


def atom_entries(response) -> tuple[ET.Element, list[ET.Element]]:
    assert response.status_code == 200
    assert response["Content-Type"] == "application/atom+xml; charset=utf-8"
    feed = ET.fromstring(response.content)  # noqa: S314 - our own output
    return feed, feed.findall(f"{ATOM}entry")


@pytest.fixture
def english(home, index, locales):
    english = locales[1]
    publish_translation(home, english, {home.slug: "home-en", home.title: "Community welfare"})
    publish_translation(index, english, {"articoli": "articles", "Articoli": "Articles"})
    return english


@pytest.fixture
def signed(index, topics):
    """An article with two authors and two topics."""
    return ArticlePageFactory(
        parent=index,
        title="Il credito welfare & le famiglie",
        slug="credito-welfare",
        introduction="Come si usa il credito welfare aziendale.",
        date=datetime.date(2026, 3, 2),
        topics=[topics["lavoro"], topics["anziani"]],
        authors=[
            AuthorFactory(name="Giulia Ferraro", slug="giulia-ferraro"),
            AuthorFactory(name="Marco Rossi", slug="marco-rossi"),
        ],
    )


@pytest.mark.django_db
def test_rss_feed_lists_the_twenty_newest_articles_newest_first(client, make_articles):
    articles = make_articles(FEED_LENGTH + 2)
    newest = sorted(articles, key=lambda page: page.date, reverse=True)[:FEED_LENGTH]

    channel, items = rss_items(client.get("/articoli/feed/rss/"))

    assert [item.findtext("title") for item in items] == [page.title for page in newest]
    assert [item.findtext("link") for item in items] == [page.full_url for page in newest]
    assert channel.findtext("title") == "Articoli · Welfare di comunità"
    assert channel.findtext("link") == "http://localhost/articoli/"
    assert channel.findtext("language") == "it"


@pytest.mark.django_db
def test_rss_item_carries_summary_date_authors_topics_and_a_stable_id(client, signed):
    _channel, [item] = rss_items(client.get("/articoli/feed/rss/"))

    assert item.findtext("title") == "Il credito welfare & le famiglie"
    assert item.findtext("link") == "http://localhost/articoli/credito-welfare/"
    assert item.findtext("description") == "Come si usa il credito welfare aziendale."
    published = parsedate_to_datetime(item.findtext("pubDate"))
    assert timezone.localtime(published).date() == datetime.date(2026, 3, 2)
    assert item.findtext(DC_CREATOR) == "Giulia Ferraro, Marco Rossi"
    assert sorted(category.text for category in item.findall("category")) == ["Anziani", "Lavoro"]
    guid = item.find("guid")
    assert guid.get("isPermaLink") == "false"
    assert guid.text.startswith("tag:localhost,") and guid.text.endswith(f":page-{signed.pk}")


@pytest.mark.django_db
def test_item_ids_are_unique_and_survive_a_new_slug(client, make_articles):
    articles = make_articles(3)
    _channel, items = rss_items(client.get("/articoli/feed/rss/"))
    before = {item.findtext("title"): item.findtext("guid") for item in items}
    assert len(set(before.values())) == 3

    articles[0].slug = "un-altro-indirizzo"
    articles[0].save_revision().publish()
    _channel, items = rss_items(client.get("/articoli/feed/rss/"))

    assert {item.findtext("title"): item.findtext("guid") for item in items} == before


@pytest.mark.django_db
def test_atom_feed_has_entries_with_ids_dates_authors_and_categories(client, signed):
    feed, [entry] = atom_entries(client.get("/articoli/feed/atom/"))

    assert feed.findtext(f"{ATOM}title") == "Articoli · Welfare di comunità"
    assert feed.find(f"{ATOM}link[@rel='self']").get("href") == (
        "http://testserver/articoli/feed/atom/"
    )
    assert entry.findtext(f"{ATOM}title") == "Il credito welfare & le famiglie"
    assert entry.find(f"{ATOM}link").get("href") == "http://localhost/articoli/credito-welfare/"
    assert entry.findtext(f"{ATOM}id").endswith(f":page-{signed.pk}")
    assert entry.findtext(f"{ATOM}published").startswith("2026-03-02T00:00:00")
    assert entry.findtext(f"{ATOM}updated")
    assert entry.findtext(f"{ATOM}author/{ATOM}name") == "Giulia Ferraro, Marco Rossi"
    assert entry.findtext(f"{ATOM}summary") == "Come si usa il credito welfare aziendale."
    terms = sorted(category.get("term") for category in entry.findall(f"{ATOM}category"))
    assert terms == ["Anziani", "Lavoro"]


@pytest.mark.django_db
def test_each_language_has_its_own_feed(client, english, signed, make_articles):
    [italian_only] = make_articles(1)
    publish_translation(
        signed,
        english,
        {
            "Il credito welfare & le famiglie": "Welfare credit and families",
            "credito-welfare": "welfare-credit",
            "Come si usa il credito welfare aziendale.": "How to use company welfare credit.",
        },
    )

    channel, [item] = rss_items(client.get("/en/articles/feed/rss/"))
    _channel, italian_items = rss_items(client.get("/articoli/feed/rss/"))

    assert channel.findtext("title") == "Articles · Community welfare"
    assert channel.findtext("link") == "http://localhost/en/articles/"
    assert channel.findtext("language") == "en"
    assert item.findtext("title") == "Welfare credit and families"
    assert item.findtext("link") == "http://localhost/en/articles/welfare-credit/"
    assert item.findtext("description") == "How to use company welfare credit."
    # Topic names in the reader's language.
    assert sorted(category.text for category in item.findall("category")) == [
        "Older people",
        "Work",
    ]
    assert sorted(item.findtext("title") for item in italian_items) == sorted(
        [signed.title, italian_only.title]
    )


@pytest.mark.django_db
def test_topic_feed_lists_only_that_topics_articles(client, english, topics, make_articles):
    work = make_articles(2, topics=[topics["lavoro"]])
    make_articles(2, topics=[topics["anziani"]])
    english_work = publish_translation(work[0], english, {work[0].title: "About work"})

    channel, items = rss_items(client.get("/articoli/argomenti/lavoro/feed/rss/"))
    english_channel, english_items = rss_items(client.get("/en/articles/topics/lavoro/feed/rss/"))
    feed, entries = atom_entries(client.get("/articoli/argomenti/lavoro/feed/atom/"))

    assert sorted(item.findtext("title") for item in items) == sorted(p.title for p in work)
    assert channel.findtext("title") == "Articoli: Lavoro · Welfare di comunità"
    assert channel.findtext("link") == "http://localhost/articoli/?topic=lavoro"
    assert [item.findtext("link") for item in english_items] == [english_work.full_url]
    assert english_channel.findtext("title") == "Articles: Work · Community welfare"
    assert len(entries) == 2
    assert feed.find(f"{ATOM}link[@rel='self']").get("href") == (
        "http://testserver/articoli/argomenti/lavoro/feed/atom/"
    )


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        "/articoli/argomenti/non-esiste/feed/rss/",
        "/articoli/argomenti/non-esiste/feed/atom/",
        "/en/articles/topics/non-esiste/feed/rss/",
        "/articoli/argomenti/lavoro/feed/json/",
    ],
)
def test_unknown_topic_or_format_is_not_found(client, topics, make_articles, english, url):
    make_articles(1, topics=[topics["lavoro"]])
    assert client.get(url).status_code == 404


@pytest.mark.django_db
def test_drafts_private_and_unpublished_articles_stay_out(client, index, make_articles):
    public, private, withdrawn = make_articles(3)
    ArticlePageFactory(parent=index, title="Bozza", live=False)
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    withdrawn.unpublish()

    _channel, items = rss_items(client.get("/articoli/feed/rss/"))

    assert [item.findtext("title") for item in items] == [public.title]


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/articoli/feed/rss/", "/articoli/argomenti/lavoro/feed/atom/"])
def test_feed_query_count_does_not_grow_with_articles(
    client, make_articles, topics, url, django_assert_max_num_queries
):
    authors = [AuthorFactory(), AuthorFactory()]
    make_articles(2, topics=[topics["lavoro"], topics["anziani"]], authors=authors)
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        client.get(url)

    make_articles(8, topics=[topics["lavoro"], topics["anziani"]], authors=authors)
    client.get(url)
    with CaptureQueriesContext(connection) as many:
        response = client.get(url)

    assert response.content.count(b"<item>") + response.content.count(b"<entry>") == 10
    assert len(many) == len(few)
    with django_assert_max_num_queries(FEED_QUERIES):
        client.get(url)


@pytest.mark.django_db
def test_pages_announce_the_feeds_and_the_index_links_them(client, english, index, topics):
    ArticlePageFactory(parent=index, topics=[topics["lavoro"]])

    home_page = client.get("/").content.decode()
    listing = client.get(index.url).content.decode()
    filtered = client.get(index.url, {"topic": "lavoro"}).content.decode()
    english_listing = client.get("/en/articles/").content.decode()

    rss_link = '<link rel="alternate" type="application/rss+xml" title="Articoli (RSS)"'
    assert f'{rss_link} href="/articoli/feed/rss/">' in home_page
    assert 'type="application/atom+xml" title="Articoli (Atom)" href="/articoli/feed/atom/"' in (
        home_page
    )
    assert '<a href="/articoli/feed/rss/" type="application/rss+xml">feed RSS</a>' in listing
    assert 'title="Articoli: Lavoro (RSS)" href="/articoli/argomenti/lavoro/feed/rss/"' in filtered
    assert '<a href="/articoli/argomenti/lavoro/feed/atom/" type="application/atom+xml">' in (
        filtered
    )
    assert 'title="Articles (RSS)" href="/en/articles/feed/rss/"' in english_listing
    assert '<a href="/en/articles/feed/atom/" type="application/atom+xml">Atom feed</a>' in (
        english_listing
    )
