"""`load_demo` builds the whole demo site, brings a database loaded by its previous
version up to date in place, and running it again changes nothing.

Loading takes a while, so the module loads the demo once, as the previous version of
the loader did (its data: fewer translations, the topics before the review, further
reading stored as plain lists), then runs the current loader over it; every test reads
that database, and the whole is rolled back at the end of the module.
"""

import io
import itertools
from contextlib import contextmanager

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import transaction

from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Revision
from wagtail_localize.models import Translation

import pytest

from articles import demo as articles_demo
from articles.demo import FURTHER_READING, PICKS, editors_picks, stream_body
from articles.demo_data import ARTICLES, TOPICS
from articles.models import ArticlePage, ArticleRelatedPage, Author, Topic
from catalogue import demo as catalogue_demo
from catalogue.demo import demo_provider_login
from catalogue.demo_data import PROVIDERS
from catalogue.models import Municipality, ProviderPage, ServicePage
from search.evaluation import DEMO_JUDGEMENTS, STRICT, read_judgements

# What the previous version of the demo had that this one changes.
PREVIOUS_UNTRANSLATED = {
    "volontariato-e-reciprocita",
    "piccole-imprese-e-reti-territoriali-di-welfare",
    "trasparenza-dati-aperti-welfare",
    "banche-del-tempo-reti-di-vicinato-coprogettazione",
    "isee-requisiti-servizi-spiegati",
    "spendere-il-credito-welfare-nei-servizi-del-territorio",
    "anziani-a-casa-reti-di-vicinato",
    "supporto-psicologico-e-benessere",
}
PREVIOUS_ARTICLE_TOPICS = {
    "cos-e-il-welfare-collaborativo": [
        "welfare-di-comunita",
        "integrazione-sociale",
        "assistenza-sociale",
    ],
    "piattaforma-welfare-tre-pilastri": [
        "welfare-di-comunita",
        "welfare-aziendale",
        "assistenza-sociale",
    ],
    "servizi-durante-la-pandemia-2020": ["covid-19", "salute", "assistenza-sociale"],
    "come-funziona-il-credito-welfare-aziendale": ["welfare-aziendale", "lavoro", "famiglie"],
    "volontariato-e-reciprocita": ["welfare-di-comunita", "volontariato", "covid-19"],
    "sportelli-welfare-sul-territorio": [
        "welfare-di-comunita",
        "assistenza-sociale",
        "integrazione-sociale",
    ],
    "piccole-imprese-e-reti-territoriali-di-welfare": ["welfare-aziendale", "lavoro"],
    "coesione-sociale-osservatori-e-ricerca": [
        "welfare-di-comunita",
        "integrazione-sociale",
        "trasparenza",
    ],
    "trasparenza-dati-aperti-welfare": ["trasparenza", "welfare-di-comunita"],
    "banche-del-tempo-reti-di-vicinato-coprogettazione": [
        "welfare-di-comunita",
        "volontariato",
        "famiglie",
    ],
    "isee-requisiti-servizi-spiegati": ["assistenza-sociale", "famiglie", "welfare-di-comunita"],
    "conciliazione-lavoro-e-cura-caregiver": [
        "welfare-aziendale",
        "lavoro",
        "assistenza-agli-invalidi",
    ],
    "caregiver-familiari-sostegni": ["famiglie", "assistenza-agli-invalidi", "salute"],
    "spendere-il-credito-welfare-nei-servizi-del-territorio": [
        "welfare-aziendale",
        "salute",
        "istruzione",
    ],
    "anziani-a-casa-reti-di-vicinato": ["anziani", "volontariato", "salute"],
    "supporto-psicologico-e-benessere": ["salute", "famiglie", "covid-19"],
}
PREVIOUS_SERVICE_TOPICS = {
    "sportello-welfare": ["assistenza-sociale", "famiglie", "welfare-di-comunita"],
    "sportello-welfare-e-facilitazione-digitale": ["welfare-di-comunita", "integrazione-sociale"],
    "sportello-caregiver-in-azienda": ["welfare-aziendale", "anziani", "assistenza-agli-invalidi"],
}
NEW_TOPIC = "accesso-ai-servizi"
PREVIOUS_TRANSPARENCY_DESCRIPTIONS = (
    "Rendicontazione, dati aperti e partecipazione civica.",
    "Reporting, open data and civic participation.",
)


