"""RSS and Atom feeds of the newest articles, per language and per topic.

Each language has its own feeds (``/articoli/feed/rss/``, ``/en/articles/feed/rss/``), and
each topic of the shared vocabulary its own (``/articoli/argomenti/lavoro/feed/atom/``):
the topic's slug is the same in every language. Every feed is built in a fixed number of
queries whatever the number of articles.
"""

import datetime
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import Http404, HttpRequest
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import escape
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from wagtail.models import Locale

from .models import ArticleIndexPage, ArticlePage, Topic, attach_display_topics

FEED_LENGTH = 20


@dataclass
class FeedSource:
    """What one feed is about: a language, optionally a topic, and who asked."""

    locale: Locale
    topic: Topic | None
    request: HttpRequest
    index: ArticleIndexPage | None


class ArticlesFeed(Feed):
    feed_type = Rss201rev2Feed
    url_name = "articles_feed_rss"
    topic_url_name = "articles_topic_feed_rss"

    def get_object(self, request, topic: str | None = None):
        try:
            locale = Locale.objects.get_for_language(get_language())
        except (Locale.DoesNotExist, LookupError) as error:
            raise Http404("No content in this language") from error
        chosen_topic = None
        if topic is not None:
            # Slugs are the same in every language; show the topic's name in this one.
            candidates = {
                t.locale.language_code: t
                for t in Topic.objects.filter(slug=topic).select_related("locale")
            }
            chosen_topic = candidates.get(locale.language_code) or candidates.get(
                settings.LANGUAGE_CODE
            )
            if chosen_topic is None:
                raise Http404("Unknown topic")
        index = (
            ArticleIndexPage.objects.live().public().filter(locale=locale).order_by("path").first()
        )
        return FeedSource(locale=locale, topic=chosen_topic, request=request, index=index)

    # --- The channel -------------------------------------------------------------------

    def title(self, source: FeedSource) -> str:
        site_name = _("Welfare di comunità")
        if source.topic is not None:
            return _("Articoli: %(topic)s · %(site)s") % {
                "topic": source.topic.name,
                "site": site_name,
            }
        return _("Articoli · %(site)s") % {"site": site_name}

    def description(self, source: FeedSource) -> str:
        if source.topic is not None:
            return _("Gli articoli più recenti sull'argomento «%(topic)s».") % {
                "topic": source.topic.name
            }
        return _("Gli articoli più recenti del portale del welfare di comunità.")

    subtitle = description  # Atom's name for the channel description

    def link(self, source: FeedSource) -> str:
        if source.index is None:
            return reverse("wagtail_serve", args=[""])
        url = source.index.get_full_url(source.request)
        if source.topic is not None:
            url += f"?topic={source.topic.slug}"
        return url

    def feed_url(self, source: FeedSource) -> str:
        if source.topic is not None:
            return reverse(self.topic_url_name, kwargs={"topic": source.topic.slug})
        return reverse(self.url_name)

    def items(self, source: FeedSource) -> list[ArticlePage]:
        articles = (
            ArticlePage.objects.live()
            .public()
            .filter(locale=source.locale)
            .select_related("locale")
            .prefetch_related("topics", "article_authors__author")
            .order_by("-date", "-pk")
        )
        if source.topic is not None:
            # A translation keeps its source's topics, so the slug finds both languages.
            articles = articles.filter(topics__slug=source.topic.slug).distinct()
        articles = list(articles[:FEED_LENGTH])
        for article in articles:
            article.feed_request = source.request
        return attach_display_topics(articles, source.locale)

    # --- One item per article ------------------------------------------------------------

    def item_title(self, article: ArticlePage) -> str:
        return article.title

    def item_description(self, article: ArticlePage) -> str:
        # RSS <description> and Atom <summary type="html"> are HTML: the plain-text
        # summary is escaped so readers show "<script>" as text instead of running it.
        return escape(article.summary)

    def item_link(self, article: ArticlePage) -> str:
        return article.get_full_url(article.feed_request)

    def item_guid(self, article: ArticlePage) -> str:
        # A tag URI (RFC 4151) from the page id: it survives renamed titles and slugs, and
        # differs between the translations of an article.
        host = urlsplit(self.item_link(article)).hostname
        published = timezone.localdate(article.first_published_at or timezone.now())
        return f"tag:{host},{published:%Y-%m-%d}:page-{article.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, article: ArticlePage) -> datetime.datetime:
        return timezone.make_aware(datetime.datetime.combine(article.date, datetime.time()))

    def item_updateddate(self, article: ArticlePage) -> datetime.datetime:
        published = self.item_pubdate(article)
        return max(article.last_published_at or published, published)

    def item_author_name(self, article: ArticlePage) -> str | None:
        names = [link.author.name for link in article.article_authors.all()]
        return ", ".join(names) or None

    def item_categories(self, article: ArticlePage) -> list[str]:
        return [topic.name for topic in article.display_topics]


class ArticlesAtomFeed(ArticlesFeed):
    feed_type = Atom1Feed
    url_name = "articles_feed_atom"
    topic_url_name = "articles_topic_feed_atom"
