"""How each database backend runs a search: one ranked query with a LIMIT on SQLite
FTS5, the GIN indexes on PostgreSQL, and an index that cannot drift from the documents."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from search.backends import get_search_backend
from search.models import SearchDocument
from search.query import parse_query
from search.service import SearchService

sqlite_only = pytest.mark.skipif(
    connection.vendor != "sqlite", reason="runs only on the SQLite backend"
)


def run_search(text, **filters):
    backend = get_search_backend()
    with CaptureQueriesContext(connection) as captured:
        ids = backend.search(parse_query(text, "it"), filters, offset=0, limit=10)
    return ids, [query["sql"] for query in captured.captured_queries]


@pytest.mark.django_db
@sqlite_only
def test_sqlite_ranks_in_one_fts5_query_with_limit(make_article):
    page = make_article("Orti sociali per anziani")
    ids, queries = run_search("anziani", topic=["orti"])
    assert ids == []
    ids, queries = run_search("anziani")
    assert ids == [page.pk]
    # A cheap probe for the window (no scoring), then the one ranking query.
    assert len(queries) == 2
    assert "bm25" not in queries[0] and "ORDER BY rowid DESC" in queries[0]
    sql = queries[1]
    assert "MATCH" in sql and "bm25(search_fts" in sql and "LIMIT 10" in sql
    # The title tier is a non-correlated subquery: it names no outer column.
    assert "rowid IN (SELECT rowid FROM search_fts WHERE search_fts MATCH" in sql


@pytest.mark.django_db
@sqlite_only
def test_sqlite_fts_follows_document_changes_through_triggers(make_article):
    page = make_article("Orti sociali")
    SearchDocument.objects.filter(page_id=page.pk).update(title_terms="giardin")
    assert run_search("orti")[0] == []
    assert run_search("giardini")[0] == [page.pk]
    backend = get_search_backend()
    assert backend.autocomplete([], "ort", "it", limit=5) == [page.pk]
    SearchDocument.objects.filter(page_id=page.pk).update(title_words="giardini sociali")
    assert backend.autocomplete([], "ort", "it", limit=5) == []
    assert backend.autocomplete(["giardini"], "so", "it", limit=5) == [page.pk]
    assert backend.autocomplete(["giardini"], "so", "en", limit=5) == []
    SearchDocument.objects.filter(page_id=page.pk).delete()
    assert run_search("giardini")[0] == []
    assert backend.autocomplete([], "gi", "it", limit=5) == []
    with connection.cursor() as cursor:
        cursor.execute("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')")
        cursor.execute(
            "INSERT INTO search_autocomplete(search_autocomplete) VALUES ('integrity-check')"
        )
        # Prefix indexes only where autocomplete looks words up by their beginning.
        cursor.execute("SELECT name, sql FROM sqlite_master WHERE name LIKE 'search_%'")
        tables = dict(cursor.fetchall())
    assert "prefix" not in tables["search_fts"] and "prefix" in tables["search_autocomplete"]


@pytest.mark.django_db
@pytest.mark.postgres
def test_postgres_matches_through_the_gin_index(make_article):
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: run the suite with DATABASE_URL=postgres://...")
    make_article("Orti sociali per anziani")
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexname FROM pg_indexes WHERE tablename = 'search_searchdocument'")
        indexes = {row[0] for row in cursor.fetchall()}
        assert {"search_document_vector", "search_document_autocomplete"} <= indexes
        cursor.execute("SET enable_seqscan = off")
        cursor.execute(
            "EXPLAIN SELECT page_id FROM search_searchdocument "
            "WHERE search_vector @@ phraseto_tsquery('simple', 'anzian')"
        )
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "search_document_vector" in plan
    ids, queries = run_search("anziani")
    statements = [sql for sql in queries if "search_searchdocument" in sql]
    assert len(ids) == 1 and len(statements) == 1
    assert "ts_rank" in statements[0] and "LIMIT" in statements[0]
    assert "SET LOCAL enable_seqscan = off" in queries


@pytest.mark.django_db
@pytest.mark.postgres
def test_postgres_runs_a_search_in_one_transaction(make_article):
    """The service's statements (count, facets, ranking) share one transaction and one
    SET LOCAL instead of a savepoint and a SET LOCAL each."""
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: run the suite with DATABASE_URL=postgres://...")
    for number in range(3):
        make_article(f"Orti sociali {number}")
    with CaptureQueriesContext(connection) as captured:
        results = SearchService().search("orti", language="it", facets=True)
    assert results.total == 3 and len(results.hits) == 3
    queries = [query["sql"] for query in captured.captured_queries]
    assert queries.count("SET LOCAL enable_seqscan = off") == 1
    backend = [sql for sql in queries if "search_searchdocument d" in sql]
    assert len(backend) == 3  # count, facet counts, ranking
    setting = queries.index("SET LOCAL enable_seqscan = off")
    assert all(queries.index(sql) > setting for sql in backend)
    with connection.cursor() as cursor:
        cursor.execute("SHOW enable_seqscan")
        assert cursor.fetchone()[0] == "on"  # only inside the search's transaction


@pytest.mark.django_db
@pytest.mark.parametrize("window", [2, 500])
def test_above_the_window_only_the_newest_matches_and_title_matches_are_ranked(
    make_article, monkeypatch, window
):
    """Below the window the order is exact (title matches first, then relevance); above
    it the newest matches and the newest title matches compete, on both backends."""
    from search.backends import postgres, sqlite

    monkeypatch.setattr(sqlite, "RANK_WINDOW", window)
    monkeypatch.setattr(postgres, "RANK_WINDOW", window)
    old_title = make_article("Anziani in città", "Un testo.")
    most_relevant = make_article("Orto grande", "Anziani, anziani, anziani: gli anziani.")
    newer = [make_article(f"Orto {n}", "Gli anziani coltivano un orto.") for n in range(3)]
    ids = get_search_backend().search(parse_query("anziani", "it"), {}, offset=0, limit=2)
    assert ids[0] == old_title.pk  # the only title match is always a candidate
    if window == 2:
        assert ids[1] in {newer[2].pk, newer[1].pk}  # the older pages were not scored
    else:
        assert ids[1] == most_relevant.pk


@pytest.mark.django_db
def test_a_phrase_window_holds_the_newest_phrase_matches(make_article, monkeypatch):
    """PostgreSQL finds a phrase's candidates through its words, then checks the phrase:
    newer pages that hold the words apart never take a phrase match's place."""
    from search.backends import postgres, sqlite

    monkeypatch.setattr(sqlite, "RANK_WINDOW", 2)
    monkeypatch.setattr(postgres, "RANK_WINDOW", 2)
    phrase = [make_article(f"Notizia {n}", "Apre un punto di ascolto in città.") for n in range(3)]
    for n in range(4):
        make_article(f"Avviso {n}", "Il punto è che serve ascolto.")
    backend = get_search_backend()
    query = parse_query('"punto di ascolto"', "it")
    ids = backend.search(query, {}, offset=0, limit=2)
    assert set(ids) == {phrase[2].pk, phrase[1].pk}
    assert backend.count(query, {}) == 3
    assert backend.count(parse_query("punto ascolto", "it"), {}) == 7
    assert backend.facet_counts(query, {}, sample=2)["type:article"] == 2
    assert backend.facet_counts(query, {})["type:article"] == 3
    assert backend.search(parse_query('"ascolto in città"', "it"), {}, offset=0, limit=5)
    assert backend.count_up_to(query, {}, limit=10) == (3, True)
    assert backend.count_up_to(query, {}, limit=2) == (2, False)

    # PostgreSQL checks a phrase on the newest rows holding its words only; past them,
    # the total is "more than" a round number below the matches found there.
    monkeypatch.setattr(postgres, "PHRASE_CHECKED", 6)
    monkeypatch.setattr(postgres, "PHRASE_MIN_BOUND", 2)
    results = SearchService().search('"punto di ascolto"', language="it", facets=True)
    if connection.vendor == "postgresql":
        # 7 rows hold the words, more than the 6 to check: a lower bound below the 3 found.
        assert backend.count_up_to(query, {}, limit=10) == (2, False)
        assert (results.total, results.total_is_lower_bound) == (2, True)
        assert results.facets_approximate
    else:
        assert (results.total, results.total_is_lower_bound) == (3, False)
    monkeypatch.setattr(postgres, "PHRASE_MIN_BOUND", 4)  # too few found: counted exactly
    assert backend.count_up_to(query, {}, limit=10) == (3, True)


