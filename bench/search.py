"""Search benchmark: our SearchService next to Wagtail's stock search, per query shape.

Fill a database first (``manage.py seed_bench --pages N [--stock-index]``), then run::

    DJANGO_SETTINGS_MODULE=portal.settings.dev DATABASE_URL=sqlite:////tmp/bench-10k.sqlite3 \\
        .venv/bin/python bench/search.py --label "SQLite, 10k pages"

It times one full ``rebuild_index()``, warms up, then runs at least 20 different
queries of each shape through both paths and prints a Markdown table of p50 and p95
in milliseconds. The words come from the generator's vocabulary
(``search.seeding.build_vocabulary``), chosen deterministically: "common" words are
the most frequent non-stopwords, "rare" words come from the last tenth of the ranking.

The stock path is what the site's search view did before SearchService:
``Page.objects.live().filter(locale=...).search(q, operator="and")`` with the first ten
results evaluated. Stock search can be very slow, so each shape has a time budget
(``--stock-budget``); queries past it are skipped and the table says how many ran.
Stock is skipped altogether when Wagtail's index is empty (build it with
``seed_bench --stock-index``).
"""

from __future__ import annotations

import argparse
import datetime
import platform
import random
import statistics
import sys
import threading
import time
from collections.abc import Callable

from harness import out, percentile, setup_django

QUERIES_PER_SHAPE = 24
LANGUAGE = "it"


# ---------------------------------------------------------------------------------------
# Queries


def single_words(vocabulary) -> list[int]:
    return [
        position
        for position, kind in enumerate(vocabulary.kind)
        if kind not in {"stop", "phrase"} and len(vocabulary.it[position]) >= 4
    ]


