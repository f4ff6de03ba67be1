"""The catalogue's vocabularies as HSDS taxonomies.

Each vocabulary is one taxonomy; each term (in the default language, where pages link
them) is one taxonomy term. Ids are uuid5 of the vocabulary key and the term's stable
code, so they never change and never depend on database keys. Two "service features"
(free of charge, usable with company welfare credit) are fixed terms that stand for
boolean fields of a service.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings

from wagtail.models import Locale

from . import derived_id

FREE_OF_CHARGE = "free-of-charge"
WELFARE_CREDIT = "welfare-credit"


@dataclass(frozen=True)
class Vocabulary:
    key: str
    link_type: str
    names: dict[str, str]
    descriptions: dict[str, str]
    model_label: str | None = None
    code_field: str = "code"
    fixed_terms: dict[str, dict[str, str]] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return derived_id("taxonomy", self.key)

    def term_id(self, code: str) -> str:
        return derived_id("term", self.key, code)

    @property
    def model(self):
        return apps.get_model(self.model_label) if self.model_label else None

    def name(self, language: str) -> str:
        return self.names.get(language, self.names[settings.LANGUAGE_CODE])

    def as_hsds(self, language: str) -> dict:
        return {
            "id": self.id,
            "name": self.name(language),
            "description": self.descriptions.get(
                language, self.descriptions[settings.LANGUAGE_CODE]
            ),
        }


VOCABULARIES = [
    Vocabulary(
        key="service-category",
        link_type="service_category",
        names={"it": "Categorie di servizio", "en": "Service categories"},
        descriptions={
            "it": "Le categorie del modello nazionale per i siti dei Comuni, con le "
            "sottocategorie di salute e assistenza.",
            "en": "The categories of the national model for municipal websites, with "
            "sub-categories for health and assistance.",
        },
        model_label="catalogue.ServiceCategory",
    ),
    Vocabulary(
        key="topic",
        link_type="topic",
        names={"it": "Argomenti", "en": "Topics"},
        descriptions={
            "it": "Il vocabolario controllato condiviso da articoli e servizi.",
            "en": "The controlled vocabulary shared by articles and services.",
        },
        model_label="articles.Topic",
        code_field="slug",
    ),
    Vocabulary(
        key="target-group",
        link_type="target_group",
        names={"it": "Destinatari", "en": "Target groups"},
        descriptions={
            "it": "Le persone a cui un servizio è rivolto.",
            "en": "Who a service is for.",
        },
        model_label="catalogue.TargetGroup",
    ),
    Vocabulary(
        key="pillar",
        link_type="pillar",
        names={"it": "Pilastri del welfare", "en": "Welfare pillars"},
        descriptions={
            "it": "Chi offre il servizio: welfare pubblico, aziendale o territoriale.",
            "en": "Who provides the service: public, corporate or community welfare.",
        },
        model_label="catalogue.Pillar",
    ),
    Vocabulary(
        key="municipality",
        link_type="municipality",
        names={"it": "Comuni (ISTAT)", "en": "Municipalities (ISTAT)"},
        descriptions={
            "it": "I Comuni dell'elenco ufficiale ISTAT: aree servite e sedi.",
            "en": "Municipalities from ISTAT's official list: areas served and locations.",
        },
        model_label="catalogue.Municipality",
    ),
    Vocabulary(
        key="accessibility",
        link_type="accessibility",
        names={"it": "Accessibilità delle sedi", "en": "Location accessibility"},
        descriptions={
            "it": "Le caratteristiche di accessibilità delle sedi.",
            "en": "Accessibility features of locations.",
        },
        model_label="catalogue.AccessibilityFeature",
    ),
    Vocabulary(
        key="service-feature",
        link_type="service_feature",
        names={"it": "Caratteristiche del servizio", "en": "Service features"},
        descriptions={
            "it": "Gratuità e uso del credito welfare aziendale.",
            "en": "Free of charge, and usable with company welfare credit.",
        },
        fixed_terms={
            FREE_OF_CHARGE: {"it": "Gratuito", "en": "Free of charge"},
            WELFARE_CREDIT: {
                "it": "Utilizzabile con il credito welfare aziendale",
                "en": "Usable with company welfare credit",
            },
        },
    ),
]
VOCABULARY_BY_KEY = {vocabulary.key: vocabulary for vocabulary in VOCABULARIES}
VOCABULARY_BY_ID = {vocabulary.id: vocabulary for vocabulary in VOCABULARIES}
FEATURES = VOCABULARY_BY_KEY["service-feature"]


def vocabulary_for(obj) -> Vocabulary:
    label = obj._meta.label
    return next(vocabulary for vocabulary in VOCABULARIES if vocabulary.model_label == label)


@dataclass(frozen=True)
class Term:
    """One taxonomy term, named in ``language``."""

    vocabulary: Vocabulary
    code: str
    name: str
    description: str
    language: str
    parent_code: str | None = None
    obj: object = None  # the term in the default language (None for fixed terms)

    @property
    def id(self) -> str:
        return self.vocabulary.term_id(self.code)

    def as_hsds(self) -> dict:
        data = {
            "id": self.id,
            "code": self.code,
            "name": self.name,
            "description": self.description,
            "taxonomy": self.vocabulary.name(self.language),
            "taxonomy_id": self.vocabulary.id,
            "language": self.language,
        }
        if self.parent_code:
            data["parent_id"] = self.vocabulary.term_id(self.parent_code)
        return data


def term(source, shown=None, *, language: str, parent_code: str | None = None) -> Term:
    """The term for ``source`` (a vocabulary object in the default language), named as
    ``shown`` (its translation in ``language``, or itself)."""
    vocabulary = vocabulary_for(source)
    shown = shown or source
    description = getattr(shown, "description", "") or shown.name
    if vocabulary.key == "municipality":
        description = f"{shown.name} ({source.province}), ISTAT {source.istat_code}"
    if parent_code is None and getattr(source, "parent_id", None):
        parent_code = source.parent.code
    return Term(
        vocabulary=vocabulary,
        code=getattr(source, vocabulary.code_field),
        name=shown.name,
        description=description,
        language=language,
        parent_code=parent_code,
        obj=source,
    )


def feature(code: str, language: str) -> Term:
    names = FEATURES.fixed_terms[code]
    name = names.get(language, names[settings.LANGUAGE_CODE])
    return Term(vocabulary=FEATURES, code=code, name=name, description=name, language=language)


def all_terms(locale: Locale, vocabularies=VOCABULARIES) -> list[Term]:
    """Every term of ``vocabularies``, named in ``locale``: two queries per vocabulary
    (one in the default language), whatever the number of terms."""
    default = Locale.get_default()
    language = locale.language_code
    terms: list[Term] = []
    for vocabulary in vocabularies:
        if vocabulary.fixed_terms:
            terms += [feature(code, language) for code in vocabulary.fixed_terms]
            continue
        model = vocabulary.model
        sources = list(model.objects.filter(locale=default).order_by(vocabulary.code_field))
        codes = {obj.pk: getattr(obj, vocabulary.code_field) for obj in sources}
        shown = {}
        if locale.pk != default.pk:
            shown = {obj.translation_key: obj for obj in model.objects.filter(locale=locale)}
        terms += [
            term(
                obj,
                shown.get(obj.translation_key),
                language=language,
                parent_code=codes.get(getattr(obj, "parent_id", None)),
            )
            for obj in sources
        ]
    return terms


def terms_by_id(locale: Locale | None = None) -> dict[str, Term]:
    """Every term by its HSDS id (for filters and for the importer)."""
    return {term.id: term for term in all_terms(locale or Locale.get_default())}