def test_round_below():
    from search.backends.postgres import round_below

    assert [round_below(n) for n in (2, 10, 11, 100, 150, 200, 1234, 10_000)] == [
        1,
        9,
        10,
        90,
        100,
        100,
        1000,
        9000,
    ]


@pytest.mark.postgres
@pytest.mark.django_db
def test_postgres_keeps_rows_short():
    """Migration 0004: only the columns every search reads stay in the heap row."""
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: run the suite with DATABASE_URL=postgres://...")
    with connection.cursor() as cursor:
        cursor.execute("SELECT reloptions FROM pg_class WHERE relname = 'search_searchdocument'")
        assert "toast_tuple_target=128" in cursor.fetchone()[0]
        cursor.execute(
            "SELECT attname, attstorage FROM pg_attribute WHERE attrelid = "
            "'search_searchdocument'::regclass AND attname IN ('facets', 'title_vector', "
            "'body_terms')"
        )
        assert dict(cursor.fetchall()) == {"facets": "m", "title_vector": "m", "body_terms": "x"}


@pytest.mark.django_db
def test_a_phrase_search_reuses_the_matches_its_count_found(make_article):
    """Within one search, PostgreSQL ranks the phrase matches its count found instead of
    checking the phrase again; the results are those of a search on its own."""
    phrase = [make_article(f"Notizia {n}", "Apre un punto di ascolto in città.") for n in range(3)]
    make_article("Avviso", "Il punto è che serve ascolto.")
    backend = get_search_backend()
    query = parse_query('"punto di ascolto"', "it")
    alone = backend.search(query, {}, offset=0, limit=10)
    with CaptureQueriesContext(connection) as captured, backend.session():
        assert backend.count_up_to(query, {}, limit=100) == (3, True)
        together = backend.search(query, {}, offset=0, limit=10)
    assert together == alone
    assert set(alone) == {page.pk for page in phrase}
    if connection.vendor == "postgresql":
        ranking = [q["sql"] for q in captured.captured_queries if "WITH candidates" in q["sql"]]
        assert len(ranking) == 1 and "unnest(" in ranking[0]


