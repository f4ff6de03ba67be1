"""PostgreSQL: short heap rows for search_searchdocument (see search.backends.postgres,
NARROW_ROWS). Rows already stored keep their layout until they are written again
(``manage.py rebuild_search_index`` rewrites them all). Nothing to do on SQLite."""

from django.db import migrations

from search.backends import postgres


def narrow(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in postgres.NARROW_ROWS:
            schema_editor.execute(statement)


def widen(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in postgres.WIDE_ROWS:
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("search", "0003_related_suggestions")]

    operations = [migrations.RunPython(narrow, widen)]
