"""The database's own full-text index over SearchDocument: an FTS5 table with triggers
on SQLite, generated tsvector columns with GIN indexes on PostgreSQL."""

from django.db import migrations

from search.backends import postgres, sqlite


def create_indexes(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    statements = {
        "sqlite": [sqlite.CREATE_FTS, *sqlite.CREATE_TRIGGERS],
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
