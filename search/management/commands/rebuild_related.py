import time

from django.core.management.base import BaseCommand

from search.related import rebuild_related


class Command(BaseCommand):
    help = (
        "Recompute the automatic related articles, linked services and explainers of every "
        "page, with the document frequencies and the key index they are computed from."
    )

    def handle(self, *args, verbosity, **options):
        def report(phase: str, seconds: float) -> None:
            if verbosity > 1:
                self.stdout.write(f"{phase}: {seconds:.1f} s")

        started = time.perf_counter()
        total = rebuild_related(report=report)
        elapsed = time.perf_counter() - started
        self.stdout.write(f"Recomputed suggestions for {total} pages in {elapsed:.1f} s.")
