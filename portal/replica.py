"""Reads of public pages from a PostgreSQL read replica (DATABASE_REPLICA_URL).

Only what a visitor without a session reads with GET or HEAD goes to the replica: the
middleware marks such requests, the router sends their reads to ``"replica"``. Every
write, every read inside a transaction, everything a signed-in editor or provider does
(the admin, previews, their own pages) and every management command stays on
``"default"``, so whoever changes something reads their own writes. A visitor may see a
publish a moment late, as long as the replica lags (usually well under a second).
"""

from __future__ import annotations

from contextvars import ContextVar

from django.conf import settings
from django.db import transaction

REPLICA = "replica"
_public_read: ContextVar[bool] = ContextVar("public_read", default=False)
PRIVATE_PREFIXES = ("/admin/", "/django-admin/")


def is_public_read(request) -> bool:
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not request.path.startswith(PRIVATE_PREFIXES)
    )


class ReplicaReadsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _public_read.set(is_public_read(request))
        try:
            return self.get_response(request)
        finally:
            _public_read.reset(token)


class ReplicaRouter:
    """Public reads to the replica, everything else to the primary."""

    def db_for_read(self, model, **hints):
        if _public_read.get() and not transaction.get_connection().in_atomic_block:
            return REPLICA
        return "default"

    def db_for_write(self, model, **hints):
        return "default"

    def allow_relation(self, obj1, obj2, **hints):
        # Both aliases hold the same data.
        return True

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        # The replica is a copy PostgreSQL keeps in step; it is never migrated.
        return db == "default"
