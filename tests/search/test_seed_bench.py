"""`seed_bench` writes real, live, bilingual Wagtail pages in bulk: a valid tree, pages
that render, the same pages for the same seed, and clusters recoverable from topics."""

import io
import re

from django.core.management import call_command
from django.core.management.base import CommandError

from wagtail.models import Page

import pytest

from articles.models import ArticlePage
from catalogue.models import ProviderPage, ServicePage
from search.seeding import (
    SLUG_PREFIX,
    article_record,
    cluster_of_topic,
    cluster_of_topics,
    pages_for_articles,
    plan_counts,
)

PAGES = 60
SEED = 7


def seed(**options):
    out = io.StringIO()
    call_command("seed_bench", pages=PAGES, seed=SEED, no_index=True, stdout=out, **options)
    return out.getvalue()


def bench_pages():
    return Page.objects.filter(slug__startswith=SLUG_PREFIX)


def snapshot():
    return sorted(
        bench_pages().values_list(
            "locale__language_code", "slug", "title", "translation_key", "url_path", "depth"
        )
    )


def test_counts_add_up_for_any_size():
    for pages in (10, 60, 999, 10_000, 100_000):
        counts = plan_counts(pages)
        assert counts.total == pages
        assert counts.english == round(pages * 0.2)
        assert counts.en_providers <= counts.providers
        assert counts.en_services <= counts.services
        assert counts.en_articles <= counts.articles
    big = plan_counts(100_000)
    assert (big.articles + big.en_articles, big.services + big.en_services) == (70_000, 25_000)


def test_articles_option_asks_for_the_fewest_pages_holding_that_many_articles():
    def articles(pages):
        counts = plan_counts(pages)
        return counts.articles + counts.en_articles

    for wanted in (7, 100, 10_000, 100_000):
        pages = pages_for_articles(wanted)
        assert articles(pages) >= wanted > articles(pages - 1)
    assert (pages_for_articles(10_000), pages_for_articles(100_000)) == (14_285, 142_858)


@pytest.mark.django_db
def test_generated_pages_are_live_translations_in_a_valid_tree():
    output = seed()
    counts = plan_counts(PAGES)
    assert f"{PAGES} pages" in output

    assert bench_pages().count() == PAGES
    assert not bench_pages().filter(live=False).exists()
    by_type = {
        (model, language): model.objects.filter(
            slug__startswith=SLUG_PREFIX, locale__language_code=language
        )
        for model in (ArticlePage, ServicePage, ProviderPage)
        for language in ("it", "en")
    }
    assert by_type[ArticlePage, "it"].count() == counts.articles
    assert by_type[ArticlePage, "en"].count() == counts.en_articles
    assert by_type[ServicePage, "it"].count() == counts.services
    assert by_type[ServicePage, "en"].count() == counts.en_services
    assert by_type[ProviderPage, "it"].count() == counts.providers
    assert by_type[ProviderPage, "en"].count() == counts.en_providers

    # Every English page translates an Italian page of its type, under the English tree.
    for model in (ArticlePage, ServicePage, ProviderPage):
        for page in by_type[model, "en"]:
            source = model.objects.get(
                translation_key=page.translation_key, locale__language_code="it"
            )
            assert page.get_parent().translation_key == source.get_parent().translation_key
            assert page.get_parent().locale.language_code == "en"
    # Services sit under providers and share the source's terms.
    service = by_type[ServicePage, "en"].first()
    source = service.get_translation(by_type[ServicePage, "it"].first().locale)
    assert isinstance(service.get_parent().specific, ProviderPage)
    assert set(service.topics.all()) == set(source.topics.all()) != set()
    assert service.municipalities.exists()

    assert all(problems == [] for problems in Page.find_problems())
    for page in Page.objects.filter(numchild__gt=0):
        assert page.numchild == page.get_children().count()


@pytest.mark.django_db
def test_generated_pages_render_in_both_languages(client):
    seed()
    for model in (ArticlePage, ServicePage, ProviderPage):
        for language in ("it", "en"):
            page = model.objects.filter(
                slug__startswith=SLUG_PREFIX, locale__language_code=language
            ).first()
            response = client.get(page.url)
            assert response.status_code == 200, page.url
            assert page.title in response.content.decode()
    article = ArticlePage.objects.filter(slug__startswith=SLUG_PREFIX).first()
    words = sum(
        len(re.findall(r"\w+", text))
        for text in article.body.stream_block.get_searchable_content(article.body)
    )
    assert 150 <= words <= 700
    assert 4 <= len(article.title.split()) <= 30


@pytest.mark.django_db
def test_same_seed_gives_the_same_pages_and_clear_replaces_them():
    seed()
    first = snapshot()
    with pytest.raises(CommandError):
        seed()
    seed(clear=True)
    assert snapshot() == first
    assert all(problems == [] for problems in Page.find_problems())

    call_command(
        "seed_bench", pages=PAGES, seed=SEED + 1, clear=True, no_index=True, stdout=io.StringIO()
    )
    assert bench_pages().count() == PAGES
    assert snapshot() != first


@pytest.mark.django_db
def test_each_article_cluster_is_recoverable_from_its_topics():
    seed()
    articles = ArticlePage.objects.filter(slug__startswith=SLUG_PREFIX).prefetch_related("topics")
    for article in articles:
        slugs = [topic.slug for topic in article.topics.all()]
        primaries = [slug for slug in slugs if cluster_of_topic(slug)]
        assert len(primaries) == 1
        seq = int(re.match(rf"{SLUG_PREFIX}a(\d+)-", article.slug).group(1))
        assert cluster_of_topics(slugs) == article_record(SEED, seq, False)["cluster"]
