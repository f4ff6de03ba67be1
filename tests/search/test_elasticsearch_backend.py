"""The Elasticsearch backend of the portal search.

Without a server: the index definition, the requests built for a query, the settings
wiring, and the fallback to the database backend when Elasticsearch cannot be reached
(a closed port on this machine: the connection is refused, no server is imitated).

With a server, when ELASTICSEARCH_URL is set: indexing, Italian matching, ranking,
filters, facets, autocomplete, removal and rebuild, each on a throwaway index.
"""

import json
import logging
import os
import socket
import subprocess
import sys
import uuid
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured
from django.db import connection

from modelsearch.backends.elasticsearch9 import Elasticsearch9SearchBackend

import elasticsearch
import pytest

from search import analysis, backends
from search.backends import DATABASE_BACKENDS, get_search_backend
from search.backends.elasticsearch import (
    FACET_SIZE,
    SORT,
    ElasticsearchSearchBackend,
    autocomplete_request,
    clause_query,
    connection_params,
    document_source,
    facets_request,
    index_actions,
    index_settings,
    mappings,
    match_query,
    search_request,
)
from search.elasticsearch_analysis import wagtail_index_settings
from search.indexing import rebuild_index
from search.models import SearchDocument
from search.query import parse_query
from search.service import SearchService

ROOT = Path(__file__).resolve().parent.parent.parent
LOGGER = "search.backends.elasticsearch"
ELASTICSEARCH_ENV = ("ELASTICSEARCH_URL", "ELASTICSEARCH_INDEX_PREFIX", "SEARCH_BACKEND")

needs_server = pytest.mark.skipif(
    not os.environ.get("ELASTICSEARCH_URL"),
    reason="needs an Elasticsearch server: set ELASTICSEARCH_URL",
)


def search_ids(backend, text, language="it", offset=0, limit=10, **filters):
    return backend.search(parse_query(text, language), filters, offset=offset, limit=limit)


def document(page_id, title, summary="", body="", *, language="it", kind="article", facets=()):
    """A document as ``search.indexing.build_document`` writes it, without a page."""
    return SearchDocument(
        page_id=page_id,
        language=language,
        kind=kind,
        date=datetime(2026, 1, page_id % 28 + 1, tzinfo=UTC),
        facets=[f"type:{kind}", f"lang:{language}", *facets],
        title=title,
        title_words=" ".join(analysis.words(title)),
        title_terms=analysis.term_string(title, language),
        summary_terms=analysis.term_string(summary, language),
        body_terms=analysis.term_string(body, language),
        summary=summary,
        body=body,
    )


def database_backend():
    return get_search_backend(DATABASE_BACKENDS[connection.vendor])


def warnings_logged(caplog):
    return [
        record.getMessage()
        for record in caplog.records
        if record.name == LOGGER and record.levelno == logging.WARNING
    ]


# The index ----------------------------------------------------------------------------


def test_italian_and_english_analyzers_repeat_the_python_analysis():
    settings = index_settings()
    analyzers = settings["analysis"]["analyzer"]
    filters = settings["analysis"]["filter"]

    def chain(name):
        return [filters.get(step, {"type": step})["type"] for step in analyzers[name]["filter"]]

    italian = analyzers["portal_italian"]
    assert italian["tokenizer"] == "standard"
    assert chain("portal_italian") == ["lowercase", "asciifolding", "elision", "stop", "stemmer"]
    assert filters["portal_italian_stemmer"]["language"] == "light_italian"
    assert set(filters["portal_italian_stop"]["stopwords"]) == analysis.ITALIAN_STOPWORDS
    elision = filters["portal_italian_elision"]
    assert {"l", "dell", "all", "un", "nell", "sull"} <= set(elision["articles"])

    assert chain("portal_english") == ["lowercase", "asciifolding", "stop", "stemmer"]
    # porter2 is Snowball English, the stemmer search.analysis uses ("english" is Porter).
    assert filters["portal_english_stemmer"]["language"] == "porter2"
    assert set(filters["portal_english_stop"]["stopwords"]) == analysis.ENGLISH_STOPWORDS

    assert chain("portal_prefix") == ["edge_ngram"]
    assert analyzers["portal_prefix"]["tokenizer"] == "whitespace"
    assert filters["portal_prefix"]["min_gram"] == 1
    assert filters["portal_prefix"]["max_gram"] >= analysis.MAX_WORD_LENGTH
    # One shard: the facet counts of a terms aggregation are exact.
    assert settings["number_of_shards"] == 1


