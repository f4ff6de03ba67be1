"""PostgreSQL: a short row per document with its vectors kept in the row, written by a
trigger on search_searchdocument and filled from the documents already stored (see
search.models.SearchVectorRow and search.backends.postgres, VECTOR_ROWS); the filter
tokens indexed as a text array instead of jsonb (FACET_TOKENS_INDEX). On SQLite the
table is created and stays empty."""

import django.db.models.deletion
from django.db import migrations, models

from search.backends import postgres


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in [*postgres.VECTOR_ROWS, postgres.FILL_VECTOR_ROWS]:
            schema_editor.execute(statement)
        schema_editor.execute(f"ANALYZE {postgres.VECTOR_TABLE}")
        schema_editor.execute(postgres.FACET_TOKENS_FUNCTION)
        schema_editor.execute("DROP INDEX IF EXISTS search_document_facets")
        schema_editor.execute(postgres.FACET_TOKENS_INDEX)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in postgres.DROP_VECTOR_ROWS:
            schema_editor.execute(statement)
        schema_editor.execute("DROP INDEX IF EXISTS search_document_facet_tokens")
        schema_editor.execute("DROP FUNCTION IF EXISTS search_facet_tokens(jsonb)")
        schema_editor.execute(postgres.JSONB_FACETS_INDEX)


class Migration(migrations.Migration):
    dependencies = [("search", "0006_autocomplete_table_title_index")]

    operations = [
        migrations.CreateModel(
            name="SearchVectorRow",
            fields=[
                (
                    "page",
                    models.OneToOneField(
                        db_constraint=False,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        primary_key=True,
                        related_name="+",
                        serialize=False,
                        to="search.searchdocument",
                    ),
                ),
                ("language", models.CharField(max_length=8)),
                ("facets", models.JSONField(default=list)),
            ],
            options={
                "verbose_name": "riga breve di ricerca",
                "verbose_name_plural": "righe brevi di ricerca",
            },
        ),
        migrations.RunPython(forwards, backwards),
    ]
