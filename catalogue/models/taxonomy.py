"""The catalogue's controlled vocabularies: translatable snippets with stable codes.

Pages always link the terms of the source (default) language; translations show the
translated names (see ``home.localization``). Codes are the same in every language and
are what URLs, filters and data exchange use.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.localization import source_locale_only


class TaxonomyTerm(TranslatableMixin, index.Indexed, models.Model):
    code = models.SlugField(
        _("codice"),
        max_length=100,
        help_text=_("Codice stabile, uguale in tutte le lingue; compare negli indirizzi."),
    )
    name = models.CharField(_("nome"), max_length=150)

    translatable_fields = [TranslatableField("name"), SynchronizedField("code")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    panels = [FieldPanel("name"), FieldPanel("code")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]
        unique_together = [("translation_key", "locale"), ("code", "locale")]

    def __str__(self) -> str:
        return self.name


class ServiceCategory(TaxonomyTerm):
    parent = models.ForeignKey(
        "self",
        verbose_name=_("categoria principale"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
        limit_choices_to=source_locale_only,
        help_text=_("Solo per le sottocategorie."),
    )

    translatable_fields = [*TaxonomyTerm.translatable_fields, SynchronizedField("parent")]
    panels = [*TaxonomyTerm.panels, FieldPanel("parent")]

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("categoria di servizio")
        verbose_name_plural = _("categorie di servizio")


class TargetGroup(TaxonomyTerm):
    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("destinatari")
        verbose_name_plural = _("destinatari")


class Pillar(TaxonomyTerm):
    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("pilastro")
        verbose_name_plural = _("pilastri")


class AccessibilityFeature(TaxonomyTerm):
    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("caratteristica di accessibilità")
        verbose_name_plural = _("caratteristiche di accessibilità")


class Municipality(TaxonomyTerm):
    """An Italian municipality (comune) from ISTAT's list. ``code`` is the slug of its
    name; ``istat_code`` and ``cadastral_code`` are the official identifiers."""

    istat_code = models.CharField(_("codice ISTAT"), max_length=6)
    cadastral_code = models.CharField(_("codice catastale"), max_length=4)
    province = models.CharField(_("sigla della provincia"), max_length=2)
    postcodes = models.CharField(
        _("CAP"), max_length=200, blank=True, help_text=_("Separati da virgole.")
    )

    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("code"),
        SynchronizedField("istat_code"),
        SynchronizedField("cadastral_code"),
        SynchronizedField("province"),
        SynchronizedField("postcodes"),
    ]
    panels = [
        *TaxonomyTerm.panels,
        FieldPanel("istat_code"),
        FieldPanel("cadastral_code"),
        FieldPanel("province"),
        FieldPanel("postcodes"),
    ]

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("comune")
        verbose_name_plural = _("comuni")
