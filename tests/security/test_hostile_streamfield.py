"""Every StreamField block rendered on public pages, filled with payloads through the admin.

Providers edit only catalogue pages, which have no StreamField; the stream bodies belong
to articles and information pages, which editors write. The payloads go in through the
same admin form an editor (not a superuser) uses, then the article is checked on its
page, in the articles listing, the feeds, search, the API and the sitemap.

Blocks (``home.blocks.BaseStreamBlock`` and ``articles.blocks.ArticleBodyBlock``):
paragraph (rich text), heading (text and a ``level`` choice that becomes the tag name),
quote, image with alt text and caption, callout (its title is also an ``aria-label``),
further reading (a list of external links: URL, title, description).
"""

from __future__ import annotations

from xml.etree import ElementTree

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.utils.html import escape

from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

import pytest
from bs4 import BeautifulSoup

from articles.factories import ArticleIndexPageFactory
from articles.models import ArticlePage
from home.factories import ImageFactory
from home.models import InfoPage

from .conftest import (
    ATTRIBUTE_BREAKOUT,
    HOSTILE_TEXT,
    SCRIPT,
    assert_inert,
    contentstate,
)

pytestmark = pytest.mark.django_db

TITLE = f"Articolo {SCRIPT}"


@pytest.fixture
def editor_client(home):
    """A member of Wagtail's Moderators group: may publish articles, is no superuser."""
    user = get_user_model().objects.create_user("redattrice", "r@example.org", "password")
    user.groups.add(Group.objects.get(name="Moderators"))
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def articles_index(home):
    return ArticleIndexPageFactory(parent=home)


def body(image, **overrides):
    blocks = {
        "paragraph": contentstate("clic", link="javascript:alert(1)"),
        "heading": {"text": HOSTILE_TEXT[:200], "level": "h2"},
        "quote": {"quote": HOSTILE_TEXT, "attribution": ATTRIBUTE_BREAKOUT},
        "image": {"image": image.pk, "alt_text": ATTRIBUTE_BREAKOUT, "caption": SCRIPT},
        "callout": {
            "title": ATTRIBUTE_BREAKOUT,
            "text": contentstate(f"testo {SCRIPT}", link="data:text/html,<script>alert(1)"),
        },
        "further_reading": {
            "title": SCRIPT,
            "links": streamfield(
                [
                    (
                        "item",
                        {
                            "url": 'https://example.org/"onclick="alert(1)',
                            "title": HOSTILE_TEXT[:200],
                            "description": SCRIPT,
                        },
                    )
                ]
            ),
        },
    }
    blocks.update(overrides)
    return streamfield(list(blocks.items()))


def article_form(image, **overrides):
    data = {
        "title": TITLE,
        "slug": "articolo-ostile",
        "introduction": HOSTILE_TEXT,
        "date": "2026-05-04",
        "lead_image": image.pk,
        "lead_image_alt": ATTRIBUTE_BREAKOUT,
        "body": body(image),
        "article_authors": inline_formset([]),
        "related_links": inline_formset([]),
        "comments": inline_formset([]),
        "seo_title": SCRIPT,
        "search_description": HOSTILE_TEXT,
    }
    data.update(overrides)
    return nested_form_data(data)


@pytest.fixture
def hostile_article(editor_client, articles_index):
    data = article_form(ImageFactory(title=f"Immagine {SCRIPT}"))
    data["action-publish"] = "publish"
    response = editor_client.post(
        f"/admin/pages/add/articles/articlepage/{articles_index.pk}/", data
    )
    assert response.status_code == 302, response.context and response.context["form"].errors
    article = ArticlePage.objects.get(slug="articolo-ostile")
    assert article.live
    return article


def test_every_block_is_rendered_inert(hostile_article):
    html = Client().get(hostile_article.url).content.decode()
    assert_inert(html)
    soup = BeautifulSoup(html, "html.parser")
    assert soup.find("h1").get_text(strip=True) == TITLE
    assert soup.find("h2", class_="block-heading").get_text() == HOSTILE_TEXT[:200]
    assert soup.find("blockquote").get_text(strip=True) == HOSTILE_TEXT
    callout = soup.find("aside", class_="callout")
    assert callout["aria-label"] == ATTRIBUTE_BREAKOUT
    figure_image = soup.select_one("figure.block-image img")
    assert figure_image["alt"] == ATTRIBUTE_BREAKOUT
    further = soup.select_one(".block-further-reading a")
    assert further["href"] == 'https://example.org/"onclick="alert(1)'
    # The rich-text links lost their unsafe targets.
    for link in soup.select(".block-paragraph a, .callout a"):
        assert not link.get("href", "").lower().startswith(("javascript:", "data:"))


ARTICLE_LISTINGS = [
    "/articoli/",
    "/articoli/feed/rss/",
    "/articoli/feed/atom/",
    "/cerca/?q=Articolo",
    "/",
]


