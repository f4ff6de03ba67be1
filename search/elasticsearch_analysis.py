"""The Italian and English analyzers, written for Elasticsearch.

They repeat ``search.analysis`` in Elasticsearch's terms: lower case, accents folded,
elided articles dropped ("dell'anziano" → "anziano"), the same stopword lists, then
Lucene's ``light_italian`` stemmer (the algorithm ``search.analysis.stem_italian``
follows: "anziano", "anziani" → "anzian") or Snowball English (``porter2``: the stemmer
``search.analysis`` uses; Elasticsearch's ``english`` is the older Porter stemmer).

Used by two indexes: the portal search's own (``search.backends.elasticsearch``) and
Wagtail's admin index, configured in ``portal.settings.base``. This module is plain data
with no Django imports so that settings can import it.
"""

from __future__ import annotations

import copy

from .analysis import ENGLISH_STOPWORDS, ITALIAN_STOPWORDS

# Articles and prepositions that Italian elides before a vowel.
ITALIAN_ELISIONS = [
    *("c", "d", "l", "m", "s", "t", "v", "un", "gl"),
    *("all", "coll", "dall", "dell", "nell", "pell", "sull"),
    *("agl", "dagl", "degl", "negl", "sugl"),
]

ANALYSIS = {
    "filter": {
        "portal_italian_elision": {
            "type": "elision",
            "articles": ITALIAN_ELISIONS,
            "articles_case": True,
        },
        "portal_italian_stop": {"type": "stop", "stopwords": sorted(ITALIAN_STOPWORDS)},
        "portal_italian_stemmer": {"type": "stemmer", "language": "light_italian"},
        "portal_english_stop": {"type": "stop", "stopwords": sorted(ENGLISH_STOPWORDS)},
        "portal_english_stemmer": {"type": "stemmer", "language": "porter2"},
    },
    "analyzer": {
        "portal_italian": {
            "type": "custom",
            "tokenizer": "standard",
            "filter": [
                "lowercase",
                "asciifolding",
                "portal_italian_elision",
                "portal_italian_stop",
                "portal_italian_stemmer",
            ],
        },
        "portal_english": {
            "type": "custom",
            "tokenizer": "standard",
            "filter": [
                "lowercase",
                "asciifolding",
                "portal_english_stop",
                "portal_english_stemmer",
            ],
        },
    },
}


def analysis() -> dict:
    """A copy of the analyzers, safe to extend."""
    return copy.deepcopy(ANALYSIS)


def wagtail_index_settings() -> dict:
    """``INDEX_SETTINGS`` for Wagtail's Elasticsearch backend: both analyzers, and the
    Italian one as the index default. Wagtail keeps pages of every locale in one index
    and its text fields name no analyzer, so one default must serve them all; Italian is
    the source language of the portal and of its editors. Wagtail's own autocomplete
    fields keep their edge n-gram analyzer."""
    settings = analysis()
    settings["analyzer"]["default"] = copy.deepcopy(ANALYSIS["analyzer"]["portal_italian"])
    return {"settings": {"analysis": settings}}
