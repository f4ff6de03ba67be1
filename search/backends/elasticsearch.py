"""Elasticsearch 9: the portal search on an external engine.

The index
    One index, reached through the alias ``<ELASTICSEARCH_INDEX_PREFIX>_portal_search``
    (``welfare_portal_search`` by default); the concrete index behind it is
    ``<alias>_<time>``. A document per ``SearchDocument`` row, with the page id as ``_id``:

    - ``title_terms``, ``summary_terms``, ``body_terms``: the terms ``search.analysis``
      wrote, split on whitespace and nothing else. Every query runs on these.
    - ``title_it``, ``summary_it``, ``body_it`` / ``title_en``, ``summary_en``, ``body_en``:
      the original text under the document's language, analysed by Elasticsearch with
      ``portal_italian`` / ``portal_english`` (``search.elasticsearch_analysis``: the same
      folding, stopwords and stemmers as ``search.analysis``). The portal's queries do not
      read them; they make the index usable on its own (Kibana, ad hoc queries, future
      features such as fuzzy matching), with the analyzers Wagtail's admin index uses.
    - ``title_words`` (the folded title words) with an edge n-gram sub-field
      ``title_words.prefix`` for autocomplete; ``facets`` and ``language`` keywords;
      ``date``; ``kind``.

Why queries run on our terms and not on Elasticsearch's analysis of the original text
    ``ParsedQuery`` carries analysed terms grouped in clauses (a phrase is a clause of
    several terms); the words it keeps have lost both the phrase grouping and the
    stopwords that sit between a phrase's words, so Elasticsearch could only analyse the
    reader's text again with a second parser of its own. Matching the same terms as the
    SQLite and PostgreSQL backends instead means the three backends find the same pages
    for the same query: falling back to the database (below) changes nothing a reader
    sees, highlighting (done in Python on the same terms) marks exactly what matched,
    "did you mean" counts agree, and phrases behave alike (our terms strings have no
    gaps where stopwords were, so ``"servizi per anziani"`` is the phrase
    ``serviz anzian`` everywhere).

Queries
    Every clause must match (``bool.must``), each one as a ``match_phrase`` on the three
    term fields, scored with BM25 and the SQLite weights (title 10, summary 4, body 1).
    Filters are ``bool.filter`` clauses: a ``terms`` on ``facets`` per filter name (values
    OR-ed, names AND-ed) and a ``term`` on ``language``. Nothing the reader types is
    query syntax: terms only ever reach Elasticsearch as the text of a ``match_phrase``.

Ranking: title first, then relevance, then page id
    Pages whose title holds every clause come first. A constant-score boost on the title
    would mix the two keys into one 32-bit float score, where a large enough boost eats
    the small differences of relevance and a small one can be outweighed by relevance;
    so the two tiers are two requests, each sorted by ``_score`` then ``page_id``: the
    title tier (with its exact total), then, only when the page is not full, the rest
    from ``offset - title total``. Most result pages need one request, some two.

Facets and counts
    ``facet_counts`` is one ``size: 0`` request with a ``terms`` aggregation on
    ``facets``; the index has one shard, so the counts are exact. ``count`` uses the
    count API.

Writes
    ``documents_saved`` / ``documents_removed`` send bulk requests (``require_alias``,
    so a missing index is never auto-created with guessed mappings); ``refresh`` is off
    by default and tests ask for ``"wait_for"``. ``rebuild`` builds a new concrete index
    while the database backend rebuilds its own index from the same batches, then points
    the alias at the new index and deletes the old ones in one atomic alias update:
    readers keep the previous index, complete, until the new one is.

When Elasticsearch fails
    The database index (``SearchDocument`` and its FTS5 table or ``tsvector`` columns) is
    always maintained, so it can answer any search. If a read fails with a transport or
    API error, a warning is logged and the database backend of the current connection
    answers; for ``retry_after`` seconds (30) later reads go straight to the database
    instead of waiting on a server that is down. A request that Elasticsearch rejects as
    malformed (400) is logged as an error and answered by the database without pausing
    Elasticsearch. A failed write is logged: the database is current, Elasticsearch misses
    the change until the next ``rebuild_search_index``. ``fallback=False`` (tests) lets
    every error through.

Configuration
    The connection comes from ``WAGTAILSEARCH_BACKENDS["default"]`` when it is Wagtail's
    Elasticsearch backend (``URLS``/``HOSTS``, ``TIMEOUT``, ``OPTIONS``; Wagtail's own
    backend class builds the client, so URLs with credentials and HTTPS work the same way
    for both), else from ``ELASTICSEARCH_URL``. See ``portal/settings/base.py``.
"""

