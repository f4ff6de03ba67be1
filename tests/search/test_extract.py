"""Page text for the index from raw stored values (search.extract, search.indexing):
the same text Wagtail's own extraction gives, read without model instances."""

from django.utils.html import escape

from wagtail import blocks
from wagtail.rich_text import get_text_for_indexing

import pytest

from articles.blocks import ArticleBodyBlock
from articles.models import ArticlePage
from catalogue.models import ServiceDocument
from search import extract, indexing, parallel

RICH_TEXTS = [
    "",
    "<p>Un paragrafo.</p><p>Un altro, con <b>grassetto</b> e <i>corsivo</i>.</p>",
    '<p>Vedi <a href="https://example.org/?a=1&amp;b=2">il sito</a> o '
    '<a linktype="page" id="3">la pagina</a>.</p>',
    "<ul><li>uno</li><li>due</li></ul><ol><li>tre</li></ol>",
    "<p>Riga<br/>a capo<br />ancora</p><hr/><p>Fine &amp; basta &lt;b&gt; &#232; &egrave;</p>",
    "<h2>Titolo</h2><h3>Sotto</h3><blockquote>Citazione</blockquote>",
    # Not what the editor writes: the fallback to Django's strip_tags.
    "<p>a < b and c > d</p>",
    "<!-- commento --><p>Dopo il commento</p>",
    "<p>Non chiuso <b>grassetto",
    "Testo senza tag",
]


@pytest.mark.parametrize("html", RICH_TEXTS)
def test_rich_text_is_wagtails_text_for_indexing(html):
    assert extract.rich_text(html) == get_text_for_indexing(html)


def stream_value(block, raw):
    return block.to_python(raw)


BODY = [
    {"type": "heading", "value": {"text": "Chi può chiedere", "level": "h2"}},
    {"type": "paragraph", "value": "<p>Gli <b>anziani</b> &amp; le famiglie.</p>"},
    {"type": "quote", "value": {"quote": "Aiutare conviene", "attribution": "Una volontaria"}},
    {"type": "callout", "value": {"title": "Da sapere", "text": "<p>Serve l'ISEE.</p>"}},
    {
        "type": "further_reading",
        "value": {
            "title": "Letture",
            "links": [
                {
                    "type": "item",
                    "id": "5f1b2c3d",
                    "value": {"url": "https://istat.it", "title": "Istat", "description": "Dati"},
                },
            ],
        },
    },
    {
        "type": "further_reading",
        "value": {
            "title": "Altre letture",
            "links": [{"url": "https://inps.it", "title": "INPS", "description": ""}],  # old
        },
    },
    {"type": "further_reading", "value": {"links": []}},  # the title left to its default
    {"type": "unknown", "value": "un tipo di blocco che non esiste più"},
]


def test_stream_text_is_wagtails_searchable_content_without_choice_labels():
    block = ArticleBodyBlock()
    schema = indexing.block_schema(block)
    ours = extract.block_texts(schema, BODY)
    # What Wagtail extracts from the same stored value, minus the label of the heading's
    # level ("Titolo di sezione (h2)"): choices add nothing to the index.
    value = block.to_python(BODY)
    wagtails = [
        text for text in block.get_searchable_content(value) if text != "Titolo di sezione (h2)"
    ]
    assert ours == wagtails
    assert "Per approfondire" in ours  # a missing child takes its default
    assert extract.block_texts(schema, "") == []


def test_blocks_with_searchable_content_of_their_own_are_refused():
    class Custom(blocks.CharBlock):
        def get_searchable_content(self, value):
            return [value.upper()]

    with pytest.raises(ValueError, match="Custom"):
        indexing.block_schema(blocks.StreamBlock([("custom", Custom())]))
    assert indexing.block_schema(blocks.CharBlock(search_index=False)) is None
    assert indexing.block_schema(blocks.URLBlock()) is None


@pytest.mark.django_db
def test_an_article_source_reads_the_stored_stream(make_article):
    page = make_article("Mensa solidale", "Pasti <caldi> per chi è solo.")
    ArticlePage.objects.filter(pk=page.pk).update(body=BODY)
    source = indexing.document_source(ArticlePage.objects.get(pk=page.pk))
    row = parallel.analyse(source)
    assert "body_parts" not in row
    assert row["body"].splitlines()[:3] == [
        "Chi può chiedere",
        "Gli anziani & le famiglie.",
        "Aiutare conviene",
    ]
    assert "Titolo di sezione" not in row["body"]
    assert row["date"].hour == 0 and row["date"].tzinfo is not None


@pytest.mark.django_db
def test_a_service_source_has_its_rich_text_documents_and_codes(make_service, terms):
    service = make_service(
        "Assistenza domiciliare",
        topics=[terms["work"]],
        municipalities=[terms["vigonza"]],
        description=f"<p>{escape('Aiuto <a casa>')}</p>",
        desk="Sportello sociale",
    )
    for order, name in enumerate(["Modulo ISEE", "Carta d'identità"]):
        ServiceDocument.objects.create(page=service, name=name, sort_order=1 - order)
    row = parallel.analyse(indexing.document_source(service))
    lines = row["body"].splitlines()
    assert lines[0] == "Aiuto <a casa>"
    assert "Sportello sociale" in lines
    assert lines[-2:] == ["Carta d'identità", "Modulo ISEE"]  # the documents' own order
    assert row["facets"][:2] == ["type:service", f"lang:{service.locale.language_code}"]
    assert {
        f"category:{terms['health'].code}",
        f"pillar:{terms['public'].code}",
        f"topic:{terms['work'].slug}",
        f"municipality:{terms['vigonza'].code}",
    } <= set(row["facets"])
