"""Factories for articles and their vocabulary, used by tests and by ``load_demo``."""

import datetime

from django.utils.text import slugify

import wagtail_factories
from wagtail.models import Locale

import factory

from .models import ArticleIndexPage, ArticlePage, ArticlePageAuthor, Author, Topic


def default_locale():
    return Locale.get_default()


def paragraph_body(*paragraphs: str) -> list[dict]:
    """A StreamField body in its stored form: one paragraph block per text."""
    return [{"type": "paragraph", "value": f"<p>{text}</p>"} for text in paragraphs]


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Topic
        django_get_or_create = ("slug", "locale")

    name = factory.Sequence(lambda n: f"Argomento {n}")
    slug = factory.LazyAttribute(lambda obj: slugify(obj.name))
    locale = factory.LazyFunction(default_locale)


class AuthorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Author
        django_get_or_create = ("slug", "locale")

    name = factory.Sequence(lambda n: f"Autrice {n}")
    slug = factory.LazyAttribute(lambda obj: slugify(obj.name))
    role = "Redazione"
    locale = factory.LazyFunction(default_locale)


class ArticleIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ArticleIndexPage

    title = "Articoli"
    slug = "articoli"
    introduction = "Spiegazioni e approfondimenti sul welfare di comunità."


class ArticlePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ArticlePage
        skip_postgeneration_save = True  # the hooks below save when they change something

    title = factory.Sequence(lambda n: f"Articolo di prova {n}")
    slug = factory.LazyAttribute(lambda obj: slugify(obj.title))
    introduction = "Un articolo scritto per i test del portale."
    date = factory.Sequence(lambda n: datetime.date(2026, 1, 1) + datetime.timedelta(days=n))
    body = factory.LazyFunction(
        lambda: paragraph_body(
            "Il welfare di comunità mette in rete Comuni, imprese e terzo settore.",
            "Chi riceve un servizio partecipa anche alla sua costruzione.",
        )
    )

    @factory.post_generation
    def topics(obj, create, extracted, **kwargs):
        if create and extracted:
            obj.topics.set(extracted)
            obj.save()

    @factory.post_generation
    def authors(obj, create, extracted, **kwargs):
        if create and extracted:
            for position, author in enumerate(extracted):
                ArticlePageAuthor.objects.create(page=obj, author=author, sort_order=position)
