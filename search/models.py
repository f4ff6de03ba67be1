"""What the portal's own search reads: one row per findable page.

``SearchDocument`` is the single source of truth for search. It is written from the
pages (see ``search.indexing``) when a page is published, unpublished, moved, made
private or deleted, and can be rebuilt from scratch with ``manage.py
rebuild_search_index``. Each backend derives its index from these rows inside the
database itself, so they cannot drift apart:

- SQLite: an external-content FTS5 table kept in step by triggers (migration 0002);
- PostgreSQL: generated ``tsvector`` columns with GIN indexes (migration 0002);
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
