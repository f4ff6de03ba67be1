"""Related-content benchmark: recomputing one page's suggestions, the full rebuild, and
an article page's render time and query count with suggestions.

Fill a database with ``manage.py seed_bench --pages N`` first, then::

    DJANGO_SETTINGS_MODULE=portal.settings.dev DATABASE_URL=sqlite:////tmp/bench-10k.sqlite3 \\
        .venv/bin/python bench/related.py --label "SQLite, 10k pages"

Prints a Markdown table (p50/p95 in milliseconds over ``--samples`` pages) and the
precision@3 of the generated corpus (clusters recovered from topics, see
``search.seeding``).
"""

from __future__ import annotations

import argparse
import random
import statistics
import time

from harness import out, percentile, setup_django


def timed(function) -> float:
    started = time.perf_counter()
    function()
    return (time.perf_counter() - started) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--label", default="")
    parser.add_argument("--samples", type=int, default=40)
    parser.add_argument("--skip-rebuild", action="store_true")
    args = parser.parse_args()
    setup_django()

    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, override_settings

    from search.evaluation import evaluate
    from search.models import RelatedSuggestion, SearchDocument
    from search.related import compute_related, rebuild_related

    articles = list(SearchDocument.objects.filter(kind="article").values_list("page_id", flat=True))
    rng = random.Random(11)  # noqa: S311 - reproducible sample
    sample = rng.sample(articles, min(args.samples, len(articles)))
    out(f"## Related content: {args.label} ({len(articles)} articles)")

    rebuild_seconds = None
    if not args.skip_rebuild:
        started = time.perf_counter()
        rebuild_related()
        rebuild_seconds = time.perf_counter() - started

    for page_id in sample[:5]:
        compute_related(page_id)  # warm up
    recompute = [timed(lambda page_id=page_id: compute_related(page_id)) for page_id in sample]

    client = Client()
    render, queries = [], []
    with override_settings(ALLOWED_HOSTS=["*"]):
        from wagtail.models import Page

        urls = [Page.objects.get(pk=page_id).url for page_id in sample]
        client.get(urls[0])
        for url in urls:
            with CaptureQueriesContext(connection) as captured:
                render.append(timed(lambda url=url: client.get(url)))
            queries.append(len(captured.captured_queries))

    out()
    out("| measure | p50 ms | p95 ms |")
    out("|---|---:|---:|")
    out(
        f"| recompute one article's suggestions | {statistics.median(recompute):.1f} | "
        f"{percentile(recompute, 0.95):.1f} |"
    )
    out(
        f"| render an article page | {statistics.median(render):.1f} | "
        f"{percentile(render, 0.95):.1f} |"
    )
    out()
    out(f"- SQL queries per article page: {min(queries)}–{max(queries)}")
    if rebuild_seconds is not None:
        out(
            f"- full rebuild: {rebuild_seconds:.0f} s "
            f"({RelatedSuggestion.objects.count()} suggestions stored)"
        )
    result = evaluate("bench")
    if result.articles:
        out(
            f"- precision@3 on the generated clusters: {result.precision:.3f} over "
            f"{result.with_suggestions} of {result.articles} labelled articles"
        )


if __name__ == "__main__":
    main()