def build_queries(count: int = QUERIES_PER_SHAPE) -> dict[str, list[tuple[str, dict]]]:
    """Shape name → list of (query, filters). Deterministic."""
    from search.seeding import CLUSTERS, build_vocabulary

    vocabulary = build_vocabulary()
    rng = random.Random(4)  # noqa: S311 - reproducible query choice
    singles = single_words(vocabulary)
    common = [vocabulary.it[position] for position in singles[:count]]
    tail = [position for position in singles if position >= len(vocabulary) * 0.9]
    rare = [vocabulary.it[position] for position in rng.sample(tail, count)]
    phrases = [
        word for word, kind in zip(vocabulary.it, vocabulary.kind, strict=True) if kind == "phrase"
    ]

    cluster_words = [
        [word.replace("_", " ") for word in cluster.words if "_" not in word]
        for cluster in CLUSTERS
    ]
    two_words = []
    for index in range(count):
        first, second = rng.sample(cluster_words[index % len(CLUSTERS)], 2)
        two_words.append(f"{first} {second}")

    filtered = []
    for index in range(count):
        cluster = CLUSTERS[index % len(CLUSTERS)]
        word = cluster_words[index % len(CLUSTERS)][index // len(CLUSTERS)]
        if index % 2:
            filters = {"type": ["service"], "topic": [cluster.primary_topic]}
        else:
            filters = {"type": ["service"], "category": [cluster.categories[0]]}
        filtered.append((word, filters))

    prefixes = []
    for index, word in enumerate(common + [w for words in cluster_words for w in words]):
        prefix = word[: 2 + index % 3]
        if prefix not in prefixes:
            prefixes.append(prefix)
    no_match = [f"xq{vocabulary.it[position][::-1]}zk" for position in rng.sample(singles, count)]

    return {
        "common word": [(word, {}) for word in common],
        "rare word": [(word, {}) for word in rare],
        "two words": [(query, {}) for query in two_words],
        "phrase": [(f'"{phrase}"', {}) for phrase in (phrases * 2)[:count]],
        "word + filters": filtered,
        "facets": [(word, {}) for word in common],
        "autocomplete": [(prefix, {}) for prefix in prefixes[:count]],
        "no match": [(word, {}) for word in no_match],
    }


# ---------------------------------------------------------------------------------------
# The two paths


def ours(shape: str) -> Callable[[str, dict], int]:
    from search.service import SearchService

    service = SearchService()

    if shape == "autocomplete":
        return lambda query, filters: len(service.autocomplete(query, language=LANGUAGE, limit=8))

    def run(query: str, filters: dict) -> int:
        results = service.search(
            query,
            language=LANGUAGE,
            filters=filters,
            page=1,
            per_page=10,
            facets=shape == "facets",
        )
        len(results.hits)
        return results.total

    return run


def stock(shape: str) -> Callable[[str, dict], int]:
    from wagtail.models import Locale, Page
    from wagtail.search.utils import parse_query_string

    from catalogue.models import ServicePage

    locale = Locale.objects.get(language_code=LANGUAGE)

    def run(query: str, filters: dict) -> int:
        model = ServicePage if filters else Page
        queryset = model.objects.live().filter(locale=locale)
        if shape == "autocomplete":
            return len(list(queryset.autocomplete(query)[:8]))
        _filters, parsed = parse_query_string(query, operator="and")
        results = queryset.search(parsed, operator="and")
        hits = len(list(results[:10]))
        if shape == "facets":
            results.facet("content_type_id")
        return hits

    return run


# ---------------------------------------------------------------------------------------
# Timing


class Interrupted(Exception):
    """A stock query stopped at the end of its shape's time budget."""


def bounded(run, seconds: float):
    """Run ``run`` but stop the database query after ``seconds``: SQLite is interrupted
    from a timer thread, PostgreSQL gets a ``statement_timeout``."""
    from django.db import OperationalError, connection

    connection.ensure_connection()
    if connection.vendor == "sqlite":
        timer = threading.Timer(seconds, connection.connection.interrupt)
        timer.start()
        try:
            return run()
        except OperationalError as error:
            raise Interrupted from error
        finally:
            timer.cancel()
    with connection.cursor() as cursor:
        cursor.execute("SET statement_timeout = %s", [max(1, int(seconds * 1000))])
    try:
        return run()
    except OperationalError as error:
        raise Interrupted from error
    finally:
        with connection.cursor() as cursor:
            cursor.execute("SET statement_timeout = 0")


def time_queries(run, queries, budget: float | None = None) -> tuple[list[float], list[int], int]:
    """Milliseconds per query, each query's result count, and how many queries were cut
    short. With a ``budget`` (seconds), queries stop once it is spent, and the query
    running then is interrupted (its time, a lower bound, is kept)."""
    durations, totals = [], []
    spent = 0.0
    cut = 0
    for query, filters in queries:
        if budget is not None and spent >= budget:
            break
        started = time.perf_counter()
        try:
            if budget is None:
                totals.append(run(query, filters))
            else:
                totals.append(bounded(lambda q=query, f=filters: run(q, f), budget - spent))
        except Interrupted:
            cut += 1
        elapsed = time.perf_counter() - started
        spent += elapsed
        durations.append(elapsed * 1000)
    return durations, totals, cut


def describe_database() -> str:
    from django.db import connection

    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("select sqlite_version()")
            return f"SQLite {cursor.fetchone()[0]}"
        cursor.execute("show server_version")
        return f"PostgreSQL {cursor.fetchone()[0]}"


def describe_content() -> str:
    from django.db.models import Count

    from wagtail.models import Page

    from search.seeding import SLUG_PREFIX

    pages = Page.objects.filter(slug__startswith=SLUG_PREFIX)

    def count_by(field: str) -> dict[str, int]:
        rows = pages.order_by().values(field).annotate(n=Count("pk"))
        return {row[field]: row["n"] for row in rows}

    by_type = count_by("content_type__model")
    by_locale = count_by("locale__language_code")
    types = ", ".join(f"{n} {name}" for name, n in sorted(by_type.items()))
    locales = ", ".join(f"{n} {code}" for code, n in sorted(by_locale.items()))
    return (
        f"{pages.count()} generated pages ({types}; {locales}); {Page.objects.count()} pages in all"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--label", default="", help="Heading for this run's table.")
    parser.add_argument("--stock-budget", type=float, default=60.0, help="Seconds per shape.")
    parser.add_argument("--no-stock", action="store_true", help="Time our service only.")
    parser.add_argument("--no-reindex", action="store_true", help="Skip the timed reindex.")
    parser.add_argument("--queries", type=int, default=QUERIES_PER_SHAPE)
    parser.add_argument(
        "--workers", type=int, default=None, help="Reindex workers (default: one per CPU)."
    )
    args = parser.parse_args()
    setup_django()

    from wagtail.search.models import IndexEntry

    from search.indexing import rebuild_index
    from search.parallel import default_workers

    out(f"### {args.label or 'Search benchmark'}")
    out()
    out(f"- date: {datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC")
    out(f"- database: {describe_database()}; Python {platform.python_version()}")
    out(f"- content: {describe_content()}")
    if not args.no_reindex:
        started = time.perf_counter()
        documents = rebuild_index(workers=args.workers)
        workers = args.workers or default_workers()
        out(
            f"- full reindex (`rebuild_index()`, {workers} analysis workers): {documents} "
            f"documents in {time.perf_counter() - started:.1f} s"
        )

    queries = build_queries(args.queries)
    run_stock = not args.no_stock
    if run_stock and not IndexEntry.objects.exists():
        out("- stock: skipped, Wagtail's index is empty (seed_bench --stock-index builds it)")
        run_stock = False

    # Warm up: every shape once through our service, a cheap query through stock.
    for shape, shape_queries in queries.items():
        time_queries(ours(shape), shape_queries[:2])
    if run_stock:
        time_queries(stock("rare word"), queries["rare word"][:2], args.stock_budget)
        time_queries(stock("no match"), queries["no match"][:1], args.stock_budget)

    rows = []
    for shape, shape_queries in queries.items():
        our_ms, our_totals, _cut = time_queries(ours(shape), shape_queries)
        row = [
            shape,
            f"`{shape_queries[0][0]}`",
            str(len(our_ms)),
            f"{statistics.mean(our_totals):.0f}",
            f"{percentile(our_ms, 0.5):.1f}",
            f"{percentile(our_ms, 0.95):.1f}",
        ]
        if run_stock:
            stock_ms, _totals, cut = time_queries(stock(shape), shape_queries, args.stock_budget)
            at_least = "≥ " if cut else ""
            ran = f"{len(stock_ms) - cut}/{len(shape_queries)}"
            row += [
                f"{at_least}{percentile(stock_ms, 0.5):.1f}",
                f"{at_least}{percentile(stock_ms, 0.95):.1f}",
                ran + (f" (+{cut} stopped at {args.stock_budget:.0f} s)" if cut else ""),
            ]
        rows.append(row)
        sys.stderr.write(f"{shape}: done\n")

    header = ["shape", "example", "queries", "avg results", "ours p50", "ours p95"]
    if run_stock:
        header += ["stock p50", "stock p95", "stock ran"]
    out()
    out("| " + " | ".join(header) + " |")
    out("|" + "|".join("---" for _ in header) + "|")
    for row in rows:
        out("| " + " | ".join(row) + " |")
    out()
    out("Times in ms, wall clock per query, after warm-up. Autocomplete counts suggestions.")
    out(
        "Stock runs until its per-shape budget is spent; the query running then is stopped "
        "and counted with its time so far (so p50/p95 marked ≥ are lower bounds)."
    )
    if run_stock:
        out(
            "Stock filters: page type only (category and topic are not FilterFields); "
            "stock facets: `facet('content_type_id')`."
        )


if __name__ == "__main__":
    main()
