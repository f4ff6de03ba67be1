"""Rich text in and out of HSDS.

HSDS text fields are plain text; the profile's ``rich_text`` extension carries the
editors' formatting, with internal links expanded to addresses and without the editor's
block keys. Imported HTML goes through the editor's own converter, so only what the
editor allows (bold, italic, links, lists, paragraphs) is stored.
"""

import html
import re

from django.utils.html import strip_tags

from wagtail.rich_text import expand_db_html

from home.blocks import RICH_TEXT_FEATURES

# Joins many fields for one expansion (one query per link type for a whole batch).
_SPLIT = "<!--hsds-split-->"
_BLOCK_KEY = re.compile(r'\s+data-block-key="[^"]*"')
_LINE_BREAK = re.compile(r"<br\s*/?>|</li>|</ul>|</ol>", re.IGNORECASE)
_PARAGRAPH_END = re.compile(r"</(p|h\d|blockquote)>", re.IGNORECASE)
_LIST_ITEM = re.compile(r"<li(\s[^>]*)?>", re.IGNORECASE)
_TAG = re.compile(r"(<[^>]*>)")


def expand_many(values) -> dict[str, str]:
    """Each rich text value of ``values`` (database format) as public HTML."""
    unique = list(dict.fromkeys(value for value in values if value))
    if not unique:
        return {}
    expanded = expand_db_html(_SPLIT.join(unique)).split(_SPLIT)
    if len(expanded) != len(unique):  # a value contained the separator itself
        expanded = [expand_db_html(value) for value in unique]
    return {raw: _canonical(out) for raw, out in zip(unique, expanded, strict=True)}


def _canonical(value: str) -> str:
    """Without the editor's block keys, and text escaped as the editor escapes it (only
    &, < and >), so that content made in code and content made in the editor, or read
    back by the importer, come out the same."""
    parts = _TAG.split(_BLOCK_KEY.sub("", value))
    return "".join(
        part if part.startswith("<") else html.escape(html.unescape(part), quote=False)
        for part in parts
    )


def plain_text(value: str) -> str:
    """Readable plain text of public HTML: paragraphs separated by a blank line, list
    items on their own lines."""
    if not value:
        return ""
    text = _LIST_ITEM.sub("- ", value)
    text = _PARAGRAPH_END.sub("\n\n", text)
    text = _LINE_BREAK.sub("\n", text)
    text = html.unescape(strip_tags(text))
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def paragraphs(text: str) -> str:
    """HTML paragraphs for plain text (blank lines between paragraphs)."""
    blocks = [block.strip() for block in re.split(r"\n\s*\n", text or "") if block.strip()]
    return "".join(
        "<p>" + "<br/>".join(html.escape(line.strip()) for line in block.splitlines()) + "</p>"
        for block in blocks
    )


def sanitize(value: str) -> str:
    """Imported HTML as the editor would have stored it: anything the editor does not
    allow (scripts, images, unsafe links, attributes) is dropped."""
    from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter

    if not value or not value.strip():
        return ""
    converter = ContentstateConverter(features=RICH_TEXT_FEATURES)
    return converter.to_database_format(converter.from_database_format(value))


def public(value: str) -> str:
    """One stored value as it is exported (for comparisons; the API uses expand_many)."""
    return expand_many([value]).get(value, "")