def test_listings_and_feeds_show_the_article_as_text(hostile_article):
    # Every listing on one hostile article, published once.
    for path in ARTICLE_LISTINGS:
        response = Client().get(path)
        assert response.status_code == 200, path
        content = response.content.decode()
        if "xml" in response["Content-Type"]:
            feed = ElementTree.fromstring(response.content)  # noqa: S314 - our own output
            texts = {element.tag.rsplit("}", 1)[-1]: [] for element in feed.iter()}
            for element in feed.iter():
                texts[element.tag.rsplit("}", 1)[-1]].append(element.text or "")
            assert TITLE in texts["title"], path  # escaped by the XML writer, read back
            summaries = texts.get("description", []) + texts.get("summary", [])
            for text in summaries:
                assert_inert(text)  # what a feed reader renders as HTML
            assert escape(HOSTILE_TEXT) in summaries, path  # shown as the text typed
        else:
            assert_inert(content)
            assert "<script>alert(1)" not in content, path


def test_api_and_autocomplete_carry_the_article_as_data(hostile_article):
    detail = Client().get(f"/api/v2/pages/{hostile_article.pk}/").json()
    rendered = "".join(block["value"] for block in detail["body"] if block["type"] == "paragraph")
    assert "javascript:" not in rendered.lower()
    suggestions = Client().get("/cerca/autocomplete/", {"q": "Articolo"}).json()["suggestions"]
    assert TITLE in [item["title"] for item in suggestions]


@pytest.mark.parametrize(
    ("block", "value"),
    [
        ("heading", {"text": "Titolo", "level": "script"}),
        ("heading", {"text": "Titolo", "level": 'h2 onclick="alert(1)"'}),
        ("heading", {"text": "x" * 201, "level": "h2"}),
        (
            "further_reading",
            {
                "title": "Link",
                "links": streamfield(
                    [("item", {"url": "javascript:alert(1)", "title": "x", "description": ""})]
                ),
            },
        ),
        (
            "further_reading",
            {
                "title": "Link",
                "links": streamfield(
                    [("item", {"url": "data:text/html,x", "title": "x", "description": ""})]
                ),
            },
        ),
        ("image", {"image": "999999", "alt_text": "x", "caption": ""}),
    ],
    ids=lambda value: str(value)[:30],
)
def test_unsafe_block_values_are_refused(block, value, editor_client, articles_index):
    data = article_form(ImageFactory(), body=streamfield([(block, value)]))
    data["action-publish"] = "publish"

    response = editor_client.post(
        f"/admin/pages/add/articles/articlepage/{articles_index.pk}/", data
    )

    assert response.status_code == 200
    assert response.context["form"].errors
    assert not ArticlePage.objects.filter(slug="articolo-ostile").exists()


@pytest.mark.parametrize(
    ("block", "value"),
    [("raw_html", SCRIPT), ("embed", "https://evil.example.org/"), ("table", SCRIPT)],
)
def test_block_types_the_stream_does_not_offer_are_dropped(
    block, value, editor_client, articles_index
):
    """Wagtail ignores posted blocks of unknown types; they never reach the page."""
    data = article_form(
        ImageFactory(),
        body=streamfield([(block, value), ("quote", {"quote": "Vero", "attribution": ""})]),
    )
    data["action-publish"] = "publish"

    response = editor_client.post(
        f"/admin/pages/add/articles/articlepage/{articles_index.pk}/", data
    )

    assert response.status_code == 302
    article = ArticlePage.objects.get(slug="articolo-ostile")
    assert [child.block_type for child in article.body] == ["quote"]
    html = Client().get(article.url).content.decode()
    assert_inert(html)
    assert "evil.example.org" not in html


def test_info_page_stream_is_rendered_inert(editor_client, home):
    data = nested_form_data(
        {
            "title": f"Informazioni {SCRIPT}",
            "slug": "informazioni",
            "introduction": HOSTILE_TEXT,
            "body": streamfield(_info_blocks(ImageFactory())),
            "comments": inline_formset([]),
        }
    )
    data["action-publish"] = "publish"

    response = editor_client.post(f"/admin/pages/add/home/infopage/{home.pk}/", data)

    assert response.status_code == 302, response.context and response.context["form"].errors
    page = InfoPage.objects.get(slug="informazioni")
    html = Client().get(page.url).content.decode()
    assert_inert(html)
    soup = BeautifulSoup(html, "html.parser")
    assert soup.find("blockquote").get_text(strip=True) == HOSTILE_TEXT
    assert soup.find("h3", class_="block-heading").get_text() == HOSTILE_TEXT[:200]


def _info_blocks(image):
    return [
        ("paragraph", contentstate("clic", link="javascript:alert(1)")),
        ("heading", {"text": HOSTILE_TEXT[:200], "level": "h3"}),
        ("quote", {"quote": HOSTILE_TEXT, "attribution": ATTRIBUTE_BREAKOUT}),
        ("image", {"image": image.pk, "alt_text": ATTRIBUTE_BREAKOUT, "caption": SCRIPT}),
        ("callout", {"title": ATTRIBUTE_BREAKOUT, "text": contentstate(SCRIPT)}),
    ]
