"""Every change made in the Wagtail admin commits whole or not at all.

Wagtail 8 publishes in several statements outside any transaction (the edit view's
``publish_action`` saves the page, then the revision, the log, the search index...): a
worker killed in between would leave a page live without its search document, or a
revision marked published that the page does not show. Wrapping each admin POST in one
transaction makes a killed or failing publish roll back completely; the page cache and
search cache are purged only after the commit (``portal.cache.bump_generation``).
"""

from django.db import transaction

ADMIN_PREFIX = "/admin/"
SAFE_METHODS = {"GET", "HEAD", "OPTIONS", "TRACE"}


class AtomicAdminWritesMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in SAFE_METHODS or not request.path.startswith(ADMIN_PREFIX):
            return self.get_response(request)
        with transaction.atomic():
            return self.get_response(request)
