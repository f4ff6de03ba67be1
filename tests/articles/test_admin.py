"""Editors create and edit articles through the real Wagtail admin forms."""

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

import pytest

from articles.factories import ArticlePageFactory, AuthorFactory
from articles.models import ArticlePage
from home.factories import ImageFactory


def article_form(**overrides):
    data = {
        "title": "Come funziona lo sportello welfare",
        "slug": "sportello-welfare",
        "introduction": "Dove andare e cosa portare.",
        "date": "2026-05-04",
        "lead_image": "",
        "lead_image_alt": "",
        "body": streamfield(
            [
                ("heading", {"text": "Dove si trova", "level": "h2"}),
                ("paragraph", rich_text("<p>Lo sportello è aperto il martedì.</p>")),
                ("quote", {"quote": "Ci aiuta a non perderci.", "attribution": "Una utente"}),
                ("callout", {"title": "Da sapere", "text": rich_text("<p>Porta l'ISEE.</p>")}),
                (
                    "further_reading",
                    {
                        "title": "Per approfondire",
                        "links": streamfield(
                            [
                                (
                                    "item",
                                    {
                                        "url": "https://www.inps.it/",
                                        "title": "INPS",
                                        "description": "Prestazioni e ISEE.",
                                    },
                                )
                            ]
                        ),
                    },
                ),
            ]
        ),
        "article_authors": inline_formset([]),
        "related_links": inline_formset([]),
        "comments": inline_formset([]),
    }
    data.update(overrides)
    return nested_form_data(data)


@pytest.mark.django_db
def test_editor_creates_and_publishes_an_article(admin_client, index, topics):
    author = AuthorFactory(name="Marco Bellin")
    data = article_form(article_authors=inline_formset([{"author": author.pk}]))
    data["topics"] = [topics["lavoro"].pk]  # a multiple-choice field, not a nested list
    data["action-publish"] = "publish"

    response = admin_client.post(f"/admin/pages/add/articles/articlepage/{index.pk}/", data)

    assert response.status_code == 302, response.context["form"].errors
    article = ArticlePage.objects.get(slug="sportello-welfare")
    assert article.live
    assert [block.block_type for block in article.body] == [
        "heading",
        "paragraph",
        "quote",
        "callout",
        "further_reading",
    ]
    assert article.body[4].value["links"][0]["url"] == "https://www.inps.it/"
    assert list(article.topics.all()) == [topics["lavoro"]]
    assert [link.author for link in article.article_authors.all()] == [author]


@pytest.mark.django_db
def test_editor_edits_an_article_and_the_change_is_live_after_publishing(
    admin_client, client, index
):
    article = ArticlePageFactory(parent=index, title="Titolo vecchio", slug="titolo")
    data = article_form(title="Titolo nuovo", slug="titolo")
    data["action-publish"] = "publish"

    response = admin_client.post(f"/admin/pages/{article.pk}/edit/", data)

    assert response.status_code == 302
    assert "<h1>Titolo nuovo</h1>" in client.get(article.url).content.decode()


@pytest.mark.django_db
def test_image_without_alt_text_is_refused_with_a_clear_message(admin_client, index):
    data = article_form(lead_image=ImageFactory().pk, lead_image_alt="")
    response = admin_client.post(f"/admin/pages/add/articles/articlepage/{index.pk}/", data)
    assert response.status_code == 200
    assert "Scrivi un testo alternativo" in str(response.context["form"].errors)
    assert not ArticlePage.objects.filter(slug="sportello-welfare").exists()


@pytest.mark.django_db
def test_at_most_six_curated_related_pages(admin_client, index):
    others = [ArticlePageFactory(parent=index) for _ in range(7)]
    data = article_form(
        related_links=inline_formset([{"related_page": page.pk} for page in others])
    )
    response = admin_client.post(f"/admin/pages/add/articles/articlepage/{index.pk}/", data)
    assert response.status_code == 200
    assert not ArticlePage.objects.filter(slug="sportello-welfare").exists()
    assert response.context["form"].formsets["related_links"].non_form_errors()
