"""Related-content quality: precision@3 of variants of the scorer on a labelled corpus.

``evaluate_related`` measures the suggestions the portal stores; this script asks what
other, standard scorers would have given on the same corpus, to choose the scorer on
evidence. It reads the corpus the way ``rebuild_related`` does (``load_corpus``: the same
profiles, document frequencies, keys and candidates from the key windows) and ranks each
labelled article's candidate articles, in memory, under:

- text: ``tfidf`` (the production cosine of ``(1 + ln tf) × idf`` vectors), ``tfidf-top25``
  (each vector cut to its 25 heaviest terms, as Lucene's more-like-this keeps its
  ``max_query_terms``), ``bm25`` (cosine of BM25-weighted vectors, k1 1.2, b 0.75);
- topics: ``jaccard`` (production), ``idf-jaccard`` (shared topics' idf over the union's,
  so a topic held by many pages says less; ``article-idf-jaccard`` the same with idf
  counted over the articles only), ``idf-cosine``, ``co-occurrence`` (soft cosine:
  two different topics count as similar as often as pages hold both);
- the text weight from 0 to 1 (topic weight = 1 − text weight);
- field weights and title bigrams (profiles rebuilt with other constants);
- a hubness correction (CSLS: minus half the candidate's mean score to its own n nearest);
- ``--oracle``: the best of random non-negative mixtures of eight such features, fitted
  to the labels themselves: not a scorer, an estimate of how far these signals can go;
- ``--embeddings``: the cosine of static word embeddings (WordLlama's bundled 256-dimension
  model, mean-pooled over title, summary and body), alone and added to the blend (the
  production score, 0.6 text + 0.4 Jaccard, without the text floor). WordLlama is not a
  dependency of the portal: ``pip install wordllama`` first;
- ``--neighbours``: second-order evidence on top of the blend: the share of the two
  articles' n nearest (by the blend) that they have in common
  (shared-nearest-neighbour similarity), a bonus when the source is among the
  candidate's own n nearest (reciprocal neighbours), and the blend averaged
  with the one of the two articles' translations (both languages' analyses at once).

With ``--judged strict|lenient`` (demo corpus) a hit is a suggestion judged relevant pair
by pair (``articles/demo_data/judgements.csv``, mean grade at least 1.5 or 1.0) instead of
one with the same theme; everything else is measured the same way.

The production line (the blend, candidates whose text cosine is under ``TEXT_FLOOR``
after the others) is checked against the production code path (``Corpus.suggestions``);
the grid and the other combinations rank by scores alone, without that floor. Run, with a
database holding the demo content (``load_demo``) or ``seed_bench`` pages::

    DJANGO_SETTINGS_MODULE=portal.settings.dev DATABASE_URL=sqlite:////tmp/demo.sqlite3 \\
        .venv/bin/python bench/related_quality.py --corpus demo --oracle
"""

from __future__ import annotations

import argparse
import heapq
import math
import random
from collections import Counter, defaultdict
from datetime import date

from harness import out, setup_django