from __future__ import annotations

import copy
import logging
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, TypeVar

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import connection

from modelsearch.backends.elasticsearch9 import Elasticsearch9SearchBackend

from elasticsearch import ApiError, BadRequestError, TransportError
from elasticsearch.helpers import BulkIndexError, streaming_bulk

from .. import analysis
from ..elasticsearch_analysis import analysis as portal_analysis
from ..query import ParsedQuery
from . import DATABASE_BACKENDS, get_search_backend
from .base import Filters, SearchBackend, facet_token

logger = logging.getLogger(__name__)

T = TypeVar("T")

# Errors that mean "Elasticsearch did not answer this": the server is unreachable or timed
# out (TransportError), or answered with an error status (ApiError).
ELASTICSEARCH_ERRORS = (ApiError, TransportError)
WRITE_ERRORS = (*ELASTICSEARCH_ERRORS, BulkIndexError)

# Term fields and their weights, as in SQLite's bm25 (title 10, summary 4, body 1).
FIELD_BOOSTS = {"title_terms": 10.0, "summary_terms": 4.0, "body_terms": 1.0}
ANALYZERS = {"it": "portal_italian", "en": "portal_english"}
TEXT_FIELDS = ("title", "summary", "body")
SORT = [{"_score": {"order": "desc"}}, {"page_id": {"order": "asc"}}]
# More buckets than the portal has filter values (types, languages, topics, categories,
# municipalities, pillars), so every count is returned.
FACET_SIZE = 5000
RETRY_AFTER = 30.0
CONNECTION_KEYS = ("URLS", "HOSTS", "TIMEOUT", "OPTIONS")


# The index ----------------------------------------------------------------------------


def index_settings() -> dict:
    """Index settings: one shard (exact facet counts, the portal is small), a replica
    when the cluster has a second node, and the analyzers."""
    analyzers = portal_analysis()
    analyzers["filter"]["portal_prefix"] = {
        "type": "edge_ngram",
        "min_gram": 1,
        "max_gram": analysis.MAX_WORD_LENGTH,
    }
    analyzers["analyzer"]["portal_prefix"] = {
        "type": "custom",
        "tokenizer": "whitespace",
        "filter": ["portal_prefix"],
    }
    return {"number_of_shards": 1, "auto_expand_replicas": "0-1", "analysis": analyzers}


def mappings() -> dict:
    terms = {"type": "text", "analyzer": "whitespace"}
    properties: dict[str, Any] = {
        "page_id": {"type": "long"},
        "language": {"type": "keyword"},
        "kind": {"type": "keyword"},
        "date": {"type": "date"},
        "facets": {"type": "keyword"},
        "title_words": {
            **terms,
            "fields": {
                "prefix": {
                    "type": "text",
                    "analyzer": "portal_prefix",
                    "search_analyzer": "whitespace",
                }
            },
        },
        **{field: dict(terms) for field in FIELD_BOOSTS},
    }
    for language, analyzer in ANALYZERS.items():
        for field in TEXT_FIELDS:
            properties[f"{field}_{language}"] = {"type": "text", "analyzer": analyzer}
    return {"dynamic": "strict", "properties": properties}


def document_source(document) -> dict:
    """The indexed form of a ``SearchDocument``."""
    language = analysis.normalize_language(document.language)
    return {
        "page_id": document.page_id,
        "language": document.language,
        "kind": document.kind,
        "date": document.date.isoformat() if document.date else None,
        "facets": list(document.facets),
        "title_words": document.title_words,
        "title_terms": document.title_terms,
        "summary_terms": document.summary_terms,
        "body_terms": document.body_terms,
        f"title_{language}": document.title,
        f"summary_{language}": document.summary,
        f"body_{language}": document.body,
    }


