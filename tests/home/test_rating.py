"""The page-rating widget: answers stored without personal data, bad input refused with
a clear message, an editors' report; and the accessibility statement in the footer."""

from django.contrib.auth.models import Group, Permission

import pytest

from articles.factories import ArticleIndexPageFactory, ArticlePageFactory
from home.demo_info import ensure_info_pages
from home.models import PageRating


@pytest.fixture
def article(home):
    index = ArticleIndexPageFactory(parent=home)
    return ArticlePageFactory(parent=index, title="Il credito welfare")


def rate(client, page, **data):
    return client.post(f"/valuta/{page.pk}/", data)


@pytest.mark.django_db
def test_a_rating_is_stored_without_personal_data_and_thanked(client, article):
    response = rate(client, article, rating="5", positive="clear", negative="unclear")
    assert response.status_code == 302
    assert response["Location"] == f"{article.url}?valutazione=grazie#valuta-pagina"
    stored = PageRating.objects.get()
    assert (stored.page_id, stored.rating, stored.reason, stored.details) == (
        article.pk,
        5,
        "clear",  # the reason that goes with a good score; the other list is ignored
        "",
    )
    fields = {field.name for field in PageRating._meta.get_fields()}
    assert fields == {"id", "page", "rating", "reason", "details", "created_on"}
    thanked = client.get(response["Location"]).content.decode()
    assert "Grazie: la tua risposta ci aiuta a migliorare il portale." in thanked
    assert 'action="/valuta/' not in thanked


@pytest.mark.django_db
def test_the_widget_is_on_articles_with_labelled_groups(client, article):
    content = client.get(article.url).content.decode()
    assert f'action="/valuta/{article.pk}/"' in content
    assert "Quanto sono chiare le informazioni su questa pagina?</legend>" in content
    assert 'for="rating-details"' in content


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({}, "Scegli un valore da 1 a 5."),
        ({"rating": "9"}, "Scegli un&#x27;opzione valida"),
        ({"rating": "3", "negative": "<script>"}, "Scegli un&#x27;opzione valida"),
        ({"rating": "2", "details": "x" * 201}, "200 caratteri"),
    ],
)
def test_bad_answers_get_a_clear_message_and_nothing_is_stored(client, article, data, message):
    response = rate(client, article, **data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not PageRating.objects.exists()


@pytest.mark.django_db
def test_only_live_articles_and_services_can_be_rated(client, article, home):
    assert rate(client, home, rating="4").status_code == 404
    assert client.post("/valuta/999999/", {"rating": "4"}).status_code == 404
    assert client.get(f"/valuta/{article.pk}/").status_code == 405
    article.unpublish()
    assert rate(client, article, rating="4").status_code == 404
    assert not PageRating.objects.exists()


@pytest.mark.django_db
def test_editors_read_the_ratings_report(client, admin_user, article, django_user_model):
    for score, reason, details in [(5, "clear", ""), (2, "unclear", "Manca il costo"), (4, "", "")]:
        PageRating.objects.create(page=article, rating=score, reason=reason, details=details)
    editor = django_user_model.objects.create_user("redazione", password="x")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    response = client.get("/admin/reports/valutazioni/")
    assert response.status_code == 200
    row = response.context["rows"][0]
    assert (row["page"].pk, row["answers"], row["unclear"]) == (article.pk, 3, 1)
    assert row["average"] == pytest.approx(11 / 3)
    content = response.content.decode()
    assert "Manca il costo" in content
    assert "Valutazioni delle pagine" in client.get("/admin/").content.decode()


@pytest.mark.django_db
def test_people_without_the_permission_cannot_read_the_report(client, django_user_model):
    user = django_user_model.objects.create_user("ente", password="x")
    group = Group.objects.create(name="Ente erogatore")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(group)
    client.force_login(user)
    response = client.get("/admin/reports/valutazioni/")
    # Wagtail turns the refusal into a redirect to the dashboard with a message.
    assert response.status_code in (302, 403)
    assert "Valutazioni delle pagine" not in client.get("/admin/").content.decode()
    assert (
        Group.objects.get(name="Moderators").permissions.filter(codename="view_pagerating").exists()
    )


@pytest.mark.django_db
def test_the_accessibility_statement_is_linked_from_every_footer(client, home, locales):
    english_home = home.copy_for_translation(locales[1])
    english_home.save_revision().publish()
    page = ensure_info_pages(home, locales[1])
    italian = client.get("/").content.decode()
    assert '<a href="/dichiarazione-di-accessibilita/">Dichiarazione di accessibilità</a>' in (
        italian
    )
    english = client.get("/en/").content.decode()
    assert '<a href="/en/accessibility-statement/">Accessibility statement</a>' in english
    statement = client.get(page.url)
    assert statement.status_code == 200
    assert "Difensore civico per il digitale" in statement.content.decode()
    page.unpublish()
    assert "dichiarazione-di-accessibilita" not in client.get("/").content.decode()
