"""The packet two blind judges read to grade every pair of Italian demo articles.

Writes, for the relevance judgements in ``articles/demo_data/judgements.csv`` (protocol in
``docs/performance.md``, "relevance judged pair by pair"):

- ``OUT/articoli.md``: the Italian demo articles, shuffled with a fixed seed and named
  ``A01``… only: title, introduction and the body's text (headings, paragraphs, quotes,
  callouts, further-reading titles); no slug, date, author, topic or theme;
- ``OUT/coppie_N.txt``: every unordered pair, in ``--shards`` shards of about the same
  size, grouped by their lower id;
- ``KEY/chiave.json``: which id is which slug, kept apart so that the judges never see it.

Run from the repository root (no database needed)::

    .venv/bin/python bench/relevance_packet.py --out /tmp/judging --key /tmp/judging-key

Once each shard's two judges have written ``OUT/out/giudice_N_a.csv`` and ``…_b.csv``
(``A03,A17,2`` per line), ``--assemble FILE`` checks that every pair was graded once by
each of two judges, writes ``FILE`` (``article,other,judge_1,judge_2`` by Italian slug)
and prints how far the judges agree (exact share, quadratic-weighted Cohen's kappa)::

    .venv/bin/python bench/relevance_packet.py --out /tmp/judging --key /tmp/judging-key \\
        --assemble articles/demo_data/judgements.csv
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

from harness import ROOT, out

SEED = 20261208


def article_text(article: dict) -> str:
    lines = [f"# {article['title']}", "", article["introduction"], ""]
    for kind, value in article["body"]:
        if kind == "heading":
            lines += [f"## {value}", ""]
        elif kind == "paragraph":
            lines += [value, ""]
        elif kind == "quote":
            text, attribution = value
            lines += [f"> {text} ({attribution})", ""]
        elif kind == "callout":
            heading, text = value
            lines += [f"**{heading}**: {text}", ""]
        elif kind == "further_reading":
            lines += ["Per approfondire: " + "; ".join(title for _, title, _ in value), ""]
        else:
            raise ValueError(f"unknown block {kind!r}")
    return "\n".join(lines)


def balanced_shards(ids: list[str], shards: int) -> list[list[tuple[str, str]]]:
    """Every pair once, grouped by the lower id, groups dealt to the lightest shard."""
    groups = [[(a, b) for b in ids[index + 1 :]] for index, a in enumerate(ids)]
    result: list[list[tuple[str, str]]] = [[] for _ in range(shards)]
    for group in sorted(groups, key=len, reverse=True):
        min(result, key=len).extend(group)
    return [sorted(shard) for shard in result]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--key", type=Path, required=True)
    parser.add_argument("--shards", type=int, default=4)
    parser.add_argument("--assemble", type=Path, help="Write the judgements file.")
    args = parser.parse_args()
    if args.assemble:
        assemble(args.out, args.key, args.shards, args.assemble)
        return

    sys.path.insert(0, str(ROOT))
    from articles.demo_data import ARTICLES

    articles = sorted(ARTICLES, key=lambda article: article["slug"])
    random.Random(SEED).shuffle(articles)  # noqa: S311
    ids = [f"A{index:02d}" for index in range(1, len(articles) + 1)]
    args.out.mkdir(parents=True, exist_ok=True)
    args.key.mkdir(parents=True, exist_ok=True)
    text = "\n\n---\n\n".join(
        f"[{id_}]\n\n{article_text(article)}" for id_, article in zip(ids, articles, strict=True)
    )
    (args.out / "articoli.md").write_text(text + "\n", encoding="utf-8")
    for number, shard in enumerate(balanced_shards(ids, args.shards), start=1):
        pairs = "".join(f"{a},{b}\n" for a, b in shard)
        (args.out / f"coppie_{number}.txt").write_text(pairs, encoding="utf-8")
    key = {id_: article["slug"] for id_, article in zip(ids, articles, strict=True)}
    (args.key / "chiave.json").write_text(json.dumps(key, indent=1) + "\n", encoding="utf-8")
    out(f"{len(ids)} articles, {len(ids) * (len(ids) - 1) // 2} pairs -> {args.out}")


def weighted_kappa(first: list[int], second: list[int]) -> float:
    """Cohen's kappa with quadratic weights, grades 0-2."""
    n = len(first)
    grades = (0, 1, 2)
    observed = sum((a - b) ** 2 for a, b in zip(first, second, strict=True)) / n
    share_a = {g: first.count(g) / n for g in grades}
    share_b = {g: second.count(g) / n for g in grades}
    expected = sum(share_a[a] * share_b[b] * (a - b) ** 2 for a in grades for b in grades)
    return 1 - observed / expected if expected else 1.0


def assemble(packet: Path, key_dir: Path, shards: int, target: Path) -> None:
    key = json.loads((key_dir / "chiave.json").read_text(encoding="utf-8"))
    rows = []
    all_a: list[int] = []
    all_b: list[int] = []
    for number in range(1, shards + 1):
        pairs = (packet / f"coppie_{number}.txt").read_text(encoding="utf-8").split()
        wanted = {tuple(line.split(",")) for line in pairs}
        graded = []
        for judge in ("a", "b"):
            path = packet / "out" / f"giudice_{number}_{judge}.csv"
            grades = {}
            for line in path.read_text(encoding="utf-8").split():
                first, second, grade = line.split(",")
                pair = (first, second) if (first, second) in wanted else (second, first)
                if pair not in wanted or pair in grades or grade not in {"0", "1", "2"}:
                    raise SystemExit(f"{path}: unexpected line {line!r}")
                grades[pair] = int(grade)
            if set(grades) != wanted:
                raise SystemExit(f"{path}: {len(wanted - set(grades))} pairs not graded")
            graded.append(grades)
        ordered = sorted(wanted)
        first_judge = [graded[0][pair] for pair in ordered]
        second_judge = [graded[1][pair] for pair in ordered]
        same = sum(a == b for a, b in zip(first_judge, second_judge, strict=True))
        out(
            f"shard {number}: {len(ordered)} pairs, judges agree on {same} "
            f"({same / len(ordered):.1%}), weighted kappa "
            f"{weighted_kappa(first_judge, second_judge):.3f}"
        )
        all_a += first_judge
        all_b += second_judge
        for pair, a, b in zip(ordered, first_judge, second_judge, strict=True):
            rows.append((*sorted(key[id_] for id_ in pair), a, b))
    same = sum(a == b for a, b in zip(all_a, all_b, strict=True))
    out(
        f"all: {len(all_a)} pairs, judges agree on {same} ({same / len(all_a):.1%}), "
        f"weighted kappa {weighted_kappa(all_a, all_b):.3f}; grades "
        + ", ".join(f"{g}: {all_a.count(g) + all_b.count(g)}" for g in (0, 1, 2))
    )
    rows.sort()
    lines = ["article,other,judge_1,judge_2", *(",".join(map(str, row)) for row in rows)]
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out(f"{len(rows)} judged pairs -> {target}")


if __name__ == "__main__":
    main()
