"""Excerpts with the reader's words marked.

Words are compared by their index terms (folded and stemmed), so "anziano" marks
"Anziani" and "citta" marks "città". The text is escaped piece by piece; only the
``<mark>`` elements added here are markup.

Excerpts are built for every hit of every results page, so the text is folded once as a
whole (not word by word) and only its first ``MAX_TEXT_LENGTH`` characters are read:
the excerpt shows the densest run of matches there (summary first, then the body).
"""

from __future__ import annotations

from html import escape  # what django.utils.html.escape runs, without its lazy wrapper

from django.utils.safestring import SafeString, mark_safe

from . import analysis

EXCERPT_WORDS = 36
# Enough for the summary and the first paragraphs of the body: an excerpt is a few lines.
MAX_TEXT_LENGTH = 4_000


def _tokens(text: str, language: str, wanted: frozenset[str]) -> list[tuple[int, int, bool]]:
    """(start, end, matched) for every word of ``text``."""
    stopwords = analysis.STOPWORDS[language]
    stem = analysis.stem
    limit = analysis.MAX_WORD_LENGTH
    folded = analysis.fold(text)
    if len(folded) != len(text):
        # Folding changed lengths (rare letters such as "ß" → "ss"): fold word by word so
        # positions stay those of the text.
        return [
            (match.start(), match.end(), _matches(match.group(), language, wanted))
            for match in analysis.WORD_RE.finditer(text)
        ]
    # Stemming keeps a word's first two letters (or leaves fewer than two): only words
    # that begin like a wanted term need stemming.
    starts = {term[:2] for term in wanted}
    if any(len(term) < 2 for term in wanted):
        starts = None
    tokens = []
    for match in analysis.WORD_RE.finditer(folded):
        word = match.group()[:limit]
        matched = (
            (starts is None or word[:2] in starts)
            and word not in stopwords
            and stem(word, language) in wanted
        )
        tokens.append((match.start(), match.end(), matched))
    return tokens


def _matches(word: str, language: str, wanted: frozenset[str]) -> bool:
    folded = analysis.fold(word)[: analysis.MAX_WORD_LENGTH]
    return folded not in analysis.STOPWORDS[language] and analysis.stem(folded, language) in wanted


def _render(text: str, tokens: list[tuple[int, int, bool]], start: int, end: int) -> str:
    parts = []
    position = start
    for token_start, token_end, matched in tokens:
        if token_start < start or token_end > end:
            continue
        parts.append(escape(text[position:token_start]))
        word = escape(text[token_start:token_end])
        parts.append(f"<mark>{word}</mark>" if matched else word)
        position = token_end
    parts.append(escape(text[position:end]))
    return "".join(parts)


def highlight(text: str, terms: frozenset[str], language: str) -> SafeString:
    """All of ``text``, escaped, with matching words marked."""
    language = analysis.normalize_language(language)
    tokens = _tokens(text, language, terms)
    return mark_safe(_render(text, tokens, 0, len(text)))  # noqa: S308 (escaped above)


def excerpt(text: str, terms: frozenset[str], language: str) -> SafeString:
    """About ``EXCERPT_WORDS`` words of ``text`` around the densest run of matches."""
    language = analysis.normalize_language(language)
    text = " ".join(text[:MAX_TEXT_LENGTH].split())
    tokens = _tokens(text, language, terms)
    if not tokens:
        return mark_safe("")
    best_start, best_score = 0, -1
    matched_at = [index for index, token in enumerate(tokens) if token[2]]
    for index in matched_at or [0]:
        first = max(0, index - 5)
        window = tokens[first : first + EXCERPT_WORDS]
        score = len({text[s:e].casefold() for s, e, matched in window if matched})
        if score > best_score:
            best_start, best_score = first, score
    window = tokens[best_start : best_start + EXCERPT_WORDS]
    start = window[0][0] if best_start else 0
    end = window[-1][1]
    body = _render(text, window, start, end)
    prefix = "… " if best_start else ""
    suffix = " …" if best_start + EXCERPT_WORDS < len(tokens) else ""
    return mark_safe(f"{prefix}{body}{suffix}")  # noqa: S308 (escaped in _render)