def test_mapping_keeps_our_terms_as_written_and_routes_text_by_language():
    mapping = mappings()
    properties = mapping["properties"]
    assert mapping["dynamic"] == "strict"
    for field in ("title_terms", "summary_terms", "body_terms"):
        assert properties[field] == {"type": "text", "analyzer": "whitespace"}
    for language, analyzer in (("it", "portal_italian"), ("en", "portal_english")):
        for field in ("title", "summary", "body"):
            assert properties[f"{field}_{language}"]["analyzer"] == analyzer
    prefix = properties["title_words"]["fields"]["prefix"]
    assert (prefix["analyzer"], prefix["search_analyzer"]) == ("portal_prefix", "whitespace")
    assert properties["facets"]["type"] == properties["language"]["type"] == "keyword"
    assert properties["date"]["type"] == "date"
    assert properties["page_id"]["type"] == "long"

    defined = set(index_settings()["analysis"]["analyzer"]) | {"whitespace"}
    used = {
        value
        for spec in [*properties.values(), prefix]
        for key, value in spec.items()
        if key in ("analyzer", "search_analyzer")
    }
    assert used <= defined


def test_documents_carry_terms_and_text_in_their_own_language():
    english = document(
        7,
        "Services for older people",
        "Help at home",
        "Meals and company.",
        language="en",
        facets=["topic:anziani"],
    )
    source = document_source(english)
    assert set(source) <= set(mappings()["properties"])
    assert source["title_en"] == "Services for older people"
    assert source["summary_en"] == "Help at home"
    assert "title_it" not in source
    assert source["title_terms"] == "servic older peopl"
    assert source["title_words"] == "services for older people"
    assert source["facets"] == ["type:article", "lang:en", "topic:anziani"]
    assert source["date"] == "2026-01-08T00:00:00+00:00"
    assert document_source(document(8, "Orti sociali"))["title_it"] == "Orti sociali"

    (action,) = index_actions([english], "welfare_portal_search")
    assert (action["_op_type"], action["_index"], action["_id"]) == (
        "index",
        "welfare_portal_search",
        7,
    )


# Requests -----------------------------------------------------------------------------


def test_search_request_ands_clauses_ors_filter_values_and_puts_title_matches_first():
    query = parse_query('anziani "assistenza domiciliare"', "it")
    assert query.clauses == (("anzian",), ("assistenz", "domiciliar"))
    filters = {"type": ("service",), "municipality": ("padova", "vigonza")}

    titles = search_request(query, filters, in_title=True, offset=20, limit=10)
    condition = titles["query"]["bool"]
    assert condition["must"] == [
        clause_query(("anzian",)),
        clause_query(("assistenz", "domiciliar")),
    ]
    assert condition["must"][1] == {
        "bool": {
            "should": [
                {"match_phrase": {"title_terms": {"query": "assistenz domiciliar", "boost": 10.0}}},
                {
                    "match_phrase": {
                        "summary_terms": {"query": "assistenz domiciliar", "boost": 4.0}
                    }
                },
                {"match_phrase": {"body_terms": {"query": "assistenz domiciliar"}}},
            ],
            "minimum_should_match": 1,
        }
    }
    in_title = {
        "bool": {
            "filter": [
                {"match_phrase": {"title_terms": {"query": "anzian"}}},
                {"match_phrase": {"title_terms": {"query": "assistenz domiciliar"}}},
            ]
        }
    }
    assert condition["filter"] == [
        {"term": {"language": "it"}},
        {"terms": {"facets": ["municipality:padova", "municipality:vigonza"]}},
        {"terms": {"facets": ["type:service"]}},
        in_title,
    ]
    assert "must_not" not in condition
    assert titles["sort"] == SORT == [{"_score": {"order": "desc"}}, {"page_id": {"order": "asc"}}]
    assert (titles["from_"], titles["size"], titles["source"]) == (20, 10, False)
    assert titles["track_total_hits"] is True

    others = search_request(query, filters, in_title=False, offset=0, limit=4)
    assert others["query"]["bool"]["must_not"] == [in_title]
    assert others["query"]["bool"]["filter"] == condition["filter"][:3]
    assert others["track_total_hits"] is False