def previous_stream_body(blocks: list, further_reading_title: str) -> list[dict]:
    """The body as the previous loader stored it: further-reading links as a plain list."""
    stream = stream_body(blocks, further_reading_title)
    for block in stream:
        if block["type"] == "further_reading":
            block["value"]["links"] = [item["value"] for item in block["value"]["links"]]
    return stream


@contextmanager
def previous_demo_version():
    articles = [
        {
            **article,
            "topics": PREVIOUS_ARTICLE_TOPICS[article["slug"]],
            "en": None if article["slug"] in PREVIOUS_UNTRANSLATED else article["en"],
        }
        for article in ARTICLES
        if article["slug"] in PREVIOUS_ARTICLE_TOPICS
    ]
    topics = [
        (slug, name_it, name_en, *PREVIOUS_TRANSPARENCY_DESCRIPTIONS)
        if slug == "trasparenza"
        else (slug, name_it, name_en, description_it, description_en)
        for slug, name_it, name_en, description_it, description_en in TOPICS
        if slug != NEW_TOPIC
    ]
    providers = [
        {
            **provider,
            "services": [
                {
                    **service,
                    "topics": PREVIOUS_SERVICE_TOPICS.get(service["slug"], service["topics"]),
                }
                for service in provider["services"]
            ],
        }
        for provider in PROVIDERS
    ]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(articles_demo, "ARTICLES", articles)
        patch.setattr(articles_demo, "TOPICS", topics)
        patch.setattr(articles_demo, "stream_body", previous_stream_body)
        patch.setattr(catalogue_demo, "PROVIDERS", providers)
        yield


def snapshot():
    return {
        "pages": Page.objects.count(),
        "articles": ArticlePage.objects.count(),
        "topics": Topic.objects.count(),
        "authors": Author.objects.count(),
        "images": get_image_model().objects.count(),
        "users": get_user_model().objects.count(),
        "services": ServicePage.objects.count(),
        "municipalities": Municipality.objects.count(),
        "revisions": Revision.objects.count(),
        "translations": Translation.objects.count(),
    }


@pytest.fixture(scope="module")
def upgraded_demo(django_db_setup, django_db_blocker):
    """The demo loaded by the previous version, then by this one: the snapshot between."""
    with django_db_blocker.unblock(), transaction.atomic():
        with previous_demo_version():
            call_command("load_demo", stdout=io.StringIO())
        previous = snapshot()
        call_command("load_demo", stdout=io.StringIO())
        yield previous
        transaction.set_rollback(True)


def topic_slugs(page) -> set[str]:
    return set(page.topics.values_list("slug", flat=True))


