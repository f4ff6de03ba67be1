"""Related-content benchmark: the full rebuild, recomputing one page's suggestions (as on
publish), and an article page's render time and query count with suggestions.

Fill a database with ``manage.py seed_bench --articles N`` first, then::

    DJANGO_SETTINGS_MODULE=portal.settings.dev DATABASE_URL=sqlite:////tmp/bench-10k.sqlite3 \\
        .venv/bin/python bench/related.py --label "SQLite, 10,000 articles"

Prints a Markdown table (p50/p95 in milliseconds over ``--samples`` random articles),
the rebuild's phases, whether recomputing each sampled page alone gave exactly the rows
the rebuild stored, the load average, and the precision@3 of the generated corpus
(clusters recovered from topics, see ``search.seeding``).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import time

from harness import out, percentile, setup_django


def timed(function) -> float:
    started = time.perf_counter()
    function()
    return (time.perf_counter() - started) * 1000


def load() -> str:
    return " / ".join(f"{value:.2f}" for value in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--label", default="")
    parser.add_argument("--samples", type=int, default=60)
    parser.add_argument(
        "--publish-samples",
        type=int,
        default=5,
        help="Pages whose whole publish-time refresh (page and neighbours) is timed.",
    )
    parser.add_argument("--skip-rebuild", action="store_true")
    args = parser.parse_args()
    setup_django()

    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, override_settings

    from wagtail.models import Page

    from search.evaluation import evaluate
    from search.indexing import index_pages
    from search.models import RelatedKey, RelatedSuggestion, SearchDocument
    from search.related import compute_related, rebuild_related, refresh_related

    articles = list(
        SearchDocument.objects.filter(kind="article")
        .order_by("page_id")
        .values_list("page_id", flat=True)
    )
    documents = SearchDocument.objects.filter(kind__in=["article", "service"]).count()
    rng = random.Random(11)  # noqa: S311 - reproducible sample
    sample = rng.sample(articles, min(args.samples, len(articles)))
    out(f"## Related content: {args.label} ({len(articles)} articles, {documents} pages scored)")
    out()
    out(f"- {connection.vendor}, started {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    out(f"- load average at start (1/5/15 min): {load()}")

    phases: list[tuple[str, float]] = []
    rebuild_seconds = None
    if not args.skip_rebuild:
        started = time.perf_counter()
        rebuild_related(report=lambda name, seconds: phases.append((name, seconds)))
        rebuild_seconds = time.perf_counter() - started
        out(f"- load average after the rebuild: {load()}")

    def rows(page_id):
        return list(
            RelatedSuggestion.objects.filter(page_id=page_id)
            .order_by("kind", "rank")
            .values_list("kind", "rank", "suggested_id", "score", "text_score", "shared_topics")
        )

    rebuilt = {page_id: rows(page_id) for page_id in sample}
    recompute, queries = [], []
    for page_id in sample:
        with CaptureQueriesContext(connection) as captured:
            recompute.append(timed(lambda page_id=page_id: compute_related(page_id)))
        queries.append(len(captured.captured_queries))
    identical = sum(rows(page_id) == rebuilt[page_id] for page_id in sample)
    # A second round, caches warm (the first pays for the SQLite page cache).
    warm = [timed(lambda page_id=page_id: compute_related(page_id)) for page_id in sample]

    publish = []
    for page_id in sample[: args.publish_samples]:
        publish.append(
            timed(lambda page_id=page_id: (index_pages([page_id]), refresh_related([page_id])))
        )

    client = Client()
    render, page_queries = [], []
    with override_settings(ALLOWED_HOSTS=["*"]):
        urls = [Page.objects.get(pk=page_id).url for page_id in sample]
        client.get(urls[0])
        for url in urls:  # warm-up, and every page must render
            response = client.get(url)
            if response.status_code != 200:
                raise SystemExit(f"{url}: HTTP {response.status_code}")
        for url in urls:
            with CaptureQueriesContext(connection) as captured:
                render.append(timed(lambda url=url: client.get(url)))
            page_queries.append(len(captured.captured_queries))
    out(f"- load average at the end: {load()}")

    def line(name, values):
        return f"| {name} | {statistics.median(values):.1f} | {percentile(values, 0.95):.1f} |"

    out()
    out("| measure | p50 ms | p95 ms |")
    out("|---|---:|---:|")
    out(line("recompute one article's suggestions (`compute_related`, first pass)", recompute))
    out(line("recompute one article's suggestions (second pass)", warm))
    out(
        line(
            f"whole publish-time work: `index_pages` + `refresh_related` (page and the "
            f"pages it suggests or that suggested it; {len(publish)} pages)",
            publish,
        )
    )
    out(line("render an article page with its suggestions (test client)", render))
    out()
    out(f"- SQL queries per recompute: {min(queries)}–{max(queries)}")
    out(f"- SQL queries per article page: {min(page_queries)}–{max(page_queries)}")
    out(
        f"- recomputing a page alone gave exactly the rows the rebuild stored: "
        f"{identical} of {len(sample)} pages"
    )
    if rebuild_seconds is not None:
        out(
            f"- full rebuild: {rebuild_seconds:.1f} s ({RelatedSuggestion.objects.count()} "
            f"suggestions, {RelatedKey.objects.count()} keys stored); phases: "
            + ", ".join(f"{name} {seconds:.1f} s" for name, seconds in phases)
        )
    result = evaluate("bench")
    if result.articles:
        out(
            f"- precision@3 on the generated clusters: {result.precision:.3f} over "
            f"{result.articles} labelled articles ({result.with_suggestions} with suggestions)"
        )


if __name__ == "__main__":
    main()