def test_what_the_reader_types_reaches_elasticsearch_only_as_phrase_text():
    query = parse_query('title:x AND (servizi* OR "anziani NEAR( soli', "it")
    request = search_request(query, {"topic": ("salute",)}, in_title=True, offset=0, limit=10)

    kinds = set()
    phrases = []

    def walk(node):
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "match_phrase":
                    ((_field, match),) = value.items()
                    phrases.append(match["query"])
                kinds.add(key)
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(request["query"])
    assert not kinds & {"query_string", "simple_query_string", "wildcard", "regexp", "prefix"}
    assert set(phrases) == {" ".join(clause) for clause in query.clauses}
    assert all(term.isalnum() for phrase in phrases for term in phrase.split())


def test_facet_counts_are_one_aggregation_without_hits():
    query = parse_query("anziani", "it")
    request = facets_request(query, {"pillar": ("public",)})
    assert request["size"] == 0
    assert request["query"] == match_query(query, {"pillar": ("public",)})
    assert request["aggs"] == {"facets": {"terms": {"field": "facets", "size": FACET_SIZE}}}
    assert FACET_SIZE >= 1000


def test_autocomplete_request_needs_every_word_and_a_word_with_the_prefix():
    request = autocomplete_request(["servizi", "per"], "anz", "it", 8)
    assert request["query"] == {
        "bool": {
            "must": [
                {"term": {"title_words": "servizi"}},
                {"term": {"title_words": "per"}},
                {"term": {"title_words.prefix": "anz"}},
            ],
            "filter": [{"term": {"language": "it"}}],
        }
    }
    assert (request["size"], request["sort"]) == (8, SORT)


# Configuration ------------------------------------------------------------------------


def test_client_comes_from_wagtails_backend_with_credentials_and_path(settings):
    settings.ELASTICSEARCH_INDEX_PREFIX = "comune"
    backend = ElasticsearchSearchBackend(
        {"URLS": ["https://portal:secret@search.example.org:9243/es"], "TIMEOUT": 3}
    )
    (node,) = backend.es.transport.node_pool.all()
    assert node.base_url == "https://search.example.org:9243/es"
    assert backend.es._headers["authorization"] == "Basic cG9ydGFsOnNlY3JldA=="
    assert backend.index == "comune_portal_search"


def test_connection_follows_wagtails_elasticsearch_backend_else_elasticsearch_url(settings):
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.elasticsearch9",
            "URLS": ["http://es1:9200", "http://es2:9200"],
            "INDEX_PREFIX": "welfare_",
            "TIMEOUT": 4,
            "OPTIONS": {"max_retries": 1},
            "INDEX_SETTINGS": wagtail_index_settings(),
        }
    }
    assert connection_params() == {
        "URLS": ["http://es1:9200", "http://es2:9200"],
        "TIMEOUT": 4,
        "OPTIONS": {"max_retries": 1},
    }
    settings.WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
    settings.ELASTICSEARCH_URL = "http://es1:9200, http://es2:9200"
    assert connection_params() == {"URLS": ["http://es1:9200", "http://es2:9200"]}
    settings.ELASTICSEARCH_URL = ""
    with pytest.raises(ImproperlyConfigured, match="ELASTICSEARCH_URL"):
        connection_params()


