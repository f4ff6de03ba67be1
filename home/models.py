from django.conf import settings
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from portal.cache import BROAD_TAG, children_tag, declare_dependencies, type_tag
from search.stock_index import LongTextSearchField

from .blocks import BaseStreamBlock
from .localization import localized_pages


class BasePage(Page):
    """What every public page of the portal has: a summary used in listings, search
    results and social cards, and the list of its translations for the locale switcher
    and ``hreflang`` links."""

    introduction = models.TextField(
        _("introduzione"),
        blank=True,
        max_length=500,
        help_text=_("Una o due frasi: compaiono negli elenchi, nei risultati e nelle anteprime."),
    )

    search_fields = [*Page.search_fields, index.SearchField("introduction")]
    content_panels = [*Page.content_panels, FieldPanel("introduction")]

    # The portal search (search.indexing) indexes live, public pages of the types that
    # name their kind of result here; the others (home, index pages) are not results.
    search_kind: str | None = None
    # What their documents are made of, read with values() (search.indexing.page_sources)
    # besides title and summary: the body's fields in order (StreamField, rich text or
    # text; "relation__field" for the text of related rows), the filter values as
    # (facet name, field path of their codes), and the date results carry.
    search_body: tuple[str, ...] = ()
    search_facets: tuple[tuple[str, str], ...] = ()
    search_date_field = "last_published_at"

    class Meta:
        abstract = True

    @property
    def summary(self) -> str:
        return self.search_description or self.introduction

    def cache_dependencies(self) -> set[str]:
        """What a cached view of this page lists beyond the pages it loads, i.e. what
        could appear in it with a later publish (see ``portal.cache``). Unless a page
        type knows better: every page change."""
        return {BROAD_TAG}

    def get_context(self, request, *args, **kwargs):
        declare_dependencies(self.cache_dependencies())
        return super().get_context(request, *args, **kwargs)

    def get_alternates(self) -> list[Page]:
        """Live translations of this page, this one included, in language order."""
        if not hasattr(self, "_alternates"):
            translations = (
                self.get_translations(inclusive=True).live().public().select_related("locale")
            )
            order = {
                code: position
                for position, (code, _name) in enumerate(settings.WAGTAIL_CONTENT_LANGUAGES)
            }
            self._alternates = sorted(
                translations, key=lambda page: order.get(page.locale.language_code, 99)
            )
        return self._alternates


class HomePage(BasePage):
    hero_title = models.CharField(_("titolo di apertura"), max_length=200)
    hero_text = models.TextField(_("testo di apertura"), max_length=600)

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "articles.ArticleIndexPage",
        "catalogue.CatalogueIndexPage",
        "home.InfoPage",
    ]
    max_count_per_parent = 1

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("hero_title"), FieldPanel("hero_text"), FieldPanel("introduction")],
            heading=_("Apertura"),
        ),
        InlinePanel(
            "featured_articles",
            label=_("Articoli in evidenza"),
            max_num=4,
            help_text=_("Se vuoto, la pagina mostra gli articoli più recenti."),
        ),
    ]

    class Meta:
        verbose_name = _("pagina iniziale")
        verbose_name_plural = _("pagine iniziali")

    @cached_property
    def article_index(self):
        from articles.models import ArticleIndexPage

        return ArticleIndexPage.objects.child_of(self).live().public().first()

    @cached_property
    def catalogue_index(self):
        from catalogue.models import CatalogueIndexPage

        return CatalogueIndexPage.objects.child_of(self).live().public().first()

    def get_featured_articles(self, limit: int = 4) -> list:
        from articles.models import ArticlePage, attach_display_topics

        chosen = [
            link.article
            for link in self.featured_articles.select_related("article", "article__locale")
        ]
        featured = localized_pages(chosen, self.locale)[:limit]
        if featured:
            by_pk = ArticlePage.objects.for_listing().in_bulk([page.pk for page in featured])
            articles = [by_pk[page.pk] for page in featured if page.pk in by_pk]
        else:
            articles = list(ArticlePage.objects.for_listing().filter(locale=self.locale)[:limit])
        return attach_display_topics(articles, self.locale)

    def cache_dependencies(self) -> set[str]:
        from articles.models import ArticlePage

        # The latest articles of the site, and the index pages found among the children.
        return {type_tag(ArticlePage), children_tag(self.path)}

    def get_context(self, request, *args, **kwargs):
        from articles.models import Topic

        context = super().get_context(request, *args, **kwargs)
        context["featured_articles"] = self.get_featured_articles()
        context["article_index"] = self.article_index
        context["catalogue_index"] = self.catalogue_index
        context["topics"] = Topic.objects.filter(locale=self.locale).order_by("name")
        return context


class HomeFeaturedArticle(Orderable):
    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_articles")
    article = models.ForeignKey(
        "articles.ArticlePage",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("articolo"),
    )

    panels = [PageChooserPanel("article")]

    class Meta(Orderable.Meta):
        verbose_name = _("articolo in evidenza")
        verbose_name_plural = _("articoli in evidenza")


class InfoPage(BasePage):
    """A page about the portal itself: the accessibility statement, the privacy notice,
    who runs the network. The ones marked for the footer are linked from every page."""

    body = StreamField(BaseStreamBlock(), verbose_name=_("testo"))
    show_in_footer = models.BooleanField(
        _("collegamento nel piè di pagina"),
        default=False,
        help_text=_("Per le pagine che ogni sito pubblico deve avere a portata di mano."),
    )

    parent_page_types = ["home.HomePage"]
    subpage_types = []

    search_fields = [*BasePage.search_fields, LongTextSearchField("body")]
    content_panels = [*BasePage.content_panels, FieldPanel("body")]
    settings_panels = [*BasePage.settings_panels, FieldPanel("show_in_footer")]

    class Meta:
        verbose_name = _("pagina informativa")
        verbose_name_plural = _("pagine informative")

    def cache_dependencies(self) -> set[str]:
        return set()  # its own text; the pages its blocks link to are loaded


class PageRating(models.Model):
    """A reader's answer to "how clear was this page?": the score, at most one reason
    chosen from a list, an optional short comment, and the day. Nothing about who
    answered (no user, address, session or time of day)."""

    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="+")
    rating = models.PositiveSmallIntegerField(_("valutazione"))
    reason = models.CharField(_("motivo"), max_length=30, blank=True)
    details = models.CharField(_("dettagli"), max_length=200, blank=True)
    created_on = models.DateField(_("giorno"), auto_now_add=True)

    class Meta:
        verbose_name = _("valutazione di una pagina")
        verbose_name_plural = _("valutazioni delle pagine")
        indexes = [models.Index(fields=["page", "created_on"], name="rating_page_day")]

    def __str__(self) -> str:
        return f"{self.page_id}: {self.rating}"
