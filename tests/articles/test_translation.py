"""English translations made with wagtail-localize, synced from the Italian source."""

from wagtail.models import Page
from wagtail_localize.models import Translation

import pytest

from articles.factories import ArticlePageFactory
from articles.models import ArticlePage
from home.translation import publish_translation


@pytest.fixture
def english_site(home, index, locales):
    english = locales[1]
    publish_translation(home, english, {home.slug: "home-en", home.title: "Community welfare"})
    publish_translation(index, english, {"articoli": "articles", "Articoli": "Articles"})
    return english


@pytest.fixture
def article(index, topics):
    return ArticlePageFactory(
        parent=index, title="Il credito welfare", slug="credito-welfare", topics=[topics["lavoro"]]
    )


@pytest.mark.django_db
def test_translated_article_is_served_in_english(client, english_site, article):
    english_article = publish_translation(
        article,
        english_site,
        {"Il credito welfare": "Welfare credit", "credito-welfare": "welfare-credit"},
    )

    response = client.get("/en/articles/welfare-credit/")

    content = response.content.decode()
    assert english_article.url == "/en/articles/welfare-credit/"
    assert response.status_code == 200
    assert '<html lang="en">' in content
    assert "<h1>Welfare credit</h1>" in content
    # Topics are shown in the reader's language.
    assert "Work" in content and "Lavoro" not in content
    # hreflang alternates and the locale switcher point at each other.
    assert 'hreflang="it" href="http://testserver/articoli/credito-welfare/"' in content
    assert 'hreflang="en" href="http://testserver/en/articles/welfare-credit/"' in content
    italian = client.get(article.url).content.decode()
    assert 'href="http://testserver/en/articles/welfare-credit/" hreflang="en"' in italian


@pytest.mark.django_db
def test_translation_is_resynced_from_the_source(english_site, article):
    publish_translation(article, english_site, {"Il credito welfare": "Welfare credit"})
    article.introduction = "Nuova introduzione."
    article.save_revision().publish()

    translated = publish_translation(
        article, english_site, {"Nuova introduzione.": "New introduction."}
    )

    assert translated.introduction == "New introduction."
    assert translated.title == "Welfare credit"


@pytest.mark.django_db
def test_english_topic_filter_uses_the_shared_code(client, english_site, article, topics):
    publish_translation(article, english_site, {"Il credito welfare": "Welfare credit"})
    response = client.get("/en/articles/", {"topic": "lavoro"})
    assert [page.title for page in response.context["articles"]] == ["Welfare credit"]
    assert response.context["active_topic"].name == "Work"


@pytest.mark.django_db
def test_admin_translate_action_creates_the_english_page(admin_client, english_site, article):
    response = admin_client.post(
        f"/admin/localize/submit/page/{article.pk}/",
        {"locales": [english_site.pk]},
    )

    assert response.status_code == 302
    translation = Translation.objects.get(source__object_id=article.translation_key)
    assert translation.target_locale == english_site
    english_page = article.get_translation(english_site)
    assert isinstance(english_page.specific, ArticlePage)
    assert english_page.get_parent().specific.locale == english_site
    assert Page.objects.filter(translation_key=article.translation_key).count() == 2


@pytest.mark.django_db
def test_machine_translation_uses_the_offline_dummy_translator(admin_client, english_site, article):
    admin_client.post(f"/admin/localize/submit/page/{article.pk}/", {"locales": [english_site.pk]})
    translation = Translation.objects.get(source__object_id=article.translation_key)

    response = admin_client.post(f"/admin/localize/translate/{translation.pk}/machine_translate/")

    assert response.status_code == 302
    total, translated = translation.get_progress()
    assert total > 0 and translated == total


@pytest.mark.django_db
def test_switcher_leads_to_the_other_home_when_a_page_is_not_translated(
    client, english_site, article
):
    content = client.get(article.url).content.decode()
    assert 'href="http://testserver/en/" hreflang="en"' in content
    # No hreflang alternate is announced for a translation that does not exist.
    assert '<link rel="alternate" hreflang="en"' not in content