SETTINGS_PROBE = """
import json, django
from django.conf import settings
django.setup()
from wagtail.models import Page
from modelsearch.backends import get_search_backend as wagtail_backend
from search.backends import get_search_backend
wagtail = wagtail_backend()
portal = get_search_backend()
print(json.dumps({
    "SEARCH_BACKEND": settings.SEARCH_BACKEND,
    "WAGTAILSEARCH_BACKENDS": settings.WAGTAILSEARCH_BACKENDS,
    "wagtail_class": type(wagtail).__module__ + "." + type(wagtail).__name__,
    "wagtail_index": getattr(wagtail.get_index_for_model(Page), "name", None),
    "wagtail_analyzers": sorted(getattr(wagtail, "settings", {}).get("settings", {})
                                .get("analysis", {}).get("analyzer", {})),
    "portal_class": type(portal).__name__,
    "portal_index": getattr(portal, "index", None),
    "portal_nodes": [node.base_url for node in portal.es.transport.node_pool.all()]
                    if hasattr(portal, "es") else None,
}))
"""


def probe_settings(**env):
    """Development settings as a fresh process sees them with ``env``."""
    clean = {
        key: value
        for key, value in os.environ.items()
        if key not in (*ELASTICSEARCH_ENV, "DATABASE_URL", "REDIS_URL")
    }
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", SETTINGS_PROBE],
        cwd=ROOT,
        env={**clean, "DJANGO_SETTINGS_MODULE": "portal.settings.dev", **env},
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_elasticsearch_url_moves_the_portal_and_the_admin_search_to_elasticsearch():
    found = probe_settings(ELASTICSEARCH_URL="http://127.0.0.1:9200")
    assert found["SEARCH_BACKEND"] == "elasticsearch"
    assert found["portal_class"] == "ElasticsearchSearchBackend"
    assert found["portal_index"] == "welfare_portal_search"
    assert found["portal_nodes"] == ["http://127.0.0.1:9200"]

    wagtail = found["WAGTAILSEARCH_BACKENDS"]["default"]
    assert wagtail["BACKEND"] == "wagtail.search.backends.elasticsearch9"
    assert found["wagtail_class"] == (
        f"{Elasticsearch9SearchBackend.__module__}.{Elasticsearch9SearchBackend.__name__}"
    )
    assert wagtail["URLS"] == ["http://127.0.0.1:9200"]
    assert wagtail["INDEX_PREFIX"] == "welfare_"
    assert found["wagtail_index"] == "welfare_wagtailcore_page"
    # Wagtail's own analyzers, ours, and ours as the default for its text fields.
    assert {"edgengram_analyzer", "portal_italian", "portal_english", "default"} <= set(
        found["wagtail_analyzers"]
    )
    analyzers = wagtail["INDEX_SETTINGS"]["settings"]["analysis"]["analyzer"]
    assert analyzers["default"] == analyzers["portal_italian"]


def test_index_prefix_names_both_indexes_and_search_backend_can_still_be_chosen():
    found = probe_settings(
        ELASTICSEARCH_URL="http://127.0.0.1:9200",
        ELASTICSEARCH_INDEX_PREFIX="comune_padova",
        SEARCH_BACKEND="sqlite",
    )
    assert found["SEARCH_BACKEND"] == "sqlite"
    assert found["portal_class"] == "SQLiteSearchBackend"
    assert found["wagtail_index"] == "comune_padova_wagtailcore_page"
    assert found["WAGTAILSEARCH_BACKENDS"]["default"]["INDEX_PREFIX"] == "comune_padova_"