def index_actions(documents: Iterable, index: str) -> list[dict]:
    return [
        {
            "_op_type": "index",
            "_index": index,
            "_id": document.page_id,
            "_source": document_source(document),
        }
        for document in documents
    ]


# Queries: each function returns keyword arguments for the client ---------------------


def phrase(field: str, clause: Sequence[str], boost: float = 1.0) -> dict:
    match: dict[str, Any] = {"query": " ".join(clause)}
    if boost != 1.0:
        match["boost"] = boost
    return {"match_phrase": {field: match}}


def clause_query(clause: Sequence[str]) -> dict:
    """One clause, found in the title, the summary or the body."""
    return {
        "bool": {
            "should": [phrase(field, clause, boost) for field, boost in FIELD_BOOSTS.items()],
            "minimum_should_match": 1,
        }
    }


def title_query(query: ParsedQuery) -> dict:
    """Pages whose title holds every clause (a filter: it adds no score)."""
    return {"bool": {"filter": [phrase("title_terms", clause) for clause in query.clauses]}}


def filter_clauses(language: str, filters: Filters) -> list[dict]:
    clauses: list[dict] = [{"term": {"language": language}}]
    for name, values in sorted(filters.items()):
        if values:
            tokens = [facet_token(name, value) for value in values]
            clauses.append({"terms": {"facets": tokens}})
    return clauses


def match_query(query: ParsedQuery, filters: Filters, *, in_title: bool | None = None) -> dict:
    """Every clause, the filters and, if ``in_title`` is given, only the pages whose title
    holds every clause (True) or only the others (False)."""
    body: dict[str, Any] = {
        "must": [clause_query(clause) for clause in query.clauses],
        "filter": filter_clauses(query.language, filters),
    }
    if in_title is True:
        body["filter"].append(title_query(query))
    elif in_title is False:
        body["must_not"] = [title_query(query)]
    return {"bool": body}


def search_request(
    query: ParsedQuery, filters: Filters, *, in_title: bool, offset: int, limit: int
) -> dict:
    """One tier of the ranking; the title tier also counts its pages exactly."""
    return {
        "query": match_query(query, filters, in_title=in_title),
        "sort": SORT,
        "from_": offset,
        "size": limit,
        "source": False,
        "track_total_hits": in_title,
    }


def facets_request(query: ParsedQuery, filters: Filters) -> dict:
    return {
        "query": match_query(query, filters),
        "size": 0,
        "track_total_hits": False,
        "aggs": {"facets": {"terms": {"field": "facets", "size": FACET_SIZE}}},
    }


def autocomplete_request(words: Sequence[str], prefix: str, language: str, limit: int) -> dict:
    """Titles with every word and a word starting with ``prefix``; shorter titles score
    higher (BM25 length normalisation)."""
    must = [{"term": {"title_words": word}} for word in words]
    must.append({"term": {"title_words.prefix": prefix}})
    return {
        "query": {"bool": {"must": must, "filter": [{"term": {"language": language}}]}},
        "sort": SORT,
        "size": limit,
        "source": False,
    }


def hit_ids(response) -> list[int]:
    return [int(hit["_id"]) for hit in response["hits"]["hits"]]


def connection_params() -> dict:
    """Client settings: Wagtail's Elasticsearch backend's when it has one, else
    ``ELASTICSEARCH_URL``."""
    wagtail = settings.WAGTAILSEARCH_BACKENDS.get("default", {})
    if "elasticsearch" in wagtail.get("BACKEND", ""):
        return {key: value for key, value in wagtail.items() if key in CONNECTION_KEYS}
    urls = [url.strip() for url in getattr(settings, "ELASTICSEARCH_URL", "").split(",")]
    if not any(urls):
        raise ImproperlyConfigured(
            "The elasticsearch search backend needs ELASTICSEARCH_URL (see the README)."
        )
    return {"URLS": [url for url in urls if url]}


