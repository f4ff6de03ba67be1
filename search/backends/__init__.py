"""Which search backend runs the portal search.

``SEARCH_BACKEND`` in settings names it ("sqlite", "postgres", "elasticsearch"); left
unset, it follows the database: SQLite FTS5 or PostgreSQL full text. Production settings
choose Elasticsearch when ``ELASTICSEARCH_URL`` is set.
"""

from __future__ import annotations

from django.conf import settings
from django.db import connection
from django.utils.module_loading import import_string

from .base import SearchBackend

BACKENDS = {
    "sqlite": "search.backends.sqlite.SQLiteSearchBackend",
    "postgres": "search.backends.postgres.PostgresSearchBackend",
    "elasticsearch": "search.backends.elasticsearch.ElasticsearchSearchBackend",
}
DATABASE_BACKENDS = {"sqlite": "sqlite", "postgresql": "postgres"}

_backends: dict[str, SearchBackend] = {}


def backend_name() -> str:
    configured = getattr(settings, "SEARCH_BACKEND", "") or ""
    if configured:
        return configured
    return DATABASE_BACKENDS.get(connection.vendor, "sqlite")


def get_search_backend(name: str | None = None) -> SearchBackend:
    name = name or backend_name()
    if name not in _backends:
        if name not in BACKENDS:
            raise ValueError(f"Unknown search backend {name!r}; choose one of {sorted(BACKENDS)}.")
        _backends[name] = import_string(BACKENDS[name])()
    return _backends[name]


__all__ = ["SearchBackend", "backend_name", "get_search_backend"]
