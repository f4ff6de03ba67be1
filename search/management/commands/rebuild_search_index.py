import time

from django.core.management.base import BaseCommand

from search.backends import backend_name
from search.indexing import rebuild_index


class Command(BaseCommand):
    help = "Recompute the portal search index from the live, public pages."

    def handle(self, *args, **options):
        started = time.perf_counter()
        total = rebuild_index()
        elapsed = time.perf_counter() - started
        self.stdout.write(
            f"Indexed {total} pages with the {backend_name()} search backend in {elapsed:.1f} s."
        )
