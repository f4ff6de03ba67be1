"""Serializer fields for the public API's ``api_fields`` (see ``home.api``).

Kept apart from the API views so that models can import them: this module needs only
Django REST framework, not Wagtail's API views (which load models at import time).
"""

from rest_framework.fields import Field

from .localization import localize_terms


class PageAwareField(Field):
    """A read-only field that reads its value from the whole page (``source`` names the
    attribute), so that it can show terms in the page's language."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def get_attribute(self, instance):
        return instance


class LocalizedTermsField(PageAwareField):
    """Vocabulary terms of a page (a many-to-many relation, or a foreign key with
    ``many=False``), in the page's language, as ``{code, name}``: ``code`` is the term's
    stable code (``slug`` for topics), the same in every language.

    Translations link the source language's terms; this swaps them for their
    translations with one query per field. On an inline object of a page (a service's
    location) the page's language is used."""

    def __init__(self, code_attribute: str = "code", many: bool = True, **kwargs):
        self.code_attribute = code_attribute
        self.many = many
        super().__init__(**kwargs)

    def to_representation(self, instance):
        value = getattr(instance, self.source)
        locale = self.locale_of(instance)
        if not self.many:
            if value is None:
                return None
            return self.term(localize_terms([value], locale)[(type(value), value.pk)])
        terms = list(value.all())
        localized = localize_terms(terms, locale)
        return [self.term(localized[(type(term), term.pk)]) for term in terms]

    @staticmethod
    def locale_of(instance):
        while not hasattr(instance, "locale_id"):
            instance = instance.page
        return instance.locale

    def term(self, term) -> dict:
        return {self.code_attribute: getattr(term, self.code_attribute), "name": term.name}


class AuthorsField(PageAwareField):
    """An article's byline: the authors' public names and roles, in the page's language.
    Authors are editorial snippets, never user accounts."""

    def to_representation(self, page):
        return [{"name": author.name, "role": author.role} for author in page.get_authors()]
