"""Did-you-mean suggestions: the closest words of the titles and summaries in the reader's
language, from the dictionary that indexing keeps (``SearchWord``)."""

from __future__ import annotations

import difflib

from django.db.models.functions import Length

from .models import SearchWord

CUTOFF = 0.75
MAX_CANDIDATES = 5000


def known_words(words: list[str], language: str) -> set[str]:
    return set(
        SearchWord.objects.filter(language=language, word__in=words).values_list("word", flat=True)
    )


def closest_word(word: str, language: str) -> str | None:
    """The most common dictionary word that looks like ``word`` (same first letter, length
    within two), or None."""
    if len(word) < 3:
        return None
    candidates = dict(
        SearchWord.objects.annotate(length=Length("word"))
        .filter(
            language=language,
            word__startswith=word[0],
            length__gte=len(word) - 2,
            length__lte=len(word) + 2,
        )
        .order_by("-documents")
        .values_list("word", "documents")[:MAX_CANDIDATES]
    )
    close = difflib.get_close_matches(word, candidates, n=5, cutoff=CUTOFF)
    if not close:
        return None
    return max(close, key=lambda c: (difflib.SequenceMatcher(None, word, c).ratio(), candidates[c]))


def suggest(words: tuple[str, ...], language: str) -> str | None:
    """The query with its unknown words replaced by their closest known words."""
    known = known_words(list(words), language)
    changed = False
    corrected = []
    for word in words:
        replacement = None if word in known else closest_word(word, language)
        if replacement:
            changed = True
        corrected.append(replacement or word)
    return " ".join(corrected) if changed else None