@pytest.mark.django_db
def test_previous_demo_is_brought_up_to_date_in_place(upgraded_demo, client):
    previous, now = upgraded_demo, snapshot()
    translated = len(PREVIOUS_UNTRANSLATED)
    new_articles = len(ARTICLES) - len(PREVIOUS_ARTICLE_TOPICS)
    # Only what the new version adds: a translation per newly translated article, each
    # new article with its translation and lead image, the new topic and its
    # translation. Nothing duplicated.
    added = translated + 2 * new_articles
    assert now["articles"] == previous["articles"] + added == 2 * len(ARTICLES)
    assert now["pages"] == previous["pages"] + added
    assert now["images"] == previous["images"] + new_articles
    assert now["topics"] == previous["topics"] + 2 == 2 * len(TOPICS)
    for key in ["authors", "users", "services", "municipalities"]:
        assert now[key] == previous[key], key

    english = Locale.objects.get(language_code="en")
    for article in ARTICLES:
        page = ArticlePage.objects.get(slug=article["slug"], locale__language_code="it")
        translated = page.get_translation(english)
        assert translated.live and translated.title == article["en"]["title"]
        assert topic_slugs(page) == topic_slugs(translated) == set(article["topics"])

    for slug, name_it, name_en, description_it, description_en in TOPICS:
        topic = Topic.objects.get(slug=slug, locale__language_code="it")
        translated = topic.get_translation(english)
        assert (topic.name, topic.description) == (name_it, description_it)
        assert (translated.name, translated.description) == (name_en, description_en)

    for service in (service for provider in PROVIDERS for service in provider["services"]):
        page = ServicePage.objects.get(slug=service["slug"], locale__language_code="it")
        pages = [page, page.get_translation(english)] if service["en"] else [page]
        for each in pages:
            assert topic_slugs(each) == set(service["topics"]), each.url

    # Further reading, stored as a plain list before, is now translated: the English
    # page shows the links' English descriptions, not the Italian ones.
    article = ARTICLES[0]
    _url, _title, description_it = article["body"][-1][1][0]
    _url, _title, description_en = article["en"]["body"][-1][1][0]
    page = ArticlePage.objects.get(slug=article["en"]["slug"])
    content = client.get(page.url).content.decode()
    assert FURTHER_READING[1] in content
    assert description_en in content
    assert description_it not in content


@pytest.mark.django_db
def test_loading_the_demo_again_changes_nothing(upgraded_demo):
    before = snapshot()
    call_command("load_demo", stdout=io.StringIO())
    assert snapshot() == before


@pytest.mark.django_db
def test_related_suggestions_are_measured_over_every_demo_article(upgraded_demo):
    output = io.StringIO()
    call_command("evaluate_related", stdout=output)
    # Both languages; an article without suggestions would count as 0, not be left out.
    assert f"over {2 * len(ARTICLES)} labelled articles" in output.getvalue()


@pytest.mark.django_db
def test_demo_suggestions_are_measured_against_the_judgements_too(upgraded_demo):
    output = io.StringIO()
    call_command("evaluate_related", "--judged", stdout=output)
    judged = [line for line in output.getvalue().splitlines() if "judged pair by pair" in line]
    # Every pair is judged, so every article of both languages is measured and no
    # suggestion goes unjudged.
    assert len(judged) == 1
    assert f"over {2 * len(ARTICLES)} articles; 0 suggestions unjudged" in judged[0]


@pytest.mark.django_db
def test_the_demo_editors_pick_only_articles_judged_a_natural_next_read(upgraded_demo):
    grades = read_judgements(DEMO_JUDGEMENTS)
    links = ArticleRelatedPage.objects.filter(page__locale__language_code="it")
    picked = {(link.page.slug, link.related_page.slug) for link in links.select_related("page")}
    assert picked
    assert all(grades[frozenset(pair)] >= STRICT for pair in picked)
    # An article first loaded by this version has exactly its picks, in order.
    picks = editors_picks()
    article = next(a for a in reversed(ARTICLES) if len(picks[a["slug"]]) == PICKS)
    page = ArticlePage.objects.get(slug=article["slug"], locale__language_code="it")
    chosen = [link.related_page.slug for link in page.related_links.all()]
    assert chosen == picks[article["slug"]]


def test_editors_picks_are_the_best_judged_next_reads():
    grades = read_judgements(DEMO_JUDGEMENTS)
    picks = editors_picks()
    assert set(picks) == {article["slug"] for article in ARTICLES}
    for slug, chosen in picks.items():
        strong = sorted(
            (grade for pair, grade in grades.items() if slug in pair and grade >= STRICT),
            reverse=True,
        )
        assert [grades[frozenset((slug, other))] for other in chosen] == strong[:PICKS]
    # Some articles have no natural next read: the judges were strict.
    assert any(not chosen for chosen in picks.values())


