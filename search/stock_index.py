"""What Wagtail's stock search index (the admin's page search) reads from our pages.

PostgreSQL's text parser reads ``<`` as the start of a tag or comment, and on text such as
``<!--`` repeated it takes quadratic time: 14 s for 120 KB, inside the transaction that
publishes the page (a provider's listing with that in a long field held its publish for
over a minute). A ``<`` means nothing to a search, so the long fields reach the stock index
without it. The portal search (``search.analysis``) tokenises text itself and is not
affected.
"""

from wagtail.search import index


def _without_angle_brackets(value):
    if isinstance(value, str):
        return value.replace("<", " ")
    if isinstance(value, list | tuple):
        return [_without_angle_brackets(item) for item in value]
    return value


class LongTextSearchField(index.SearchField):
    """A ``SearchField`` for free text of any length (rich text, StreamField, long text)."""

    def get_value(self, obj):
        return _without_angle_brackets(super().get_value(obj))