def search_statement(captured) -> str:
    (sql,) = [q["sql"] for q in captured.captured_queries if "search_search" in q["sql"]]
    return sql


def short_rows() -> dict[int, tuple]:
    """The short rows (search.models.SearchVectorRow) and what each should equal: its
    document's language, filter tokens and vectors."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT r.page_id, r.language, r.facets, r.title_vector::text, "
            "r.search_vector::text, d.language, d.facets, d.title_vector::text, "
            "d.search_vector::text FROM search_searchvectorrow r "
            "FULL JOIN search_searchdocument d USING (page_id)"
        )
        return {row[0]: (row[1:5], row[5:]) for row in cursor.fetchall()}


@pytest.mark.postgres
@pytest.mark.django_db
def test_postgres_short_rows_follow_the_documents(make_article):
    """Migration 0007: every document has its short row, equal to it, after publishing,
    republishing, unpublishing, deleting, rebuilding and emptying the documents."""
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: run the suite with DATABASE_URL=postgres://...")
    from search.indexing import rebuild_index

    def assert_in_step(expected_ids):
        rows = short_rows()
        assert set(rows) == set(expected_ids)
        for page_id, (row, document) in rows.items():
            assert row == document, page_id

    kept = make_article("Orti sociali per anziani", "Un punto di ascolto.")
    changed = make_article("Sportello casa", "Affitti e bandi.")
    gone = make_article("Banca del tempo", "Scambi di ore.")
    assert_in_step({kept.pk, changed.pk, gone.pk})
    assert short_rows()[kept.pk][0][0] == "it" and "orti" in short_rows()[kept.pk][0][3]

    changed.title = "Sportello affitti"
    changed.save_revision().publish()
    assert "affitt" in short_rows()[changed.pk][0][2]  # the new title's vector
    assert_in_step({kept.pk, changed.pk, gone.pk})

    with connection.cursor() as cursor:  # a write by hand reaches the short row too
        cursor.execute(
            "UPDATE search_searchdocument SET title_terms = 'giardin' WHERE page_id = %s",
            [changed.pk],
        )
    assert "giardin" in short_rows()[changed.pk][0][2]
    assert_in_step({kept.pk, changed.pk, gone.pk})

    gone.unpublish()
    assert_in_step({kept.pk, changed.pk})
    changed.delete()
    assert_in_step({kept.pk})

    assert rebuild_index(workers=1) == 1
    assert_in_step({kept.pk})
    assert get_search_backend().search(parse_query("anziani", "it"), {}, offset=0, limit=5) == [
        kept.pk
    ]
    with connection.cursor() as cursor:
        # The row trigger is back on after the rebuild; vectors stay in the row.
        cursor.execute("SELECT tgenabled FROM pg_trigger WHERE tgname = 'search_vector_row_write'")
        assert cursor.fetchone()[0] == "O"
        cursor.execute(
            "SELECT attstorage FROM pg_attribute WHERE attrelid = "
            "'search_searchvectorrow'::regclass AND attname = 'search_vector'"
        )
        assert cursor.fetchone()[0] == "m"
        cursor.execute("TRUNCATE search_searchdocument")
    assert_in_step(set())


@pytest.mark.postgres
@pytest.mark.django_db
def test_postgres_reads_vectors_from_the_short_rows(make_article):
    """The facet sample, the ranking and a phrase's check read the short rows; counting
    reads the documents' GIN index."""
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: run the suite with DATABASE_URL=postgres://...")
    for number in range(3):
        make_article(f"Orti sociali {number}", "Un punto di ascolto per gli anziani.")
    backend = get_search_backend()
    query = parse_query("anziani", "it")
    with CaptureQueriesContext(connection) as captured, backend.session():
        assert backend.count_up_to(query, {}, limit=10) == (3, True)
        assert backend.facet_counts(query, {}, sample=2)["type:article"] == 2
        assert len(backend.search(query, {}, offset=0, limit=10)) == 3
    count, sample, ranking = [
        q["sql"] for q in captured.captured_queries if "search_search" in q["sql"]
    ]
    assert "search_searchvectorrow" not in count
    # Few matches, counted: they come from the GIN index of the documents, sorted.
    assert "FROM search_searchdocument d" in sample and "page_id + 0 DESC" in sample
    assert "search_searchvectorrow d JOIN candidates" in ranking
    # Matches not counted (or more than NEWEST_FROM_INDEX): the newest come from walking
    # the short rows.
    with CaptureQueriesContext(connection) as captured:
        assert backend.facet_counts(query, {}, sample=2)["type:article"] == 2
    assert "FROM search_searchvectorrow d WHERE" in search_statement(captured)
    phrase = parse_query('"punto di ascolto"', "it")
    with CaptureQueriesContext(connection) as captured:
        assert backend.count_up_to(phrase, {}, limit=10) == (3, True)
    assert "JOIN search_searchvectorrow r" in search_statement(captured)


