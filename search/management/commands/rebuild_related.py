import time

from django.core.management.base import BaseCommand

from search.related import rebuild_related


class Command(BaseCommand):
    help = "Recompute the automatic related articles, linked services and explainers."

    def handle(self, *args, **options):
        started = time.perf_counter()
        total = rebuild_related()
        elapsed = time.perf_counter() - started
        self.stdout.write(f"Recomputed suggestions for {total} pages in {elapsed:.1f} s.")
