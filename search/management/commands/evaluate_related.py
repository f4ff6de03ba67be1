from django.core.management.base import BaseCommand

from search.evaluation import evaluate, labels_of, listed
from search.related import rebuild_related


class Command(BaseCommand):
    help = "Print precision@k of the related-article suggestions on a labelled corpus."

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

    def handle(self, *args, corpus, k, rebuild, show, **options):
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
        if show:
            self.show(corpus, k)

    def show(self, corpus: str, k: int) -> None:
        for item in listed(labels_of(corpus), k):
            self.stdout.write(f"[{item.language}] {item.label}: {item.title} ({item.hits}/{k})")
            for title, label, score, text_score, topics in item.suggestions:
                mark = "  " if label == item.label else "x "
                shared = ", ".join(topics) or "no shared topic"
                self.stdout.write(
                    f"    {mark}{score:.3f} (text {text_score:.3f}; {shared}) "
                    f"{title} [{label or 'unlabelled'}]"
                )
