"""Fill the database with many realistic bilingual pages for the search benchmark."""

import time

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from search import seeding


class Command(BaseCommand):
    help = (
        "Generate N live pages (about 70% articles, 25% services, 5% providers; 80% "
        "Italian, 20% English translations) for the search benchmark, then rebuild the "
        "search index. Generated pages' slugs start with 'bench-'. Not for production."
    )

    def add_arguments(self, parser):
        parser.add_argument("--pages", type=int, default=10_000, help="Pages to generate.")
        parser.add_argument(
            "--articles",
            type=int,
            default=None,
            help="Generate enough pages for this many articles (Italian and English); "
            "overrides --pages.",
        )
        parser.add_argument("--seed", type=int, default=1, help="Same seed, same pages.")
        parser.add_argument(
            "--clear", action="store_true", help="Delete previously generated pages first."
        )
        parser.add_argument(
            "--no-index", action="store_true", help="Do not rebuild the search index."
        )
        parser.add_argument(
            "--stock-index",
            action="store_true",
            help="Also rebuild Wagtail's stock search index (slow with many pages).",
        )
        parser.add_argument(
            "--workers",
            type=int,
            default=None,
            help="Processes that analyse text while indexing (default: one per CPU).",
        )

    def handle(
        self, *args, pages, articles, seed, clear, no_index, stock_index, workers, **options
    ):
        if articles is not None:
            if articles < 7:
                raise CommandError("--articles must be at least 7.")
            pages = seeding.pages_for_articles(articles)
        if pages < 10:
            raise CommandError("--pages must be at least 10.")
        timings: dict[str, float] = {}

        def phase(name: str, started: float) -> float:
            now = time.perf_counter()
            timings[name] = now - started
            self.stdout.write(f"{name}: {now - started:.1f} s")
            return now

        started = total = time.perf_counter()
        # Committed on its own: creating the English index pages renames them, and the
        # redirects Wagtail then makes on commit must not cover the generated pages.
        with transaction.atomic():
            site = seeding.prepare_site()
        started = phase("site and vocabularies", started)
        with transaction.atomic():
            if clear:
                deleted = seeding.delete_bench_pages(site.parents)
                started = phase(f"clear ({deleted} pages)", started)
            elif seeding.bench_page_ids():
                raise CommandError("Generated pages exist already: add --clear to replace them.")
            counts = seeding.write_pages(site, pages, seed, timings)
            for name in [key for key in timings if ":" in key or key == "finish"]:
                self.stdout.write(f"{name}: {timings[name]:.1f} s")
            started = time.perf_counter()
        self.stdout.write(
            f"{counts.total} pages: {counts.articles} + {counts.en_articles} articles, "
            f"{counts.services} + {counts.en_services} services, "
            f"{counts.providers} + {counts.en_providers} providers (Italian + English)."
        )
        started = phase("pages written", total)

        if not no_index:
            try:
                from search.indexing import rebuild_index
            except ImportError as error:
                self.stdout.write(
                    self.style.WARNING(f"search.indexing.rebuild_index unavailable ({error}).")
                )
            else:
                documents = rebuild_index(workers=workers)
                started = phase(f"search index ({documents} documents)", started)
        if stock_index:
            call_command("update_index", verbosity=0)
            started = phase("Wagtail's stock index", started)
        self.stdout.write(self.style.SUCCESS(f"Done in {time.perf_counter() - total:.1f} s."))
