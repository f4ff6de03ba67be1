import math

from django import forms
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.images.api.fields import ImageRenditionField
from wagtail.models import Orderable, Page, PageManager, TranslatableMixin
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.api_fields import AuthorsField, LocalizedTermsField
from home.localization import (
    localize_terms,
    localized_objects,
    localized_pages,
    source_locale_only,
)
from home.models import BasePage
from portal.cache import children_tag, related_tag
from search.panels import RelatedSuggestionsPanel
from search.stock_index import LongTextSearchField

from .blocks import ArticleBodyBlock

ARTICLES_PER_PAGE = 12
WORDS_PER_MINUTE = 200
# Related articles and linked services shown on an article (curated ones may add more).
RELATED_SHOWN = 4
LISTING_IMAGE_FILTER = "fill-640x360"


class Topic(TranslatableMixin, index.Indexed, models.Model):
    """A subject from the portal's controlled vocabulary, shared by articles and services.

    ``slug`` is the stable code: the same in every locale, used in URLs and exchange.
    """

    name = models.CharField(_("nome"), max_length=100)
    slug = models.SlugField(
        _("codice"),
        max_length=100,
        allow_unicode=False,
        help_text=_("Codice stabile, uguale in tutte le lingue; compare negli indirizzi."),
    )
    description = models.TextField(_("descrizione"), blank=True, max_length=500)

    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("slug"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("argomento")
        verbose_name_plural = _("argomenti")
        ordering = ["name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self) -> str:
        return self.name


class Author(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(_("nome e cognome"), max_length=150)
    slug = models.SlugField(_("codice"), max_length=150)
    role = models.CharField(_("ruolo"), max_length=150, blank=True)

    translatable_fields = [
        SynchronizedField("name"),
        SynchronizedField("slug"),
        TranslatableField("role"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("role")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("autore")
        verbose_name_plural = _("autori")
        ordering = ["name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self) -> str:
        return self.name


class ArticlePageQuerySet(PageQuerySet):
    def for_listing(self):
        """Live, public articles, newest first, with everything a listing card shows
        fetched in a fixed number of queries."""
        images = get_image_model().objects.prefetch_renditions(LISTING_IMAGE_FILTER)
        return (
            self.live()
            .public()
            .select_related("locale")
            .prefetch_related(
                "topics",
                Prefetch("lead_image", queryset=images),
            )
            .order_by("-date", "-pk")
        )


ArticlePageManager = PageManager.from_queryset(ArticlePageQuerySet)


def attach_display_topics(articles: list, locale) -> list:
    """Give each article ``display_topics``: its topics in ``locale``, in one query."""
    localized = localize_terms([t for article in articles for t in article.topics.all()], locale)
    for article in articles:
        article.display_topics = sorted(
            (localized[(Topic, topic.pk)] for topic in article.topics.all()),
            key=lambda t: t.name,
        )
    return articles


class ArticleIndexPage(BasePage):
    parent_page_types = ["home.HomePage"]
    subpage_types = ["articles.ArticlePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("indice degli articoli")
        verbose_name_plural = _("indici degli articoli")

    def cache_dependencies(self) -> set[str]:
        return {children_tag(self.path)}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        articles = ArticlePage.objects.for_listing().child_of(self)

        topics = list(Topic.objects.filter(locale=self.locale).order_by("name"))
        requested_topic = request.GET.get("topic", "").strip()[:100]
        active_topic = None
        if requested_topic:
            active_topic = next((t for t in topics if t.slug == requested_topic), None)
            # An unknown topic matches nothing; the template says so.
            articles = articles.filter(topics__slug=requested_topic).distinct()

        paginator = Paginator(articles, ARTICLES_PER_PAGE)
        page_obj = paginator.get_page(request.GET.get("page"))
        context.update(
            articles=attach_display_topics(list(page_obj.object_list), self.locale),
            page_obj=page_obj,
            paginator=paginator,
            topics=topics,
            requested_topic=requested_topic,
            active_topic=active_topic,
            query_prefix=urlencode({"topic": requested_topic}) if requested_topic else "",
        )
        return context


class ArticlePage(BasePage):
    date = models.DateField(_("data di pubblicazione"), default=timezone.localdate)
    lead_image = models.ForeignKey(
        get_image_model(),
        verbose_name=_("immagine principale"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    lead_image_alt = models.CharField(
        _("testo alternativo dell'immagine"),
        max_length=250,
        blank=True,
        help_text=_("Descrive l'immagine a chi non la vede. Obbligatorio se c'è un'immagine."),
    )
    body = StreamField(ArticleBodyBlock(), verbose_name=_("testo"))
    topics = ParentalManyToManyField(
        Topic,
        verbose_name=_("argomenti"),
        blank=True,
        limit_choices_to=source_locale_only,
        help_text=_("Gli argomenti della lingua di origine; le traduzioni li mostrano tradotti."),
    )

    objects = ArticlePageManager()

    parent_page_types = ["articles.ArticleIndexPage"]
    subpage_types = []

    search_fields = [
        *BasePage.search_fields,
        LongTextSearchField("body"),
        index.FilterField("date"),
        index.RelatedFields("topics", [index.SearchField("name")]),
    ]
    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [FieldPanel("date"), InlinePanel("article_authors", label=_("Autori"))],
            heading=_("Firma"),
        ),
        MultiFieldPanel(
            [FieldPanel("lead_image"), FieldPanel("lead_image_alt")],
            heading=_("Immagine principale"),
        ),
        FieldPanel("body"),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        InlinePanel(
            "related_links",
            label=_("Pagine correlate scelte dalla redazione"),
            max_num=6,
        ),
        RelatedSuggestionsPanel(),
    ]
    # Topics are a shared vocabulary: a translation keeps the source's topics and
    # shows them in its own language (see home.localization).
    override_translatable_fields = [SynchronizedField("topics")]

    search_kind = "article"
    rating_enabled = True
    search_body = ("body",)
    search_facets = (("topic", "topics__slug"),)
    search_date_field = "date"

    # The public API (/api/v2/pages/): what the article page shows, nothing more.
    api_fields = [
        APIField("date"),
        APIField("introduction"),
        APIField("authors", serializer=AuthorsField()),
        APIField("topics", serializer=LocalizedTermsField(code_attribute="slug")),
        APIField("lead_image", serializer=ImageRenditionField("width-1200")),
        APIField("lead_image_alt"),
        APIField("body"),
    ]

    class Meta:
        verbose_name = _("articolo")
        verbose_name_plural = _("articoli")

    def clean(self):
        super().clean()
        if self.lead_image_id and not self.lead_image_alt.strip():
            raise ValidationError(
                {"lead_image_alt": _("Scrivi un testo alternativo per l'immagine principale.")}
            )

    @property
    def word_count(self) -> int:
        texts = self.body.stream_block.get_searchable_content(self.body)
        return sum(len(text.split()) for text in texts)

    @property
    def reading_time(self) -> int:
        """Minutes, at an average adult reading speed."""
        return max(1, math.ceil(self.word_count / WORDS_PER_MINUTE))

    def get_authors(self) -> list[Author]:
        authors = [link.author for link in self.article_authors.select_related("author")]
        return localized_objects(authors, self.locale)

    def get_curated_pages(self) -> list[Page]:
        """The editor-curated related pages, in order, in this page's language: a curated
        page without a live, public translation here is left out."""
        links = self.related_links.select_related("related_page__locale")
        pages = [
            page
            for page in localized_pages([link.related_page for link in links], self.locale)
            if page.locale_id == self.locale_id and page.translation_key != self.translation_key
        ]
        by_pk = Page.objects.specific().in_bulk([page.pk for page in pages])
        return [by_pk[page.pk] for page in pages if page.pk in by_pk]

    def get_related(self, request=None) -> dict[str, list]:
        """The "Articoli correlati" and "Servizi collegati" lists: curated pages first, then the
        stored automatic suggestions (search.related), at least four of each when there
        are enough."""
        from search.related import stored_suggestions, with_suggestions

        curated = self.get_curated_pages()
        curated_articles = [page for page in curated if isinstance(page, ArticlePage)]
        curated_others = [page for page in curated if not isinstance(page, ArticlePage)]
        automatic = stored_suggestions(self, request)
        return {
            "articles": with_suggestions(
                curated_articles,
                automatic.get("article", []),
                max(RELATED_SHOWN, len(curated_articles)),
            ),
            "services": with_suggestions(
                curated_others,
                automatic.get("service", []),
                max(RELATED_SHOWN, len(curated_others)),
            ),
        }

    def cache_dependencies(self) -> set[str]:
        # The pages it links to and suggests are loaded; a new suggestion purges this.
        return {related_tag(self.pk)}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        related = self.get_related(request)
        context["authors"] = self.get_authors()
        context["related_articles"] = related["articles"]
        context["related_services"] = related["services"]
        context["index_page"] = self.get_parent()
        context["display_topics"] = sorted(
            localized_objects(list(self.topics.all()), self.locale), key=lambda t: t.name
        )
        return context


class ArticlePageAuthor(Orderable):
    page = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="article_authors")
    author = models.ForeignKey(
        Author, on_delete=models.CASCADE, related_name="+", verbose_name=_("autore")
    )

    panels = [FieldPanel("author")]

    class Meta(Orderable.Meta):
        verbose_name = _("autore")
        verbose_name_plural = _("autori")


class ArticleRelatedPage(Orderable):
    page = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="related_links")
    related_page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("pagina"),
    )

    panels = [PageChooserPanel("related_page")]

    class Meta(Orderable.Meta):
        verbose_name = _("pagina correlata")
        verbose_name_plural = _("pagine correlate")
