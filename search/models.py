"""What the portal's own search reads: one row per findable page.

``SearchDocument`` is the single source of truth for search. It is written from the
pages (see ``search.indexing``) when a page is published, unpublished, moved, made
private or deleted, and can be rebuilt from scratch with ``manage.py
rebuild_search_index``. Each backend derives its index from these rows inside the
database itself, so they cannot drift apart:

- SQLite: an external-content FTS5 table kept in step by triggers (migration 0002);
- PostgreSQL: generated ``tsvector`` columns with GIN indexes (migration 0002), and a
  short copy of each row kept by a trigger (``SearchVectorRow``, migration 0007);
- Elasticsearch: documents pushed from these rows by the indexing functions.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page


class SearchDocument(models.Model):
    page = models.OneToOneField(Page, primary_key=True, on_delete=models.CASCADE, related_name="+")
    language = models.CharField(max_length=8, db_index=True)
    kind = models.CharField(max_length=20)
    date = models.DateTimeField(null=True)
    # Filter values as "name:code" tokens, e.g. "type:service", "topic:anziani". Kept
    # before the long text columns so reading them does not touch overflow pages.
    facets = models.JSONField(default=list)
    title = models.CharField(max_length=255)
    # The title's folded words, unstemmed: autocomplete prefixes and spelling suggestions.
    title_words = models.TextField()
    # Analysed terms (see search.analysis), what full-text matching runs on.
    title_terms = models.TextField()
    summary_terms = models.TextField(blank=True)
    body_terms = models.TextField(blank=True)
    # The original text, for excerpts.
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True)

    class Meta:
        verbose_name = _("documento di ricerca")
        verbose_name_plural = _("documenti di ricerca")

    def __str__(self) -> str:
        return self.title


class SearchVectorRow(models.Model):
    """PostgreSQL only: a short copy of each document's row, what searches read row by
    row (``search.backends.postgres``).

    ``search_searchdocument`` keeps its search vector out of line (migration 0004), so
    every row a search checks or ranks costs a TOAST lookup of some 4 kB. This table
    holds the page id, language, filter tokens and the title and search vectors kept in
    the row (``STORAGE MAIN``), two rows a page, in page id order after a rebuild: the
    facet sample and the ranking window walk it newest first, and ``ts_rank`` reads it.
    The vector columns are added on PostgreSQL by migration 0007, and a trigger on
    ``search_searchdocument`` writes these rows, so they follow every change made to the
    documents, whoever makes it. On SQLite the table stays empty."""

    page = models.OneToOneField(
        SearchDocument,
        primary_key=True,
        on_delete=models.DO_NOTHING,  # the trigger deletes the row
        db_constraint=False,
        related_name="+",
    )
    language = models.CharField(max_length=8)
    facets = models.JSONField(default=list)

    class Meta:
        verbose_name = _("riga breve di ricerca")
        verbose_name_plural = _("righe brevi di ricerca")

    def __str__(self) -> str:
        return str(self.page_id)


class SearchWord(models.Model):
    """A word of the titles and summaries of one language with the number of documents
    that contain it: the dictionary behind "did you mean"."""

    language = models.CharField(max_length=8)
    word = models.CharField(max_length=40)
    documents = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["language", "word"], name="search_word_unique")
        ]

    def __str__(self) -> str:
        return self.word


class RelatedSuggestion(models.Model):
    """An automatic suggestion shown on ``page``: a related article, a linked service,
    or (on services) an explainer. Computed on publish (``search.related``) and stored,
    so pages read them in one query; kept with the reasons editors see in the admin."""

    ARTICLE = "article"
    SERVICE = "service"

    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="+")
    suggested = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=20)
    rank = models.PositiveSmallIntegerField()
    score = models.FloatField()
    text_score = models.FloatField()
    shared_topics = models.JSONField(default=list)

    class Meta:
        ordering = ["page", "kind", "rank"]
        constraints = [
            models.UniqueConstraint(fields=["page", "suggested"], name="related_unique_pair")
        ]
        indexes = [
            models.Index(fields=["page", "kind", "rank"], name="related_page_kind_rank"),
            models.Index(fields=["suggested"], name="related_suggested"),
        ]
        verbose_name = _("suggerimento automatico")
        verbose_name_plural = _("suggerimenti automatici")

    def __str__(self) -> str:
        return f"{self.page_id} → {self.suggested_id}"


class RelatedExclusion(models.Model):
    """A suggestion an editor does not want on a page."""

    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="+")
    excluded = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["page", "excluded"], name="related_exclusion_unique")
        ]
        verbose_name = _("suggerimento escluso")
        verbose_name_plural = _("suggerimenti esclusi")

    def __str__(self) -> str:
        return f"{self.page_id} ✕ {self.excluded_id}"


class RelatedTerm(models.Model):
    """How many of a language's articles and services hold a term (or a ``topic:``
    token): the document frequencies behind the related-content scores
    (``search.similarity``). Kept in step with ``SearchDocument`` by
    ``search.indexing``; the row with the empty term counts the documents."""

    language = models.CharField(max_length=8)
    term = models.CharField(max_length=255)
    documents = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["language", "term"], name="related_term_unique")
        ]
        verbose_name = _("frequenza di un termine")
        verbose_name_plural = _("frequenze dei termini")

    def __str__(self) -> str:
        return f"{self.language}:{self.term} ({self.documents})"


class RelatedKey(models.Model):
    """One of a page's telling terms or topics, through which other pages find it as a
    candidate for their suggestions (``search.similarity``): an inverted index of a
    few keys per article or service, of which a page reads the stretch around its own
    id."""

    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="+")
    language = models.CharField(max_length=8)
    kind = models.CharField(max_length=20)
    key = models.CharField(max_length=255)

    class Meta:
        indexes = [
            models.Index(fields=["language", "kind", "key", "page"], name="related_key_postings")
        ]
        verbose_name = _("chiave di somiglianza")
        verbose_name_plural = _("chiavi di somiglianza")

    def __str__(self) -> str:
        return f"{self.page_id}: {self.key}"
