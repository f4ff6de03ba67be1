from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from search.evaluation import (
    DEMO_JUDGEMENTS,
    LENIENT,
    STRICT,
    JudgementsError,
    curated_agreement,
    demo_judgements,
    evaluate,
    judged_evaluation,
    labels_of,
    listed,
)
from search.related import rebuild_related


class Command(BaseCommand):
    help = (
        "Print precision@k of the related-article suggestions on a labelled corpus (and, "
        "with --judged, against the demo's relevance judgements), or with --curated how "
        "often they find the editors' own picks."
    )

    def add_arguments(self, parser):
        parser.add_argument("--corpus", choices=["demo", "bench"], default="demo")
        parser.add_argument("-k", type=int, default=3)
        parser.add_argument(
            "--rebuild", action="store_true", help="Recompute all suggestions first."
        )
        parser.add_argument(
            "--show",
            action="store_true",
            help="Also list each labelled article's first k suggestions, wrong ones marked.",
        )
        parser.add_argument(
            "--judged",
            action="store_true",
            help="Also measure the demo's suggestions against relevance judged pair by pair.",
        )
        parser.add_argument(
            "--curated",
            action="store_true",
            help="Only say how often the suggestions find the articles editors picked by hand "
            "(any site, no labels needed).",
        )
        parser.add_argument(
            "--judgements",
            type=Path,
            default=DEMO_JUDGEMENTS,
            help="The judgements file (CSV: article,other, one grade 0-2 per judge).",
        )

    def handle(self, *args, corpus, k, rebuild, show, judged, judgements, curated, **options):
        if k < 1:
            raise CommandError("-k must be at least 1.")
        if curated:
            if judged or show:
                raise CommandError("--curated cannot be combined with --judged or --show.")
            if rebuild:
                rebuild_related()
            self.curated(k)
            return
        grades = None
        if judged:
            if corpus != "demo":
                raise CommandError("--judged measures the demo corpus only.")
            try:
                grades = demo_judgements(judgements)
            except JudgementsError as error:
                raise CommandError(str(error)) from error
        if rebuild:
            rebuild_related()
        result = evaluate(corpus, k)
        if not result.articles:
            self.stderr.write(f"No labelled articles for the {corpus} corpus in this database.")
            return
        self.stdout.write(
            f"{corpus}: precision@{k} = {result.precision:.3f} over {result.articles} labelled "
            f"articles ({result.with_suggestions} with suggestions; none counts as 0)"
        )
        for language, (precision, evaluated) in result.by_language.items():
            self.stdout.write(f"  {language}: {precision:.3f} ({evaluated} with suggestions)")
        precision, evaluated = result.answerable
        self.stdout.write(
            f"  articles with at least {k} same-label peers in their language: "
            f"{precision:.3f} ({evaluated} with suggestions)"
        )
        if grades is not None:
            self.judged(grades, k)
        if show:
            self.show(corpus, k, grades)

    def curated(self, k: int) -> None:
        result = curated_agreement(k)
        if not result.pairs:
            self.stderr.write("No live article has curated related articles on this site.")
            return
        self.stdout.write(
            f"editors' picks: {result.within_k} of {result.pairs} curated related articles are "
            f"among the first {k} automatic suggestions ({result.within_k / result.pairs:.3f}), "
            f"{result.stored} among all those stored ({result.stored / result.pairs:.3f})"
        )

    def judged(self, grades: dict, k: int) -> None:
        if not grades:
            self.stderr.write("No judged pair of demo articles in this database.")
            return
        result = judged_evaluation(grades, k)

        def both(values):
            return (
                f"{values[STRICT]:.3f} (mean grade >= {STRICT}), "
                f"{values[LENIENT]:.3f} (>= {LENIENT})"
            )

        self.stdout.write(
            f"demo, judged pair by pair: precision@{k} = {both(result.precision)} over "
            f"{result.articles} articles; {result.unjudged} suggestions unjudged "
            "(counted as misses)"
        )
        for language, values in result.by_language.items():
            self.stdout.write(f"  {language}: {both(values)}")

    def show(self, corpus: str, k: int, grades: dict | None) -> None:
        for item in listed(labels_of(corpus), k):
            self.stdout.write(f"[{item.language}] {item.label}: {item.title} ({item.hits}/{k})")
            for title, label, score, text_score, topics, page_id in item.suggestions:
                mark = "  " if label == item.label else "x "
                shared = ", ".join(topics) or "no shared topic"
                grade = ""
                if grades is not None:
                    found = grades.get(frozenset((item.page_id, page_id)))
                    grade = f"; judged {'-' if found is None else f'{found:g}'}"
                self.stdout.write(
                    f"    {mark}{score:.3f} (text {text_score:.3f}; {shared}{grade}) "
                    f"{title} [{label or 'unlabelled'}]"
                )
