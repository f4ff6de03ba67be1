"""Reading what a reader typed into something every backend can run safely.

Nothing the reader types is passed to a search engine as syntax: quotes that pair up
make a phrase, everything else is a plain word. Operators (``AND``, ``NEAR(``, ``*``,
``title:``), brackets, control characters and SQL are just text; the backends quote
each term themselves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import analysis

MAX_QUERY_LENGTH = 200
MAX_CLAUSES = 12
CONTROL_RE = re.compile(r"[\x00-\x1f\x7f]")
PHRASE_RE = re.compile(r'"([^"]*)"')


def clean_query(raw: str) -> str:
    """The query as it is echoed back: bounded, without control characters."""
    return " ".join(CONTROL_RE.sub(" ", raw[: MAX_QUERY_LENGTH * 2]).split())[:MAX_QUERY_LENGTH]


@dataclass(frozen=True)
class ParsedQuery:
    text: str
    language: str
    # Each clause is a tuple of index terms; more than one term makes a phrase.
    clauses: tuple[tuple[str, ...], ...]
    # The folded words the reader meant (stopwords left out): for highlighting and
    # "did you mean".
    words: tuple[str, ...]

    @property
    def is_empty(self) -> bool:
        return not self.clauses

    @property
    def terms(self) -> tuple[str, ...]:
        return tuple(term for clause in self.clauses for term in clause)


def parse_query(raw: str, language: str) -> ParsedQuery:
    language = analysis.normalize_language(language)
    text = clean_query(raw)
    clauses: list[tuple[str, ...]] = []
    meaningful_words: list[str] = []
    stopwords = analysis.STOPWORDS[language]

    def add(fragment: str, *, phrase: bool) -> None:
        fragment_words = [w for w in analysis.words(fragment) if w not in stopwords]
        meaningful_words.extend(fragment_words)
        fragment_terms = [analysis.stem(w, language) for w in fragment_words]
        if phrase and len(fragment_terms) > 1:
            clauses.append(tuple(fragment_terms))
        else:
            clauses.extend((term,) for term in fragment_terms)

    position = 0
    for match in PHRASE_RE.finditer(text):
        add(text[position : match.start()], phrase=False)
        add(match.group(1), phrase=True)
        position = match.end()
    add(text[position:], phrase=False)

    unique: list[tuple[str, ...]] = []
    for clause in clauses:
        if clause not in unique:
            unique.append(clause)
    return ParsedQuery(
        text=text,
        language=language,
        clauses=tuple(unique[:MAX_CLAUSES]),
        words=tuple(dict.fromkeys(meaningful_words))[: MAX_CLAUSES * 2],
    )
