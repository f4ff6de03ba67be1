"""SQLite: the full-text table without prefix indexes, and a small table with them for
autocomplete (search.backends.sqlite). PostgreSQL: a GIN index on the title vector and
the page id, which needs the btree_gin extension (docs/deploy.md). Both are filled from
the documents already stored."""

import importlib

from django.db import migrations

from search.backends import postgres, sqlite

# The single FTS5 table of migration 0002, to go back to.
previous = importlib.import_module("search.migrations.0002_database_indexes")


def forwards(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        for statement in [*sqlite.DROP_INDEX, *sqlite.CREATE_INDEX, *sqlite.REBUILD]:
            schema_editor.execute(statement)
    elif vendor == "postgresql":
        schema_editor.execute("CREATE EXTENSION IF NOT EXISTS btree_gin")
        schema_editor.execute(postgres.TITLE_INDEX)


def backwards(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        for statement in [*sqlite.DROP_INDEX, previous.SQLITE_FTS, *previous.SQLITE_TRIGGERS]:
            schema_editor.execute(statement)
        schema_editor.execute("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")
    elif vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS search_document_title")


class Migration(migrations.Migration):
    dependencies = [("search", "0005_related_terms_keys")]

    operations = [migrations.RunPython(forwards, backwards)]