TEXT_WEIGHTS = (0.0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1.0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", choices=["demo", "bench"], default="demo")
    parser.add_argument("--sample", type=int, default=0, help="Labelled articles (0: all).")
    parser.add_argument("-k", type=int, default=3, help="precision@k (at most 8).")
    parser.add_argument(
        "--no-floor",
        action="store_true",
        help="Rank the grid without MIN_SCORE, so that no article is left out.",
    )
    parser.add_argument("--oracle", action="store_true")
    parser.add_argument("--embeddings", action="store_true")
    parser.add_argument(
        "--neighbours",
        action="store_true",
        help="Also score shared and reciprocal nearest neighbours, and the average with "
        "the translations' score (demo corpus).",
    )
    parser.add_argument(
        "--split-date",
        type=date.fromisoformat,
        help="Also score the other combinations separately for the articles dated before "
        "and from this date (YYYY-MM-DD): a choice made on the older articles, checked on "
        "the newer ones.",
    )
    parser.add_argument(
        "--split-parts",
        help="Also score the other combinations separately for the demo articles of these "
        "data parts (comma-separated letters, as in articles/demo_data/articles_<letter>.py) "
        "and for the rest: a choice made on the rest, checked on articles written later.",
    )
    parser.add_argument(
        "--judged",
        choices=["strict", "lenient"],
        help="Count as a hit a suggestion judged relevant (articles/demo_data/judgements.csv: "
        "mean grade >= 1.5, or >= 1.0 when lenient) instead of one with the same label "
        "(demo corpus).",
    )
    args = parser.parse_args()
    k = args.k
    if args.judged and args.corpus != "demo":
        parser.error("--judged works on the demo corpus only")
    if args.neighbours and args.corpus != "demo":
        # Every labelled article's candidates are needed, and only the demo has them all.
        parser.error("--neighbours works on the demo corpus only")
    if args.split_parts and (args.split_date or args.corpus != "demo"):
        parser.error("--split-parts works on the demo corpus only, without --split-date")
    parts = [part.strip().lower() for part in (args.split_parts or "").split(",") if part]
    if parts:
        from pathlib import Path

        data = Path(__file__).resolve().parent.parent / "articles" / "demo_data"
        for part in parts:
            if not (data / f"articles_{part}.py").is_file():
                parser.error(f"no demo data part {part!r} (articles/demo_data/articles_*.py)")
    if args.embeddings:
        try:
            embed = static_embedder()
        except ImportError:
            parser.error("--embeddings needs WordLlama: pip install wordllama")
    setup_django()

    from articles.models import ArticlePage
    from search import similarity
    from search.evaluation import LENIENT, STRICT, bench_labels, demo_judgements, demo_labels
    from search.related import load_corpus

    labels = demo_labels() if args.corpus == "demo" else bench_labels()
    if args.judged:
        grades = demo_judgements()
        threshold = STRICT if args.judged == "strict" else LENIENT
        out(f"a hit: a suggestion whose pair's mean judged grade is at least {threshold}")

        def hit(page_id, other):
            grade = grades.get(frozenset((page_id, other)))
            return grade is not None and grade >= threshold
    else:

        def hit(page_id, other):
            return labels.get(other) == labels[page_id]

    # The articles whose suggestions are scored; every labelled page counts as a hit.
    evaluated = sorted(labels)
    if args.sample:
        random.Random(1).shuffle(evaluated)  # noqa: S311
        evaluated = sorted(evaluated[: args.sample])
    corpus = load_corpus()
    pages = corpus.pages
    out(
        f"{args.corpus}: {len(evaluated)} of {len(labels)} labelled articles evaluated, "
        f"{len(pages)} pages in the corpus\n"
    )

    def candidates_of(corpus, page_id):
        page = corpus.pages[page_id]
        keys = corpus.keys[page_id]
        found = {
            key: similarity.window(
                corpus.postings.get((page.language, "article", key), ()), page_id
            )
            for key in keys
        }
        return similarity.rank_candidates(page, keys, found, corpus.frequencies[page.language])

    candidates = {page_id: candidates_of(corpus, page_id) for page_id in evaluated}

    # Candidate generation: could the scorer find k same-label peers among the
    # candidates, when the language has them?
    peers_in_language = Counter((pages[p].language, label) for p, label in labels.items())
    short = 0
    for page_id in evaluated:
        label = labels[page_id]
        reachable = min(k, peers_in_language[(pages[page_id].language, label)] - 1)
        found = sum(1 for other in candidates[page_id] if labels.get(other) == label)
        short += found < reachable
    out(
        f"articles whose candidates hold fewer than {k} same-label peers (or all of them): "
        f"{short} of {len(evaluated)}\n"
    )

    def precision_of(suggested: dict[int, list[int]], only=None) -> dict[str, float]:
        """precision@k per language and overall (the mean of the languages'), over the
        articles in ``only`` (default: all evaluated). As in ``evaluate_related``, an
        article with no suggestion at all is left out; the result's ``"left out"``
        counts them."""
        scored = evaluated if only is None else [p for p in evaluated if p in only]
        by_language = defaultdict(list)
        for page_id in scored:
            top = suggested[page_id][:k]
            if top:
                hits = sum(1 for other in top if hit(page_id, other))
                by_language[pages[page_id].language].append(hits / k)
        result = {language: sum(v) / len(v) for language, v in sorted(by_language.items())}
        result["all"] = sum(result.values()) / len(result) if result else 0.0
        result["left out"] = len(scored) - sum(len(v) for v in by_language.values())
        return result

    def suggest(score, floor: float | None = similarity.MIN_SCORE) -> dict[int, list[int]]:
        """Each article's first ``k`` candidates ranked by ``score`` (ties to the lower
        page id, nothing below ``floor``: ``MIN_SCORE`` as in production, or ``None`` for
        scores on another scale, which then leave no article out)."""
        suggested = {}
        for page_id in evaluated:
            ranked = sorted(
                (-value, other)
                for other in candidates[page_id]
                if (value := score(page_id, other)) >= (floor if floor is not None else -math.inf)
            )
            suggested[page_id] = [other for _value, other in ranked[:k]]
        return suggested

    def precision(score, floor: float | None = similarity.MIN_SCORE) -> dict[str, float]:
        """precision@k when each article's candidates are ranked by ``score`` (``suggest``)."""
        return precision_of(suggest(score, floor))

    def cell(result) -> str:
        """English / Italian / both, and how many articles got no suggestion at all."""
        text = " / ".join(f"{value:.3f}" for name, value in result.items() if name != "left out")
        return text + (f" ({result['left out']} left out)" if result["left out"] else "")

    def stored_precision(corpus) -> dict[str, float]:
        """What the production code path (``Corpus.suggestions``) gives."""
        return precision_of(
            {
                page_id: [
                    row[1] for row in corpus.suggestions(page_id, set()) if row[2] == "article"
                ]
                for page_id in evaluated
            }
        )

    # Features of every (article, candidate) pair ------------------------------------
    idf_of = {
        language: similarity.idf_table(counts, counts)
        for language, counts in corpus.frequencies.items()
    }

    def unit(weights: dict[str, float], top: int | None = None) -> dict[str, float]:
        if top:
            weights = dict(heapq.nlargest(top, weights.items(), key=lambda kv: (kv[1], kv[0])))
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        return {term: w / norm for term, w in weights.items()}

    lengths = defaultdict(list)
    for page in pages.values():
        lengths[page.language].append(sum(page.counts))
    average = {language: sum(v) / len(v) for language, v in lengths.items()}

    def vectors(page):
        idfs = idf_of[page.language]
        tfidf = {
            t: (1 + math.log(c)) * idfs[t] for t, c in zip(page.terms, page.counts, strict=True)
        }
        scale = 1.2 * (0.25 + 0.75 * sum(page.counts) / average[page.language])
        bm25 = {
            t: idfs[t] * c * 2.2 / (c + scale) for t, c in zip(page.terms, page.counts, strict=True)
        }
        return {
            "tfidf": dict(zip(page.terms, corpus.units[page.page_id], strict=True)),
            "tfidf-top25": unit(tfidf, 25),
            "bm25": unit(bm25),
        }

    # Topic idf over the articles only (the production frequencies count services too).
    article_topics = defaultdict(Counter)
    for page in pages.values():
        if page.kind == "article":
            article_topics[page.language][similarity.DOCUMENTS] += 1
            article_topics[page.language].update(page.topics)
    article_idf = {
        language: similarity.idf_table(counts, counts)
        for language, counts in article_topics.items()
    }

    pair_documents = defaultdict(Counter)
    for page in pages.values():
        topics = sorted(page.topics)
        for i, first in enumerate(topics):
            for second in topics[i:]:
                pair_documents[page.language][(first, second)] += 1

    def related_topics(language, first, second) -> float:
        if first == second:
            return 1.0
        pair = pair_documents[language]
        both = pair[(min(first, second), max(first, second))]
        return both / math.sqrt(pair[(first, first)] * pair[(second, second)]) if both else 0.0

    def topic_scores(page, other) -> dict[str, float]:
        mine, theirs = set(page.topics), set(other.topics)
        shared, union = mine & theirs, mine | theirs
        idfs = idf_of[page.language]

        def total(topics, power=1):
            return sum(idfs[t] ** power for t in topics)

        def soft(first, second):
            return sum(related_topics(page.language, a, b) for a in first for b in second)

        return {
            "jaccard": len(shared) / len(union) if union else 0.0,
            "idf-jaccard": total(shared) / total(union) if union else 0.0,
            "article-idf-jaccard": (
                sum(article_idf[page.language][t] for t in shared)
                / sum(article_idf[page.language][t] for t in union)
                if union
                else 0.0
            ),
            "idf-cosine": (
                total(shared, 2) / math.sqrt(total(mine, 2) * total(theirs, 2))
                if mine and theirs
                else 0.0
            ),
            "co-occurrence": (
                soft(mine, theirs) / math.sqrt(soft(mine, mine) * soft(theirs, theirs))
                if mine and theirs
                else 0.0
            ),
        }

    cache: dict[int, dict] = {}

    def vectors_of(page_id):
        if page_id not in cache:
            cache[page_id] = vectors(pages[page_id])
        return cache[page_id]

    def pair_features(page_id, other) -> dict[str, float]:
        mine, theirs = vectors_of(page_id), vectors_of(other)
        row = {
            name: sum(w * mine[name].get(t, 0.0) for t, w in theirs[name].items()) for name in mine
        }
        row.update(topic_scores(pages[page_id], pages[other]))
        return row

    features: dict[tuple[int, int], dict[str, float]] = {
        (page_id, other): pair_features(page_id, other)
        for page_id in evaluated
        for other in candidates[page_id]
    }

    def blend_score(p, o):
        """The production score without the text floor's ordering."""
        return (
            similarity.TEXT_WEIGHT * features[(p, o)]["tfidf"]
            + similarity.TOPIC_WEIGHT * features[(p, o)]["jaccard"]
        )

    def text_floor(floor):
        """The blend, candidates whose text cosine (as stored, like ``ranked_last``) is
        under ``floor`` after the others (at ``TEXT_FLOOR`` one at or above it has a blend
        of at least 0.06, so ``MIN_SCORE`` still filters the same)."""
        return lambda p, o: (
            (round(features[(p, o)]["tfidf"], similarity.STORED_DECIMALS) >= floor)
            + blend_score(p, o)
        )

    production = precision(text_floor(similarity.TEXT_FLOOR))
    out(
        f"production scorer (text {similarity.TEXT_WEIGHT}, topics {similarity.TOPIC_WEIGHT}, "
        f"text floor {similarity.TEXT_FLOOR}), "
        f"en / it / all: {cell(production)}; through Corpus.suggestions: "
        f"{cell(stored_precision(corpus))}\n"
    )

    # The grid ------------------------------------------------------------------------
    out(f"precision@{k} (en / it / all) by text weight (topic weight = 1 − text weight)\n")
    out("| text | topics | " + " | ".join(str(w) for w in TEXT_WEIGHTS) + " |")
    out("|---|---|" + "---:|" * len(TEXT_WEIGHTS))
    grid = []
    for text in ("tfidf", "tfidf-top25", "bm25"):
        for topic in (
            "jaccard",
            "idf-jaccard",
            "article-idf-jaccard",
            "idf-cosine",
            "co-occurrence",
        ):
            cells = []
            for weight in TEXT_WEIGHTS:

                def score(p, o, w=weight, x=text, y=topic):
                    return w * features[(p, o)][x] + (1 - w) * features[(p, o)][y]

                result = precision(score, None if args.no_floor else similarity.MIN_SCORE)
                grid.append((result["all"], text, topic, weight, score))
                cells.append(cell(result))
            out(f"| {text} | {topic} | " + " | ".join(cells) + " |")
    # An article with no suggestion is left out of the mean, so a variant can gain by
    # giving a hard article nothing: the best cells again, every article counted.
    out("\nthe five best cells, without MIN_SCORE (no article left out):")
    for _all, text, topic, weight, score in sorted(grid, key=lambda row: -row[0])[:5]:
        out(f"- {text} / {topic} / {weight}: {cell(precision(score, None))}")

    # Hubness correction (CSLS) on the production blend ----------------------------------
    if args.corpus == "demo":  # every demo article is labelled, so each has its candidates
        out(
            "\nhubness correction (score − ½ × the candidate's mean score to its n nearest; "
            "no MIN_SCORE):"
        )
        for nearest in (3, 5, 10):
            hub = {
                p: sum(sorted((blend_score(p, o) for o in candidates[p]), reverse=True)[:nearest])
                / nearest
                for p in evaluated
            }
            result = precision(lambda p, o, h=hub: blend_score(p, o) - h[o] / 2, None)
            out(f"- n = {nearest}: {cell(result)}")

    # Other ways to combine the two signals ---------------------------------------------
    # Text scores are small (0.05-0.45) next to Jaccard's (0.25-1): rescale the text by
    # the article's best candidate, multiply instead of adding, fuse the two rankings
    # (reciprocal rank fusion), or push candidates sharing almost no words to the end.
    best_text = {
        p: max((features[(p, o)]["tfidf"] for o in candidates[p]), default=0) for p in evaluated
    }

    def rank_by(name):
        ranks = {}
        for p in evaluated:
            order = sorted(candidates[p], key=lambda o, p=p: (-features[(p, o)][name], o))
            ranks.update({(p, o): position for position, o in enumerate(order)})
        return ranks

    text_rank, topic_rank = rank_by("tfidf"), rank_by("jaccard")
    combinations = {
        "0.6 text + 0.4 Jaccard, no text floor": blend_score,
        "geometric mean of text and Jaccard": lambda p, o: math.sqrt(
            features[(p, o)]["tfidf"] * features[(p, o)]["jaccard"]
        ),
        "text × (1 + Jaccard)": lambda p, o: (
            features[(p, o)]["tfidf"] * (1 + features[(p, o)]["jaccard"])
        ),
        "0.5 text / best text + 0.5 Jaccard": lambda p, o: (
            0.5 * features[(p, o)]["tfidf"] / (best_text[p] or 1)
            + 0.5 * features[(p, o)]["jaccard"]
        ),
        "reciprocal rank fusion (60)": lambda p, o: (
            1 / (60 + text_rank[(p, o)]) + 1 / (60 + topic_rank[(p, o)])
        ),
        **{
            f"0.6 text + 0.4 Jaccard, text under {floor} last"
            + (" (production)" if floor == similarity.TEXT_FLOOR else ""): text_floor(floor)
            for floor in (0.08, similarity.TEXT_FLOOR, 0.12)
        },
    }
    if args.embeddings:
        from search.models import SearchDocument

        # Only articles are suggested by the lists scored here.
        texts = SearchDocument.objects.filter(page_id__in=pages, kind="article").values_list(
            "page_id", "title", "summary", "body"
        )
        embedded = {page_id: embed(" ".join(parts)) for page_id, *parts in texts}

        def cosine(p, o):
            return sum(a * b for a, b in zip(embedded[p], embedded[o], strict=True))

        combinations["embeddings alone"] = cosine
        for weight in (0.1, 0.2, 0.3, 0.5):
            combinations[f"blend + {weight} × embeddings"] = lambda p, o, w=weight: (
                blend_score(p, o) + w * cosine(p, o)
            )
    if args.neighbours:

        def pair_score(p, o):
            """The blend of any two pages, candidates or not."""
            if (p, o) not in features:
                features[(p, o)] = pair_features(p, o)
            return blend_score(p, o)

        def nearest(p, n):
            return sorted(candidates[p], key=lambda o, p=p: (-blend_score(p, o), o))[:n]

        for n in (3, 5, 8):
            near = {p: set(nearest(p, n)) for p in evaluated}
            for weight in (0.1, 0.2, 0.4):
                combinations[f"blend + {weight} × shared {n} nearest / {n}"] = (
                    lambda p, o, w=weight, near=near, n=n: (
                        blend_score(p, o) + w * len(near[p] & near.get(o, set())) / n
                    )
                )
                combinations[f"blend + {weight} if reciprocal in {n} nearest"] = (
                    lambda p, o, w=weight, near=near: blend_score(p, o) + w * (p in near.get(o, ()))
                )
        # The same two articles in the other language: both analyses, averaged.
        keyed = defaultdict(dict)
        for pk, key, language in ArticlePage.objects.filter(pk__in=pages).values_list(
            "pk", "translation_key", "locale__language_code"
        ):
            keyed[key][language] = pk
        twin = {
            pk: other
            for versions in keyed.values()
            if len(versions) == 2
            for pk, other in zip(versions.values(), reversed(versions.values()), strict=True)
        }
        combinations["blend averaged with the translations' score"] = lambda p, o: (
            (blend_score(p, o) + pair_score(twin[p], twin[o])) / 2
            if p in twin and o in twin
            else blend_score(p, o)
        )
    groups = {"all": None}
    if args.split_date:
        dates = dict(ArticlePage.objects.filter(pk__in=evaluated).values_list("pk", "date"))
        groups = {
            f"before {args.split_date}": {p for p in evaluated if dates[p] < args.split_date},
            f"from {args.split_date}": {p for p in evaluated if dates[p] >= args.split_date},
            "all": None,
        }
    elif args.split_parts:
        held_out = demo_part_pages(parts)
        groups = {
            "other parts": {p for p in evaluated if p not in held_out},
            f"parts {','.join(parts)}": {p for p in evaluated if p in held_out},
            "all": None,
        }
    out("\nother combinations (no MIN_SCORE), en / it / all: " + "; ".join(groups))
    for name, score in combinations.items():
        suggested = suggest(score, None)  # ranked once, scored per group
        cells = [f"{group} {cell(precision_of(suggested, only))}" for group, only in groups.items()]
        out(f"- {name}: " + "; ".join(cells))

    # Field weights and title bigrams (profiles rebuilt) --------------------------------
    out("\nfield weights (title/summary/body) and title bigrams, tf-idf + Jaccard:")
    original = (
        similarity.TITLE_WEIGHT,
        similarity.SUMMARY_WEIGHT,
        similarity.BODY_WEIGHT,
        similarity.profile,
    )

    def with_title_bigrams(page_id, language, kind, facets, title, summary, body):
        words = title.split()
        bigrams = " ".join(f"{a}_{b}" for a, b in zip(words, words[1:], strict=False))
        return original[3](page_id, language, kind, facets, f"{title} {bigrams}", summary, body)

    variants = [
        ("3/2/1", (3, 2, 1), False),
        ("1/1/1", (1, 1, 1), False),
        ("2/1/1", (2, 1, 1), False),
        ("5/3/1", (5, 3, 1), False),
        ("3/2/1 + title bigrams", (3, 2, 1), True),
    ]
    try:
        for name, weights, bigrams in variants:
            similarity.TITLE_WEIGHT, similarity.SUMMARY_WEIGHT, similarity.BODY_WEIGHT = weights
            similarity.profile = with_title_bigrams if bigrams else original[3]
            variant = load_corpus()
            cells = []
            for weight in (0.4, 0.5, 0.6, 0.7):
                similarity.TEXT_WEIGHT, similarity.TOPIC_WEIGHT = weight, round(1 - weight, 2)
                cells.append(f"{weight}: {cell(stored_precision(variant))}")
            similarity.TEXT_WEIGHT, similarity.TOPIC_WEIGHT = 0.6, 0.4
            out(f"- {name}: " + "; ".join(cells))
    finally:
        (
            similarity.TITLE_WEIGHT,
            similarity.SUMMARY_WEIGHT,
            similarity.BODY_WEIGHT,
            similarity.profile,
        ) = original

    if args.oracle:
        names = sorted(next(iter(features.values())))
        rng = random.Random(1)  # noqa: S311
        best = (0.0, {}, {})
        for _ in range(3000):
            mix = {name: rng.random() for name in names if rng.random() < 0.6}
            if not mix:
                continue
            result = precision(
                lambda p, o, m=mix: sum(w * features[(p, o)][n] for n, w in m.items()), None
            )
            if result["all"] > best[0]:
                best = (result["all"], mix, result)
        _all, mix, result = best
        weights = ", ".join(f"{name} {weight:.2f}" for name, weight in sorted(mix.items()))
        out(
            f"\noracle (best of 3,000 random mixtures, fitted to the "
            f"{'judgements' if args.judged else 'labels'}; no MIN_SCORE): "
            f"{cell(result)}"
        )
        out(f"  {weights}")


def demo_part_pages(parts: list[str]) -> set[int]:
    """The live article pages (both languages) of the given demo data parts."""
    import importlib

    from articles.models import ArticlePage

    slugs = set()
    for part in parts:
        module = importlib.import_module(f"articles.demo_data.articles_{part}")
        for article in module.ARTICLES:
            slugs |= {article["slug"], article["en"]["slug"]}
    return set(ArticlePage.objects.live().filter(slug__in=slugs).values_list("pk", flat=True))


def static_embedder():
    """A function from text to a unit vector: WordLlama's token embeddings, mean-pooled,
    read from the files its wheel ships (``WordLlama.load()`` would look for the
    tokenizer elsewhere and then download it)."""
    from pathlib import Path

    import wordllama
    from safetensors import safe_open
    from tokenizers import Tokenizer
    from wordllama.inference import WordLlamaInference

    root = Path(wordllama.__file__).parent
    tokenizer = Tokenizer.from_file(str(root / "tokenizers" / "l2_supercat_tokenizer_config.json"))
    with safe_open(str(root / "weights" / "l2_supercat_256.safetensors"), framework="np") as f:
        model = WordLlamaInference(f.get_tensor("embedding.weight"), tokenizer)
    return lambda text: tuple(float(x) for x in model.embed([text], norm=True)[0])


if __name__ == "__main__":
    main()