@pytest.mark.postgres
@pytest.mark.django_db
def test_postgres_filters_through_the_facet_token_index(make_article, make_service, terms):
    """Migration 0007: filter tokens are matched as a text array, whose GIN index needs no
    second look at the rows it finds (the jsonb index did, vectors included)."""
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: run the suite with DATABASE_URL=postgres://...")
    make_article("Assistenza agli anziani")
    service = make_service("Assistenza domiciliare per anziani")
    backend = get_search_backend()
    query = parse_query("anziani", "it")
    assert backend.search(query, {"type": ["service"]}, offset=0, limit=5) == [service.pk]
    assert backend.count(query, {"type": ["service", "provider"]}) == 1
    assert backend.count(query, {"type": ["service"], "topic": ["nessuno"]}) == 0
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexname FROM pg_indexes WHERE tablename = 'search_searchdocument'")
        indexes = {row[0] for row in cursor.fetchall()}
        assert "search_document_facet_tokens" in indexes
        assert "search_document_facets" not in indexes
        cursor.execute("SET enable_seqscan = off")
        cursor.execute(
            "EXPLAIN SELECT page_id FROM search_searchdocument d "
            "WHERE search_facet_tokens(d.facets) && %s::text[]",
            [["type:service"]],
        )
        plan = "\n".join(row[0] for row in cursor.fetchall())
        cursor.execute("RESET enable_seqscan")
    assert "search_document_facet_tokens" in plan
