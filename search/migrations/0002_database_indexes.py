"""The database's own full-text index over SearchDocument: an FTS5 table with triggers
on SQLite, generated tsvector columns with GIN indexes on PostgreSQL.

The SQLite statements are those of this migration's time (0006 replaces the table)."""

from django.db import migrations

from search.backends import postgres, sqlite

SQLITE_FTS = """
CREATE VIRTUAL TABLE search_fts USING fts5(
    title_terms, summary_terms, body_terms, title_words, facets,
    content='search_searchdocument', content_rowid='page_id',
    tokenize="unicode61 remove_diacritics 2 tokenchars ':-'",
    prefix='2 3'
)
"""
COLUMNS = "title_terms, summary_terms, body_terms, title_words, facets"
SQLITE_TRIGGERS = [
    f"""
    CREATE TRIGGER search_fts_insert AFTER INSERT ON search_searchdocument BEGIN
        INSERT INTO search_fts(rowid, {COLUMNS})
        VALUES (new.page_id, new.title_terms, new.summary_terms, new.body_terms,
                new.title_words, new.facets);
    END
    """,
    f"""
    CREATE TRIGGER search_fts_delete AFTER DELETE ON search_searchdocument BEGIN
        INSERT INTO search_fts(search_fts, rowid, {COLUMNS})
        VALUES ('delete', old.page_id, old.title_terms, old.summary_terms, old.body_terms,
                old.title_words, old.facets);
    END
    """,
    f"""
    CREATE TRIGGER search_fts_update AFTER UPDATE ON search_searchdocument BEGIN
        INSERT INTO search_fts(search_fts, rowid, {COLUMNS})
        VALUES ('delete', old.page_id, old.title_terms, old.summary_terms, old.body_terms,
                old.title_words, old.facets);
        INSERT INTO search_fts(rowid, {COLUMNS})
        VALUES (new.page_id, new.title_terms, new.summary_terms, new.body_terms,
                new.title_words, new.facets);
    END
    """,
]


def create_indexes(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    statements = {
        "sqlite": [SQLITE_FTS, *SQLITE_TRIGGERS],
        "postgresql": postgres.ADD_COLUMNS,
    }.get(vendor, [])
    for statement in statements:
        schema_editor.execute(statement)


def drop_indexes(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    statements = {
        "sqlite": [*sqlite.DROP_TRIGGERS, "DROP TABLE IF EXISTS search_fts"],
        "postgresql": postgres.DROP_COLUMNS,
    }.get(vendor, [])
    for statement in statements:
        schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("search", "0001_search_documents")]

    operations = [migrations.RunPython(create_indexes, drop_indexes)]
