"""Text analysis shared by every search backend and by the query parser.

One chain turns text into index terms, for documents and for queries alike:

1. fold: Unicode NFKD, combining accents dropped, case folded ("Città" → "citta");
2. split into words (letters and digits; apostrophes split elisions: "dell'anziano");
3. drop the language's stopwords, so "di", "il", "per" never dominate ranking;
4. stem: Italian with a light stemmer that only removes the inflection of gender and
   number ("anziano", "anziani", "anziana" → "anzian"; "servizio", "servizi" → "serviz"),
   English with Snowball's English (Porter 2) stemmer.

Why not Snowball for Italian (and PostgreSQL's ``italian`` configuration, which is
Snowball too)? It reads the "-ano" of "anziano" as a verb ending and reduces it to
"anzi", while "anziani" becomes "anzian": the two never meet. A light stemmer in the
manner of Savoy's (the one behind Elasticsearch's ``light_italian`` filter) keeps word
families together without such surprises, and running the same chain in Python for
SQLite and PostgreSQL makes both backends find exactly the same pages.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)

# Function words that carry no meaning for search, written for this project. Elided
# forms ("dell'", "un'", "c'") appear without their apostrophe because the word splitter
# cuts there.
ITALIAN_STOPWORDS = frozenset(
    """
    a ad al all alla alle allo agli ai anche avere aveva avevano c che chi ci cio col coi
    come con contro cosa cui d da dagli dai dal dall dalla dalle dallo de degli dei del
    dell della delle dello di dove e ed era erano essere gli ha hai hanno ho i il in io l
    la le lei li lo loro lui ma me mi ne negli nei nel nell nella nelle nello no noi non
    nostra nostre nostri nostro o od ogni per perche piu po poi qual quale quali quando
    quanto quella quelle quelli quello questa queste questi questo qui se sei si sia siamo
    siete sono sta su sua sue sugli sui sul sull sulla sulle sullo suo suoi ti tra tu tua
    tue tuo tuoi tutta tutte tutti tutto un una uno vi voi gia cosi cioe dopo fra essa
    esso esse essi nonche oppure ovvero senza puo possono deve devono solo proprio propria
    propri proprie molto molti molte altro altra altri altre ancora sempre mai ecc stesso
    stessa stessi stesse fa fanno fare essere stato stata stati state viene vengono
    """.split()  # noqa: SIM905 (a word list reads better as text)
)

ENGLISH_STOPWORDS = frozenset(
    """
    a about after all also an and any are as at be been being but by can could did do
    does for from had has have he her here his how i if in into is it its just may me
    more most my no nor not of on or our out over she should so some such than that the
    their them then there these they this those through to too under up us very was we
    were what when where which while who whom why will with would you your
    """.split()  # noqa: SIM905
)

STOPWORDS = {"it": ITALIAN_STOPWORDS, "en": ENGLISH_STOPWORDS}
ITALIAN_VOWELS = frozenset("aeio")
MIN_ITALIAN_STEM_INPUT = 6
MAX_WORD_LENGTH = 40


# The accented letters of Italian and its neighbours, folded by a table lookup: most
# text then never needs the (much slower) Unicode decomposition below.
_ACCENTED = "àáâãäåèéêëìíîïòóôõöùúûüýÿñçÀÁÂÃÄÅÈÉÊËÌÍÎÏÒÓÔÕÖÙÚÛÜÝÑÇ"
_LATIN = dict(zip(_ACCENTED, "aaaaaaeeeeiiiiooooouuuuyyncAAAAAAEEEEIIIIOOOOOUUUUYNC", strict=True))
# A regular expression finds the few accented letters three times faster than
# str.translate, which looks every character of a non-ASCII text up in a dict.
_ACCENTED_RE = re.compile(f"[{_ACCENTED}]")


def _unaccent(match: re.Match) -> str:
    return _LATIN[match.group()]


def fold(text: str) -> str:
    """Lower case without accents: what the reader may type for what the page says."""
    text = _ACCENTED_RE.sub(_unaccent, text)
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def words(text: str) -> list[str]:
    """The folded words of ``text``, stopwords included, in order."""
    return [word[:MAX_WORD_LENGTH] for word in WORD_RE.findall(fold(text))]


def stem_italian(word: str) -> str:
    """Remove the gender and number ending of an Italian word.

    Short words are left alone (too little is left to be sure of them). A final vowel
    goes; so does the ``i`` or ``h`` that spelling inserts before it: "famiglia" /
    "famiglie" → "famigl", "servizio" / "servizi" → "serviz", "psicologiche" /
    "psicologico" → "psicologic".
    """
    if len(word) < MIN_ITALIAN_STEM_INPUT or word[-1] not in ITALIAN_VOWELS:
        return word
    before = word[-2]
    ending = word[-1]
    if (ending in "ei" and before in "ih") or (ending in "ao" and before == "i"):
        return word[:-2]
    return word[:-1]


_english = snowballstemmer.stemmer("english")


@lru_cache(maxsize=200_000)
def stem(word: str, language: str) -> str:
    if word.isdigit():
        return word
    if language == "en":
        return _english.stemWord(word)
    return stem_italian(word)


def normalize_language(language: str) -> str:
    """The analysis language for a locale code: English pages in English, the rest in
    Italian (the portal's first language)."""
    return "en" if language.lower().startswith("en") else "it"


def terms(text: str, language: str) -> list[str]:
    """Index terms of ``text``: folded, without stopwords, stemmed; in order."""
    language = normalize_language(language)
    stopwords = STOPWORDS[language]
    return [stem(word, language) for word in words(text) if word not in stopwords]


def term_string(text: str, language: str) -> str:
    return " ".join(terms(text, language))


def is_stopword(word: str, language: str) -> bool:
    return fold(word) in STOPWORDS[normalize_language(language)]