class ElasticsearchSearchBackend(SearchBackend):
    name = "elasticsearch"

    def __init__(
        self,
        params: Mapping[str, Any] | None = None,
        *,
        index: str | None = None,
        refresh: bool | str = False,
        fallback: bool = True,
        retry_after: float = RETRY_AFTER,
    ):
        params = copy.deepcopy(dict(params) if params is not None else connection_params())
        # Wagtail's backend turns URLS (credentials, HTTPS, path) or HOSTS, TIMEOUT and
        # OPTIONS into a client; only the client is used.
        self.es = Elasticsearch9SearchBackend(params).es
        prefix = getattr(settings, "ELASTICSEARCH_INDEX_PREFIX", "welfare")
        self.index = index or f"{prefix}_portal_search"
        self.refresh = refresh
        self.fallback = fallback
        self.retry_after = retry_after
        self._paused_until = 0.0

    def database_backend(self) -> SearchBackend:
        """The backend of the database in use, which answers when Elasticsearch cannot."""
        return get_search_backend(DATABASE_BACKENDS.get(connection.vendor, "sqlite"))

    # Reading ---------------------------------------------------------------------------

    def _read(
        self, operation: str, run: Callable[[], T], on_database: Callable[[SearchBackend], T]
    ) -> T:
        if self.fallback and time.monotonic() < self._paused_until:
            return on_database(self.database_backend())
        try:
            return run()
        except ELASTICSEARCH_ERRORS as error:
            if not self.fallback:
                raise
            database = self.database_backend()
            if isinstance(error, BadRequestError):
                logger.error(
                    "Elasticsearch rejected the %s request (%s); the %s backend answered.",
                    operation,
                    error,
                    database.name,
                )
            else:
                self._paused_until = time.monotonic() + self.retry_after
                logger.warning(
                    "Elasticsearch failed on %s (%s); the %s backend answers for %g s.",
                    operation,
                    error,
                    database.name,
                    self.retry_after,
                )
            return on_database(database)

    def search(self, query, filters, *, offset, limit):
        if query.is_empty or limit <= 0:
            return []
        return self._read(
            "search",
            lambda: self._search(query, filters, offset, limit),
            lambda database: database.search(query, filters, offset=offset, limit=limit),
        )

    def _search(self, query: ParsedQuery, filters: Filters, offset: int, limit: int) -> list[int]:
        titles = self.es.search(
            index=self.index,
            **search_request(query, filters, in_title=True, offset=offset, limit=limit),
        )
        ids = hit_ids(titles)
        if len(ids) < limit:
            title_total = titles["hits"]["total"]["value"]
            rest = self.es.search(
                index=self.index,
                **search_request(
                    query,
                    filters,
                    in_title=False,
                    offset=max(0, offset - title_total),
                    limit=limit - len(ids),
                ),
            )
            ids.extend(hit_ids(rest))
        return ids

    def count(self, query, filters, *, limit=None):
        # Elasticsearch counts exactly at any size; ``limit`` only bounds the fallback.
        if query.is_empty:
            return 0
        return self._read(
            "count",
            lambda: self.es.count(index=self.index, query=match_query(query, filters))["count"],
            lambda database: database.count(query, filters, limit=limit),
        )

    def facet_counts(self, query, filters, *, sample=None):
        # Exact aggregations whatever the number of matches; the fallback may sample.
        if query.is_empty:
            return Counter()

        def run() -> Counter:
            response = self.es.search(index=self.index, **facets_request(query, filters))
            buckets = response["aggregations"]["facets"]["buckets"]
            return Counter({bucket["key"]: bucket["doc_count"] for bucket in buckets})

        return self._read(
            "facet counts",
            run,
            lambda database: database.facet_counts(query, filters, sample=sample),
        )

    def autocomplete(self, words, prefix, language, *, limit):
        if not prefix or limit <= 0:
            return []
        return self._read(
            "autocomplete",
            lambda: hit_ids(
                self.es.search(
                    index=self.index, **autocomplete_request(words, prefix, language, limit)
                )
            ),
            lambda database: database.autocomplete(words, prefix, language, limit=limit),
        )

    # Writing ---------------------------------------------------------------------------

    def _bulk(self, actions: list[dict], *, require_alias: bool, refresh: bool | str = False):
        """Send ``actions``; raise ``BulkIndexError`` if any document failed (deleting a
        document that is not there is not a failure)."""
        options: dict[str, Any] = {"require_alias": require_alias}
        if refresh:
            options["refresh"] = refresh
        failed = []
        for ok, item in streaming_bulk(self.es, actions, raise_on_error=False, **options):
            if ok:
                continue
            ((operation, result),) = item.items()
            if operation == "delete" and result.get("status") == 404:
                continue
            failed.append(item)
        if failed:
            raise BulkIndexError(f"{len(failed)} document(s) failed, first {failed[0]}", failed)

    def _write(self, operation: str, actions: list[dict]) -> None:
        if not actions:
            return
        try:
            self._bulk(actions, require_alias=True, refresh=self.refresh)
        except WRITE_ERRORS as error:
            if not self.fallback:
                raise
            if not isinstance(error, BulkIndexError | BadRequestError):
                self._paused_until = time.monotonic() + self.retry_after
            logger.warning(
                "Elasticsearch missed %s of %d document(s) (%s); the database index is "
                "current. Run `manage.py rebuild_search_index` when Elasticsearch is back.",
                operation,
                len(actions),
                error,
            )

    def documents_saved(self, documents: Iterable) -> None:
        self._write("indexing", index_actions(documents, self.index))

    def documents_removed(self, page_ids: Iterable[int]) -> None:
        actions = [{"_op_type": "delete", "_index": self.index, "_id": pk} for pk in page_ids]
        self._write("removal", actions)

    # Rebuilding ------------------------------------------------------------------------

    def rebuild(self, populate: Callable[[], Iterator[list]]) -> None:
        """Fill a new index while the database backend rebuilds its own from the same
        batches, then swap the alias. If Elasticsearch fails, the database is rebuilt all
        the same and readers keep the previous Elasticsearch index."""
        target = self._start_rebuild()

        def populate_both() -> Iterator[list]:
            nonlocal target
            for documents in populate():
                if target is not None:
                    try:
                        self._bulk(index_actions(documents, target), require_alias=False)
                    except WRITE_ERRORS as error:
                        self._abandon_rebuild(target, error)
                        target = None
                yield documents

        self.database_backend().rebuild(populate_both)
        if target is not None:
            try:
                self.es.indices.refresh(index=target)
                self._point_alias_at(target)
            except ELASTICSEARCH_ERRORS as error:
                self._abandon_rebuild(target, error)

    def _start_rebuild(self) -> str | None:
        target = f"{self.index}_{time.time_ns()}"
        try:
            self.es.indices.create(index=target, settings=index_settings(), mappings=mappings())
        except ELASTICSEARCH_ERRORS as error:
            self._abandon_rebuild(None, error)
            return None
        return target

    def _abandon_rebuild(self, target: str | None, error: Exception) -> None:
        if not self.fallback:
            raise error
        logger.warning(
            "Elasticsearch index rebuild abandoned (%s); the database index is rebuilt all "
            "the same and Elasticsearch keeps its previous index.",
            error,
        )
        if target is not None:
            try:
                self.es.indices.delete(index=target)
            except ELASTICSEARCH_ERRORS:
                logger.warning("Could not delete the partial index %s.", target)

    def _indices(self) -> list[str]:
        """Concrete indices of this backend: those named ``<alias>_<digits>`` (see
        ``_start_rebuild``) and an index that holds the alias's own name (left by an older
        setup). Other indices matching ``<alias>_*`` are not ours to delete."""
        stem = f"{self.index}_"
        found = self.es.indices.get(index=f"{stem}*", features="aliases")
        names = {name for name in found if name.removeprefix(stem).isdigit()}
        if not self.es.indices.exists_alias(name=self.index) and self.es.indices.exists(
            index=self.index
        ):
            names.add(self.index)
        return sorted(names)

    def _point_alias_at(self, target: str) -> None:
        """Move the alias to ``target`` and delete every other index of this backend, in
        one atomic update."""
        actions: list[dict] = [{"add": {"index": target, "alias": self.index}}]
        actions.extend(
            {"remove_index": {"index": name}} for name in self._indices() if name != target
        )
        self.es.indices.update_aliases(actions=actions)

    def delete_index(self) -> None:
        """Delete the alias and every index behind it (tests, decommissioning)."""
        names = self._indices()
        if names:
            self.es.indices.delete(index=names)
