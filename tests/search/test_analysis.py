"""The analysis chain every backend shares: accents, stopwords, Italian light stemming,
English stemming, and a query parser that never lets reader input become syntax."""

import pytest

from search import analysis
from search.query import MAX_CLAUSES, MAX_QUERY_LENGTH, parse_query


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("anziano", "anziani"),
        ("anziana", "anziane"),
        ("servizio", "servizi"),
        ("famiglia", "famiglie"),
        ("psicologico", "psicologiche"),
        ("domiciliare", "domiciliari"),
        ("città", "citta"),
        ("Perché", "perche"),
    ],
)
def test_italian_word_families_share_a_term(first, second):
    assert analysis.terms(first, "it") == analysis.terms(second, "it")


def test_unrelated_italian_words_stay_apart():
    assert analysis.terms("anziano", "it") != analysis.terms("anzi", "it")
    assert analysis.terms("casa", "it") != analysis.terms("caso", "it") or len("casa") < 6


@pytest.mark.parametrize(
    ("first", "second"), [("services", "service"), ("caring", "care"), ("families", "family")]
)
def test_english_pages_are_stemmed_in_english(first, second):
    assert analysis.terms(first, "en") == analysis.terms(second, "en")


def test_stopwords_and_elisions_are_dropped():
    assert analysis.terms("L'assistenza dell'anziano e della famiglia", "it") == [
        "assistenz",
        "anzian",
        "famigl",
    ]
    assert analysis.terms("the care of the elderly", "en") == ["care", "elder"]


def test_numbers_are_kept_whole():
    assert analysis.terms("Legge 104 del 1992", "it") == ["legge", "104", "1992"]


def test_phrases_pair_quotes_and_everything_else_is_a_word():
    parsed = parse_query('"assistenza domiciliare" anziani', "it")
    assert parsed.clauses == (("assistenz", "domiciliar"), ("anzian",))


@pytest.mark.parametrize(
    "raw",
    [
        '"anziani',
        "anziani)",
        "NEAR(anziani",
        "anziani AND OR NOT",
        "title:anziani",
        "anziani*^",
        "anziani\x00",
        "'; DROP TABLE x; --anziani",
    ],
)
def test_operators_quotes_and_control_characters_are_plain_text(raw):
    parsed = parse_query(raw, "it")
    assert ("anzian",) in parsed.clauses
    for clause in parsed.clauses:
        for term in clause:
            assert term.isalnum()


def test_queries_are_bounded():
    parsed = parse_query("parola " * 5000, "it")
    assert len(parsed.text) <= MAX_QUERY_LENGTH
    long_query = parse_query(" ".join(f"parola{n}" for n in range(100)), "it")
    assert len(long_query.clauses) == MAX_CLAUSES


def test_a_query_of_stopwords_only_is_empty():
    assert parse_query('"', "it").is_empty
    assert parse_query("il della per", "it").is_empty
    assert parse_query("🙂", "it").is_empty
