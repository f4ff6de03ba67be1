import time

from django.core.management.base import BaseCommand, CommandError

from search.backends import backend_name
from search.indexing import rebuild_index
from search.parallel import default_workers


class Command(BaseCommand):
    help = "Recompute the portal search index from the live, public pages."

    def add_arguments(self, parser):
        parser.add_argument(
            "--workers",
            type=int,
            default=None,
            help=(
                "Processes that analyse the text (default: one per CPU, "
                f"{default_workers()} here); 1 analyses in this process."
            ),
        )

    def handle(self, *args, workers, **options):
        if workers is not None and workers < 1:
            raise CommandError("--workers must be at least 1.")
        started = time.perf_counter()
        total = rebuild_index(workers=workers)
        elapsed = time.perf_counter() - started
        self.stdout.write(
            f"Indexed {total} pages with the {backend_name()} search backend in {elapsed:.1f} s."
        )
