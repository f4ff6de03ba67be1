"""Plain text out of the raw values pages store: StreamField JSON and rich text HTML.

Pure functions of plain data, so the worker processes of a rebuild (``search.parallel``)
run them as well as the process that indexes a page on publish: a page's body text is
made here and only here. ``search.indexing`` reads the raw values with ``values()``
(no model instances) and describes each StreamField's blocks as a *schema* of plain data
(``search.indexing.block_schema``):

- ``"text"``: the block's value is text (``CharBlock``, ``TextBlock``);
- ``"rich"``: rich text HTML (``RichTextBlock``);
- ``("struct", ((name, schema, default), ...))``: the children in declaration order,
  ``default`` standing in for a child missing from the stored value;
- ``("list", schema)``: every item (stored as ``{"type": "item", "value": …, "id": …}``
  or bare);
- ``("stream", {block type: schema})``: every block of a known type, in order;
- ``None``: nothing to index (images, URLs, choices, pages).

This is what Wagtail's ``get_searchable_content`` gives for these blocks, except that
choice blocks add nothing (Wagtail indexes their labels, so every article with a heading
matched "titolo" and "sezione").
"""

from __future__ import annotations

import json
import re
from html import unescape

# As wagtail.rich_text.get_text_for_indexing: a space after block-level ends, so
# "<p>a</p><p>b</p>" gives "a b".
_BLOCK_END_RE = re.compile(r"(</(p|h\d|li|blockquote)>)", re.IGNORECASE)
_BREAK_RE = re.compile(r"(<(br|hr)\s*/>)", re.IGNORECASE)
_TAG_RE = re.compile(r"</?[A-Za-z][^<>]*>")


def rich_text(html: str) -> str:
    """The text of rich text HTML, as ``wagtail.rich_text.get_text_for_indexing``.

    Django's ``strip_tags`` runs an HTML parser (repeatedly) over the text; the HTML the
    editor stores is well formed, with ``<`` and ``>`` escaped in text and attributes,
    so removing ``<…>`` is the same and about ten times faster. Anything else (a
    stray ``<``, comments) goes through ``strip_tags``.
    """
    if not html:
        return ""
    html = _BREAK_RE.sub(r"\1 ", _BLOCK_END_RE.sub(r"\1 ", html))
    text = _TAG_RE.sub("", html)
    if "<" in text or ">" in text or "<!" in html:
        from django.utils.html import strip_tags  # pure; needs no settings

        text = strip_tags(html)
    return unescape(text.strip())


def block_texts(schema, value) -> list[str]:
    """The texts of one stored block value, in order."""
    if schema is None or value is None:
        return []
    if schema == "text":
        return [str(value)]
    if schema == "rich":
        return [rich_text(str(value))]
    kind, children = schema
    texts: list[str] = []
    if kind == "struct":
        if not isinstance(value, dict):
            return []
        for name, child, default in children:
            texts += block_texts(child, value.get(name, default))
    elif kind == "list":
        for item in value if isinstance(value, list) else []:
            # Wagtail's test for the stored format of a list item, to the letter.
            if (
                isinstance(item, dict)
                and "id" in item
                and "value" in item
                and item.get("type") == "item"
            ):
                item = item["value"]
            texts += block_texts(children, item)
    elif kind == "stream":
        if isinstance(value, str):
            value = json.loads(value) if value else []
        for block in value if isinstance(value, list) else []:
            if isinstance(block, dict) and block.get("type") in children:
                texts += block_texts(children[block["type"]], block.get("value"))
    return texts


def body_text(parts: list[tuple]) -> str:
    """A document's body: the texts of its parts, ``(schema, raw value)`` pairs in the
    page type's order (``search_body``), empty ones left out, a line each."""
    texts: list[str] = []
    for schema, value in parts:
        texts += block_texts(schema, value)
    return "\n".join(text for text in texts if text)
