"""The privacy notice: created by the demo in Italian and English, linked from every
footer, stating the retention periods in settings; and what it promises about cookies
holds for the public pages."""

import pytest

from articles.factories import ArticleIndexPageFactory, ArticlePageFactory
from home.demo_info import ensure_info_pages, privacy_notice
from home.models import InfoPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def english_home(home, locales):
    english = home.copy_for_translation(locales[1])
    english.save_revision().publish()
    return english


def notice(language: str) -> InfoPage:
    return InfoPage.objects.get(slug=privacy_notice()["slug"][language == "en"])


def test_the_notice_exists_in_both_languages_and_every_footer_links_it(
    client, home, locales, english_home
):
    ensure_info_pages(home, locales[1])
    italian, english = notice("it"), notice("en")
    assert italian.locale.language_code == "it"
    assert english.translation_key == italian.translation_key
    assert english.title == "Privacy notice"

    footer_it = client.get("/").content.decode()
    assert (
        '<a href="/informativa-privacy/">Informativa sul trattamento dei dati personali</a>'
        in footer_it
    )
    footer_en = client.get("/en/").content.decode()
    assert '<a href="/en/privacy-notice/">Privacy notice</a>' in footer_en


def test_the_notice_renders_rights_complaints_and_contacts(client, home, locales, english_home):
    ensure_info_pages(home, locales[1])
    italian = client.get("/informativa-privacy/")
    assert italian.status_code == 200
    text = italian.content.decode()
    assert "<h1" in text and "Informativa sul trattamento dei dati personali" in text
    for phrase in (
        "Titolare del trattamento",
        "articoli da 15 a 22 del GDPR",
        "Garante per la protezione dei dati personali",
        "privacy@welfare-comunita.example.org",
        "non riceve alcun cookie",
        "articolo 6, paragrafo 1, lettera e",
    ):
        assert phrase in text, phrase
    english = client.get("/en/privacy-notice/").content.decode()
    assert 'lang="en"' in english
    for phrase in ("Data controller", "Articles 15 to 22 GDPR", "Article 6(1)(e) GDPR"):
        assert phrase in english, phrase


def test_the_notice_states_the_retention_periods_in_settings(
    client, home, locales, english_home, settings
):
    settings.RETENTION_RATINGS_DAYS = 400
    settings.RETENTION_RATING_COMMENTS_DAYS = 60
    settings.WAGTAILSEARCH_HITS_MAX_AGE = 45
    settings.RETENTION_FORM_SUBMISSIONS_DAYS = 120
    settings.RETENTION_LOGIN_LOGS_DAYS = 30
    ensure_info_pages(home, locales[1])
    italian = client.get("/informativa-privacy/").content.decode()
    assert "i commenti sono cancellati dopo 60 giorni e le valutazioni dopo 400 giorni" in italian
    assert "I conteggi sono cancellati dopo 45 giorni" in italian
    assert "sono cancellati dopo 120 giorni" in italian
    assert "browser per proteggere gli account, e cancellati dopo 30 giorni" in italian
    english = client.get("/en/privacy-notice/").content.decode()
    assert "comments are deleted after 60 days and ratings after 400 days" in english
    assert "The counts are deleted after 45 days" in english


def test_the_notice_and_the_default_retention_periods_agree(settings):
    """The retention defaults of base.py (the test settings do not change them) are what
    the notice states for a new installation."""
    text = " ".join(texts[0] for _kind, *texts in privacy_notice()["body"])
    assert "commenti sono cancellati dopo 180 giorni e le valutazioni dopo 730 giorni" in text
    assert "I conteggi sono cancellati dopo 90 giorni" in text
    assert "sono cancellati dopo 365 giorni" in text
    assert "cancellati dopo 90 giorni." in text
    assert (
        settings.RETENTION_RATING_COMMENTS_DAYS,
        settings.RETENTION_RATINGS_DAYS,
        settings.WAGTAILSEARCH_HITS_MAX_AGE,
        settings.RETENTION_FORM_SUBMISSIONS_DAYS,
        settings.RETENTION_LOGIN_LOGS_DAYS,
    ) == (180, 730, 90, 365, 90)


def test_the_demo_creates_the_notice_once(home, locales, english_home):
    ensure_info_pages(home, locales[1])
    ensure_info_pages(home, locales[1])
    assert InfoPage.objects.filter(slug="informativa-privacy").count() == 1
    assert InfoPage.objects.filter(slug="privacy-notice").count() == 1


def test_public_pages_set_no_cookie_as_the_notice_says(client, home):
    index = ArticleIndexPageFactory(parent=home)
    article = ArticlePageFactory(parent=index, title="Il credito welfare")
    responses = [
        client.get("/"),
        client.get(article.url),
        client.get("/cerca/?q=welfare"),
        client.post(f"/valuta/{article.pk}/", {"rating": "4", "positive": "clear"}),
        client.get("/pagina-che-non-esiste/"),
    ]
    assert [response.status_code for response in responses] == [200, 200, 200, 302, 404]
    for response in responses:
        assert not response.cookies, (response.request["PATH_INFO"], response.cookies)
    assert not client.cookies
