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
    args = parser.parse_args()

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


if __name__ == "__main__":
    main()