def test_every_pair_of_demo_articles_is_judged_once_by_two_judges():
    grades = read_judgements(DEMO_JUDGEMENTS)
    slugs = sorted(article["slug"] for article in ARTICLES)
    assert set(grades) == {frozenset(pair) for pair in itertools.combinations(slugs, 2)}
    header = DEMO_JUDGEMENTS.read_text(encoding="utf-8").splitlines()[0]
    assert header == "article,other,judge_1,judge_2"


@pytest.mark.django_db
def test_every_demo_page_renders(upgraded_demo, client):
    english = Locale.objects.get(language_code="en")
    italian_articles = ArticlePage.objects.live().filter(locale__language_code="it")
    english_articles = ArticlePage.objects.live().filter(locale=english)
    assert italian_articles.count() == english_articles.count() == len(ARTICLES) >= 16

    for url, title in [("/", "Il welfare che costruiamo insieme"), ("/en/", "The welfare we")]:
        response = client.get(url)
        assert response.status_code == 200
        assert title in response.content.decode()

    assert "Articoli" in client.get("/articoli/").content.decode()
    assert "Articles" in client.get("/en/articles/").content.decode()
    for page in [*italian_articles, *english_articles]:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert f"<h1>{page.title}</h1>".replace("'", "&#x27;") in response.content.decode()

    check_demo_catalogue(client)
    check_demo_admin_can_log_in(client)


def check_demo_catalogue(client):
    services = ServicePage.objects.live().filter(locale__language_code="it")
    assert services.count() == sum(len(p["services"]) for p in PROVIDERS) >= 40
    assert ProviderPage.objects.filter(locale__language_code="it").count() == len(PROVIDERS) >= 8
    assert set(services.values_list("pillar__code", flat=True)) == {
        "pubblico",
        "aziendale",
        "territoriale",
    }
    served = set(services.values_list("municipalities__code", flat=True)) - {None}
    assert len(served) >= 5
    assert services.filter(is_free=True).exists()
    assert services.filter(welfare_credit=True).exists()
    assert services.exclude(status="active").exists()
    english = ServicePage.objects.live().filter(locale__language_code="en")
    assert english.count() >= 6

    pages = [*ProviderPage.objects.live(), *ServicePage.objects.live()]
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert page.title.replace("'", "&#x27;") in response.content.decode()


def test_demo_articles_are_long_enough_and_all_translated():
    from articles.demo import block_texts

    for article in ARTICLES:
        words = sum(len(text.split()) for text in block_texts(article["body"]))
        assert words >= 300, article["slug"]
        assert article["en"], article["slug"]
        assert len(block_texts(article["en"]["body"])) == len(block_texts(article["body"]))


def test_demo_topics_are_in_the_vocabulary():
    vocabulary = {slug for slug, *_names in TOPICS}
    services = [service for provider in PROVIDERS for service in provider["services"]]
    for record in [*ARTICLES, *services]:
        assert record["topics"], record["slug"]
        assert set(record["topics"]) <= vocabulary, record["slug"]


def log_in(client, username, password):
    """Through the real login form: django-axes' backend needs the request."""
    response = client.post("/admin/login/", {"username": username, "password": password})
    return response.status_code == 302 and response.url == "/admin/"


def check_demo_admin_can_log_in(client):
    assert log_in(client, "admin", "welfare-demo-2026")
    assert client.get("/admin/").status_code == 200
    client.logout()

    # The demo provider's staff reach their own pages, and only those.
    username, password = demo_provider_login()
    assert log_in(client, username, password)
    own = ProviderPage.objects.get(slug="cooperativa-sociale-il-ponte", locale__language_code="it")
    other = ProviderPage.objects.get(slug="comune-di-vigonza", locale__language_code="it")
    assert client.get(f"/admin/pages/{own.pk}/").status_code == 200
    assert client.get(f"/admin/pages/{other.pk}/edit/").status_code == 302