def test_without_elasticsearch_url_both_searches_stay_on_the_database():
    found = probe_settings()
    assert found["SEARCH_BACKEND"] == ""
    assert found["portal_class"] == "SQLiteSearchBackend"
    assert found["WAGTAILSEARCH_BACKENDS"] == {
        "default": {"BACKEND": "wagtail.search.backends.database"}
    }


# When Elasticsearch cannot be reached -------------------------------------------------


@pytest.fixture
def unreachable_url():
    """A localhost port nothing listens on: connections are refused at once."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"


@pytest.fixture
def offline(unreachable_url):
    return ElasticsearchSearchBackend(
        {"URLS": [unreachable_url], "TIMEOUT": 1, "OPTIONS": {"max_retries": 0}}
    )


@pytest.fixture
def configured_offline(settings, unreachable_url):
    """The portal configured for Elasticsearch, as in production, with the server down."""
    settings.SEARCH_BACKEND = "elasticsearch"
    settings.ELASTICSEARCH_URL = unreachable_url
    backends._backends.pop("elasticsearch", None)
    yield get_search_backend()
    backends._backends.pop("elasticsearch", None)


@pytest.mark.django_db
def test_reads_fall_back_to_the_database_backend_with_one_warning(offline, make_article, caplog):
    in_title = make_article("Servizi per anziani a Vigonza")
    in_body = make_article("Banca del tempo", "Aiuto agli anziani del quartiere.")
    make_article("Orti sociali")
    query = parse_query("anziano", "it")
    caplog.clear()

    with caplog.at_level(logging.WARNING, logger=LOGGER):
        ids = offline.search(query, {}, offset=0, limit=10)
        count = offline.count(query, {})
        facets = offline.facet_counts(query, {})
        suggestions = offline.autocomplete(["servizi"], "anz", "it", limit=5)

    assert ids == [in_title.pk, in_body.pk]
    assert ids == database_backend().search(query, {}, offset=0, limit=10)
    assert count == 2
    assert facets["type:article"] == 2
    assert suggestions == [in_title.pk]
    # The first failure pauses Elasticsearch: the next reads do not wait on it again.
    (warning,) = warnings_logged(caplog)
    assert "Elasticsearch failed on search" in warning
    assert f"the {database_backend().name} backend answers for 30 s" in warning


@pytest.mark.django_db
def test_without_a_pause_every_read_tries_elasticsearch_again(unreachable_url, caplog):
    backend = ElasticsearchSearchBackend(
        {"URLS": [unreachable_url], "TIMEOUT": 1, "OPTIONS": {"max_retries": 0}}, retry_after=0
    )
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        assert search_ids(backend, "anziani") == []
        assert search_ids(backend, "anziani") == []
    assert len(warnings_logged(caplog)) == 2


@pytest.mark.django_db
def test_the_portal_keeps_serving_search_while_elasticsearch_is_down(
    configured_offline, make_article, make_service, caplog
):
    assert isinstance(configured_offline, ElasticsearchSearchBackend)
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        # Publishing writes the database index; Elasticsearch misses it and says so.
        article = make_article("Anziani soli d'estate", "Telefonate e visite.")
        service = make_service("Assistenza domiciliare per anziani")
        results = SearchService().search("anziani", language="it")
        suggestions = SearchService().autocomplete("assistenza dom", language="it")

    assert SearchService().backend is configured_offline
    assert {hit.page_id for hit in results.hits} == {article.pk, service.pk}
    assert results.total == 2
    assert {facet.name for facet in results.facets} >= {"type"}
    assert [suggestion.title for suggestion in suggestions] == [service.title]
    messages = warnings_logged(caplog)
    assert any("missed indexing" in message for message in messages)
    assert any("rebuild_search_index" in message for message in messages)


@pytest.mark.django_db
def test_rebuild_with_elasticsearch_down_still_rebuilds_the_database_index(
    configured_offline, make_article, caplog
):
    page = make_article("Orti sociali per anziani")
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        assert rebuild_index() == 1
    assert SearchDocument.objects.filter(page_id=page.pk).exists()
    assert search_ids(configured_offline, "orti") == [page.pk]
    assert any("rebuild abandoned" in message for message in warnings_logged(caplog))


def test_writes_to_an_unreachable_server_are_logged_not_raised(offline, caplog):
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        offline.documents_saved([document(1, "Orti sociali")])
        offline.documents_removed([1, 2])
        offline.documents_saved([])
    first, second = warnings_logged(caplog)
    assert "missed indexing of 1 document(s)" in first
    assert "missed removal of 2 document(s)" in second


def test_without_fallback_errors_reach_the_caller(unreachable_url):
    backend = ElasticsearchSearchBackend(
        {"URLS": [unreachable_url], "TIMEOUT": 1, "OPTIONS": {"max_retries": 0}}, fallback=False
    )
    with pytest.raises(elasticsearch.ConnectionError):
        search_ids(backend, "anziani")
    with pytest.raises(elasticsearch.ConnectionError):
        backend.documents_saved([document(1, "Orti sociali")])


# With a server ------------------------------------------------------------------------


@pytest.fixture
def live(db):
    """A backend on a fresh index of the server at ELASTICSEARCH_URL, deleted afterwards.
    Errors are raised, never answered by the database, so these tests see Elasticsearch."""
    backend = ElasticsearchSearchBackend(
        {"URLS": [url.strip() for url in os.environ["ELASTICSEARCH_URL"].split(",")]},
        index=f"test_{uuid.uuid4().hex[:12]}_portal_search",
        refresh="wait_for",
        fallback=False,
    )
    backend.rebuild(lambda: iter(()))
    yield backend
    backend.delete_index()


@needs_server
def test_server_italian_matching_folds_accents_and_number(live):
    live.documents_saved(
        [
            document(1, "Servizi per gli anziani"),
            document(2, "La città solidale"),
            document(3, "Orti sociali", body="Un orto per ogni quartiere."),
            document(4, "Help for older people", language="en"),
        ]
    )
    assert search_ids(live, "anziano") == [1]
    assert search_ids(live, "citta") == [2]
    assert search_ids(live, "Città") == [2]
    assert search_ids(live, "orto") == [3]
    assert search_ids(live, "people") == []
    assert search_ids(live, "people", language="en") == [4]
    assert search_ids(live, "anziani orti") == []


@needs_server
def test_server_ranks_title_matches_first_then_relevance_then_page_id(live):
    live.documents_saved(
        [
            document(1, "Banca del tempo", body="Servizi agli anziani. Anziani e servizi."),
            document(2, "Servizi per anziani"),
            document(3, "Anziani e servizi del Comune"),
            document(4, "Orti", summary="Servizi per anziani", body="Servizi per anziani."),
            document(5, "Orti", summary="Servizi per anziani", body="Servizi per anziani."),
        ]
    )
    ids = search_ids(live, "servizi anziani")
    assert ids[:2] == [2, 3]
    assert set(ids[2:]) == {1, 4, 5}
    assert ids.index(4) + 1 == ids.index(5)
    # Pages that cross from the title tier to the rest.
    assert search_ids(live, "servizi anziani", limit=3) == ids[:3]
    assert search_ids(live, "servizi anziani", offset=1, limit=2) == ids[1:3]
    assert search_ids(live, "servizi anziani", offset=3, limit=2) == ids[3:5]
    assert live.count(parse_query("servizi anziani", "it"), {}) == 5


@needs_server
def test_server_phrases_need_their_words_together(live):
    live.documents_saved(
        [document(1, "Anziani soli d'estate"), document(2, "Soli in casa: gli anziani")]
    )
    assert search_ids(live, '"anziani soli"') == [1]
    assert search_ids(live, '"servizi per anziani soli"') == []
    assert sorted(search_ids(live, "anziani soli")) == [1, 2]


@needs_server
def test_server_filters_or_values_within_a_name_and_and_names(live):
    live.documents_saved(
        [
            document(1, "Anziani a Padova", kind="service", facets=["municipality:padova"]),
            document(2, "Anziani a Vigonza", kind="service", facets=["municipality:vigonza"]),
            document(3, "Anziani a Padova", facets=["municipality:padova", "topic:anziani"]),
        ]
    )
    padova_or_vigonza = {"municipality": ("padova", "vigonza")}
    assert search_ids(live, "anziani", **padova_or_vigonza) == [1, 2, 3]
    assert search_ids(live, "anziani", type=["service"], municipality=["padova"]) == [1]
    assert search_ids(live, "anziani", type=["service"], topic=["anziani"]) == []

    counts = live.facet_counts(parse_query("anziani", "it"), {"municipality": ("padova",)})
    assert counts == Counter(
        {
            "type:service": 1,
            "type:article": 1,
            "lang:it": 2,
            "municipality:padova": 2,
            "topic:anziani": 1,
        }
    )


@needs_server
def test_server_autocomplete_completes_the_last_title_word(live):
    live.documents_saved(
        [
            document(1, "Servizi per anziani"),
            document(2, "Servizi per anziani e famiglie del territorio"),
            document(3, "Anziani soli"),
            document(4, "Servizi per gli anziani", language="en"),
        ]
    )
    assert live.autocomplete(["servizi"], "anz", "it", limit=5) == [1, 2]
    assert live.autocomplete([], "anz", "it", limit=5) == [3, 1, 2]
    assert live.autocomplete(["servizi", "per"], "a", "it", limit=1) == [1]
    assert live.autocomplete(["orti"], "anz", "it", limit=5) == []


@needs_server
def test_server_removed_documents_are_no_longer_found(live):
    live.documents_saved([document(1, "Orti sociali"), document(2, "Orti urbani")])
    live.documents_removed([1, 99])
    assert search_ids(live, "orti") == [2]
    # Saving again replaces the document.
    live.documents_saved([document(2, "Giardini urbani")])
    assert search_ids(live, "orti") == []
    assert search_ids(live, "giardino") == [2]


@needs_server
def test_server_rebuild_swaps_in_a_complete_index_and_deletes_the_old_one(live):
    live.documents_saved([document(1, "Orti sociali")])
    (before,) = live._indices()

    live.rebuild(lambda: iter([[document(2, "Orti urbani")], [document(3, "Orti didattici")]]))

    (after,) = live._indices()
    assert after != before
    assert sorted(search_ids(live, "orti")) == [2, 3]
    assert list(live.es.indices.get_alias(name=live.index)) == [after]


@needs_server
def test_server_analyzers_give_the_terms_of_search_analysis(live):
    samples = {
        "it": [
            "Servizi per gli anziani della città",
            "L'associazione dell'anziano e le famiglie",
            "Assistenza domiciliare, pasti caldi e psicologiche",
        ],
        "en": ["Services for older people at home"],
    }
    for language, texts in samples.items():
        analyzer = {"it": "portal_italian", "en": "portal_english"}[language]
        for text in texts:
            tokens = live.es.indices.analyze(index=live.index, analyzer=analyzer, text=text)
            assert [token["token"] for token in tokens["tokens"]] == analysis.terms(text, language)


@needs_server
def test_server_accepts_wagtails_index_settings_with_our_default_analyzer():
    wagtail = Elasticsearch9SearchBackend(
        {
            "URLS": [url.strip() for url in os.environ["ELASTICSEARCH_URL"].split(",")],
            "INDEX_SETTINGS": wagtail_index_settings(),
        }
    )
    index = wagtail.index_class(wagtail, f"test_{uuid.uuid4().hex[:12]}_wagtail")
    index.put()
    try:
        tokens = wagtail.es.indices.analyze(index=index.name, text="Gli anziani della città")
        assert [token["token"] for token in tokens["tokens"]] == ["anzian", "citta"]
    finally:
        index.delete()
