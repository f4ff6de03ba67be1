"""Catalogue pages: the index at /servizi/, one page per provider, its services."""

import uuid

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.images import get_image_model
from wagtail.images.api.fields import ImageRenditionField
from wagtail.models import Orderable, PageManager, TranslatableMixin
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from articles.models import Topic
from home.api_fields import LocalizedTermsField
from home.blocks import RICH_TEXT_FEATURES
from home.models import BasePage
from portal.cache import children_tag, related_tag, type_tag
from search.panels import RelatedSuggestionsPanel
from search.stock_index import LongTextSearchField

from ..validators import validate_codice_fiscale, validate_partita_iva, validate_runts_number
from .taxonomy import (
    AccessibilityFeature,
    Municipality,
    Pillar,
    ServiceCategory,
    TargetGroup,
    source_locale_only,
)

LEGAL_STATUS_CHOICES = [
    ("public_body", _("Ente pubblico")),
    ("social_cooperative", _("Cooperativa sociale")),
    ("third_sector", _("Ente del terzo settore")),
    ("company", _("Impresa")),
    ("health_provider", _("Struttura sanitaria")),
]

STATUS_ACTIVE = "active"
STATUS_CHOICES = [
    (STATUS_ACTIVE, _("Attivo")),
    ("temporarily_closed", _("Temporaneamente sospeso")),
    ("inactive", _("Non attivo")),
    ("defunct", _("Cessato")),
]

WEEKDAY_CHOICES = [
    (0, _("lunedì")),
    (1, _("martedì")),
    (2, _("mercoledì")),
    (3, _("giovedì")),
    (4, _("venerdì")),
    (5, _("sabato")),
    (6, _("domenica")),
]

LANGUAGE_CHOICES = [
    ("it", _("italiano")),
    ("en", _("inglese")),
    ("fr", _("francese")),
    ("de", _("tedesco")),
    ("es", _("spagnolo")),
    ("ro", _("romeno")),
    ("ar", _("arabo")),
    ("zh", _("cinese")),
    ("uk", _("ucraino")),
    ("sq", _("albanese")),
    ("lis", _("lingua dei segni italiana (LIS)")),
]

CURRENCY = "EUR"


class CatalogueIndexPage(BasePage):
    parent_page_types = ["home.HomePage"]
    subpage_types = ["catalogue.ProviderPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("catalogo dei servizi")
        verbose_name_plural = _("cataloghi dei servizi")

    def cache_dependencies(self) -> set[str]:
        # Services anywhere under it, with their providers.
        return {type_tag(ServicePage), type_tag(ProviderPage)}

    def get_context(self, request, *args, **kwargs):
        from ..filters import CatalogueSearch

        context = super().get_context(request, *args, **kwargs)
        context["catalogue"] = CatalogueSearch(self, request.GET)
        return context


class ProviderPage(BasePage):
    # The Open Referral (HSDS) identifier, stable across exports, imports and edits; only
    # the page in the default language publishes it (see catalogue.hsds). Copies and
    # translations get their own. Not unique in the database: Wagtail's aliases copy every
    # field of their original, this one included.
    hsds_id = models.UUIDField(
        _("identificativo Open Referral"), default=uuid.uuid4, editable=False, db_index=True
    )
    legal_status = models.CharField(
        _("natura giuridica"), max_length=30, choices=LEGAL_STATUS_CHOICES
    )
    pillar = models.ForeignKey(
        Pillar,
        verbose_name=_("pilastro"),
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to=source_locale_only,
    )
    description = RichTextField(_("descrizione"), features=RICH_TEXT_FEATURES, blank=True)
    website = models.URLField(_("sito web"), blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("telefono"), max_length=40, blank=True)
    codice_fiscale = models.CharField(
        _("codice fiscale"), max_length=16, blank=True, validators=[validate_codice_fiscale]
    )
    partita_iva = models.CharField(
        _("partita IVA"), max_length=11, blank=True, validators=[validate_partita_iva]
    )
    runts_number = models.CharField(
        _("numero di iscrizione al RUNTS"),
        max_length=10,
        blank=True,
        validators=[validate_runts_number],
        help_text=_("Solo per gli enti del terzo settore."),
    )
    logo = models.ForeignKey(
        get_image_model(),
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    parent_page_types = ["catalogue.CatalogueIndexPage"]
    subpage_types = ["catalogue.ServicePage"]
    exclude_fields_in_copy = ["hsds_id"]

    search_fields = [*BasePage.search_fields, LongTextSearchField("description")]
    override_translatable_fields = [
        SynchronizedField("pillar"),
        SynchronizedField("phone"),
        SynchronizedField("codice_fiscale"),
        SynchronizedField("partita_iva"),
        SynchronizedField("runts_number"),
    ]
    content_panels = [
        *BasePage.content_panels,
        FieldRowPanel([FieldPanel("legal_status"), FieldPanel("pillar")]),
        FieldPanel("description"),
        MultiFieldPanel(
            [FieldPanel("website"), FieldPanel("email"), FieldPanel("phone")],
            heading=_("Contatti"),
        ),
        MultiFieldPanel(
            [FieldPanel("codice_fiscale"), FieldPanel("partita_iva"), FieldPanel("runts_number")],
            heading=_("Identificativi"),
        ),
        FieldPanel("logo"),
    ]

    search_kind = "provider"
    # The public API (/api/v2/pages/): what the provider page shows.
    api_fields = [
        APIField("introduction"),
        APIField("legal_status"),
        APIField("pillar", serializer=LocalizedTermsField(many=False)),
        APIField("description"),
        APIField("website"),
        APIField("email"),
        APIField("phone"),
        APIField("codice_fiscale"),
        APIField("partita_iva"),
        APIField("runts_number"),
        APIField("logo", serializer=ImageRenditionField("max-240x120")),
    ]
    search_body = ("description",)
    search_facets = (("pillar", "pillar__code"),)

    class Meta:
        verbose_name = _("ente erogatore")
        verbose_name_plural = _("enti erogatori")

    def clean(self):
        super().clean()
        if self.codice_fiscale:
            self.codice_fiscale = self.codice_fiscale.upper().strip()
        if self.runts_number and self.legal_status != "third_sector":
            raise ValidationError(
                {"runts_number": _("Il numero RUNTS riguarda solo gli enti del terzo settore.")}
            )

    def cache_dependencies(self) -> set[str]:
        return {children_tag(self.path)}

    def get_context(self, request, *args, **kwargs):
        from ..listing import attach_display_terms

        context = super().get_context(request, *args, **kwargs)
        services = list(ServicePage.objects.for_listing().child_of(self))
        context["services"] = attach_display_terms(services, self.locale)
        context["pillar"] = self.localized_term(self.pillar)
        return context

    def localized_term(self, term):
        from home.localization import localized_objects

        return localized_objects([term], self.locale)[0] if term else None


# Articles shown under "Approfondimenti" on a service page.
EXPLAINERS_SHOWN = 3


class ServicePageQuerySet(PageQuerySet):
    def for_listing(self):
        """Live, public services with what a listing card shows, in a fixed number of
        queries whatever the number of services."""
        return (
            self.live()
            .public()
            .select_related("category", "pillar", "locale")
            .prefetch_related("target_groups", "topics")
            .order_by("title", "pk")
        )


ServicePageManager = PageManager.from_queryset(ServicePageQuerySet)


class ServicePage(BasePage):
    """A welfare service, with the sections of the national model for service pages and
    the fields Open Referral HSDS exchanges (see docs in DOMAIN.md)."""

    # The Open Referral (HSDS) identifier, stable across exports, imports and edits; only
    # the page in the default language publishes it (see catalogue.hsds). Copies and
    # translations get their own. Not unique in the database: Wagtail's aliases copy every
    # field of their original, this one included.
    hsds_id = models.UUIDField(
        _("identificativo Open Referral"), default=uuid.uuid4, editable=False, db_index=True
    )
    status = models.CharField(
        _("stato"), max_length=30, choices=STATUS_CHOICES, default=STATUS_ACTIVE
    )
    status_reason = models.CharField(
        _("motivo dello stato"),
        max_length=300,
        blank=True,
        help_text=_("Obbligatorio se il servizio non è attivo: spiega perché e fino a quando."),
    )
    description = RichTextField(_("descrizione"), features=RICH_TEXT_FEATURES, blank=True)
    audience = RichTextField(_("a chi è rivolto"), features=RICH_TEXT_FEATURES)
    min_age = models.PositiveSmallIntegerField(
        _("età minima"), null=True, blank=True, validators=[MaxValueValidator(120)]
    )
    max_age = models.PositiveSmallIntegerField(
        _("età massima"), null=True, blank=True, validators=[MaxValueValidator(120)]
    )
    how_to = RichTextField(_("come fare"), features=RICH_TEXT_FEATURES)
    outcome = RichTextField(_("cosa si ottiene"), features=RICH_TEXT_FEATURES)
    times = RichTextField(_("tempi e scadenze"), features=RICH_TEXT_FEATURES, blank=True)
    online_url = models.URLField(_("servizio online"), blank=True)
    booking_url = models.URLField(_("prenotazione online"), blank=True)
    phone = models.CharField(_("telefono"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    desk = models.TextField(
        _("sportello"), blank=True, help_text=_("Dove andare di persona e come.")
    )
    is_free = models.BooleanField(_("gratuito"), default=False)
    cost_description = models.TextField(_("quanto costa"), blank=True)
    welfare_credit = models.BooleanField(
        _("utilizzabile con il credito welfare aziendale"), default=False
    )
    conditions = RichTextField(_("condizioni di servizio"), features=RICH_TEXT_FEATURES)
    further_information = RichTextField(
        _("ulteriori informazioni"), features=RICH_TEXT_FEATURES, blank=True
    )
    category = models.ForeignKey(
        ServiceCategory,
        verbose_name=_("categoria"),
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to=source_locale_only,
    )
    pillar = models.ForeignKey(
        Pillar,
        verbose_name=_("pilastro"),
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to=source_locale_only,
    )
    topics = ParentalManyToManyField(
        Topic, verbose_name=_("argomenti"), blank=True, limit_choices_to=source_locale_only
    )
    target_groups = ParentalManyToManyField(
        TargetGroup, verbose_name=_("destinatari"), blank=True, limit_choices_to=source_locale_only
    )
    municipalities = ParentalManyToManyField(
        Municipality,
        verbose_name=_("comuni serviti"),
        blank=True,
        limit_choices_to=source_locale_only,
    )
    verified_on = models.DateField(
        _("verificato il"),
        help_text=_("L'ultima volta che l'ente ha confermato che le informazioni sono esatte."),
    )

    objects = ServicePageManager()

    parent_page_types = ["catalogue.ProviderPage"]
    subpage_types = []
    exclude_fields_in_copy = ["hsds_id"]

    search_fields = [
        *BasePage.search_fields,
        LongTextSearchField("description"),
        LongTextSearchField("audience"),
        LongTextSearchField("how_to"),
        LongTextSearchField("outcome"),
        index.FilterField("status"),
        index.FilterField("is_free"),
        index.RelatedFields("category", [index.SearchField("name")]),
    ]

    content_panels = [
        *BasePage.content_panels,
        FieldRowPanel([FieldPanel("status"), FieldPanel("status_reason")]),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("audience"),
                FieldRowPanel([FieldPanel("min_age"), FieldPanel("max_age")]),
                FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("A chi è rivolto"),
        ),
        FieldPanel("how_to"),
        InlinePanel("documents", label=_("Cosa serve")),
        FieldPanel("outcome"),
        FieldPanel("times"),
        FieldPanel("conditions"),
        FieldPanel("further_information"),
    ]
    access_panels = [
        MultiFieldPanel(
            [
                FieldPanel("online_url"),
                FieldPanel("booking_url"),
                FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
                FieldPanel("desk"),
            ],
            heading=_("Accedi al servizio"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("is_free"),
                FieldPanel("cost_description"),
                InlinePanel("cost_options", label=_("Tariffe")),
                FieldPanel("welfare_credit"),
            ],
            heading=_("Quanto costa"),
        ),
        InlinePanel("contacts", label=_("Contatti")),
        InlinePanel("languages", label=_("Lingue parlate")),
    ]
    location_panels = [
        FieldPanel("municipalities", widget=forms.SelectMultiple),
        InlinePanel("locations", label=_("Sedi")),
    ]
    classification_panels = [
        FieldPanel("category"),
        FieldPanel("pillar"),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        FieldPanel("verified_on"),
        RelatedSuggestionsPanel(heading=_("Approfondimenti suggeriti")),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Contenuto")),
            ObjectList(access_panels, heading=_("Accesso e costi")),
            ObjectList(location_panels, heading=_("Sedi e orari")),
            ObjectList(classification_panels, heading=_("Classificazione")),
            ObjectList(BasePage.promote_panels, heading=_("Promozione")),
            ObjectList(BasePage.settings_panels, heading=_("Impostazioni")),
        ]
    )

    override_translatable_fields = [
        SynchronizedField("topics"),
        SynchronizedField("target_groups"),
        SynchronizedField("municipalities"),
        SynchronizedField("category"),
        SynchronizedField("pillar"),
        SynchronizedField("phone"),
    ]

    search_kind = "service"
    # The public API (/api/v2/pages/): what the service page shows, in its order. Inline
    # objects (documents, costs, contacts, languages, locations) name their own api_fields.
    api_fields = [
        APIField("introduction"),
        APIField("status"),
        APIField("status_reason"),
        APIField("description"),
        APIField("category", serializer=LocalizedTermsField(many=False)),
        APIField("pillar", serializer=LocalizedTermsField(many=False)),
        APIField("audience"),
        APIField("min_age"),
        APIField("max_age"),
        APIField("target_groups", serializer=LocalizedTermsField()),
        APIField("how_to"),
        APIField("documents"),
        APIField("outcome"),
        APIField("times"),
        APIField("online_url"),
        APIField("booking_url"),
        APIField("phone"),
        APIField("email"),
        APIField("desk"),
        APIField("is_free"),
        APIField("cost_description"),
        APIField("cost_options"),
        APIField("welfare_credit"),
        APIField("conditions"),
        APIField("further_information"),
        APIField("contacts"),
        APIField("languages"),
        APIField("municipalities", serializer=LocalizedTermsField()),
        APIField("locations"),
        APIField("topics", serializer=LocalizedTermsField(code_attribute="slug")),
        APIField("verified_on"),
        APIField("last_published_at"),
    ]
    rating_enabled = True
    search_body = (
        "description",
        "audience",
        "how_to",
        "outcome",
        "times",
        "conditions",
        "further_information",
        "desk",
        "cost_description",
        "documents__name",
    )
    search_facets = (
        ("category", "category__code"),
        ("pillar", "pillar__code"),
        ("category", "category__parent__code"),
        ("topic", "topics__slug"),
        ("municipality", "municipalities__code"),
    )

    class Meta:
        verbose_name = _("servizio")
        verbose_name_plural = _("servizi")

    @property
    def is_active(self) -> bool:
        return self.status == STATUS_ACTIVE

    def clean(self):
        super().clean()
        errors = {}
        if not self.introduction.strip():
            errors["introduction"] = _("Scrivi una breve descrizione del servizio.")
        if self.status != STATUS_ACTIVE and not self.status_reason.strip():
            errors["status_reason"] = _("Spiega perché il servizio non è attivo.")
        if not self.is_free and not self.cost_description.strip():
            errors["cost_description"] = _(
                "Indica quanto costa il servizio, oppure segnalo come gratuito."
            )
        if self.min_age is not None and self.max_age is not None and self.min_age > self.max_age:
            errors["max_age"] = _("L'età massima non può essere inferiore all'età minima.")
        channels = [self.online_url, self.booking_url, self.phone, self.email, self.desk.strip()]
        if self.status == STATUS_ACTIVE and not any(channels):
            errors["phone"] = _(
                "Indica almeno un modo per accedere al servizio: online, prenotazione, "
                "telefono, e-mail o sportello."
            )
        if errors:
            raise ValidationError(errors)

    def cache_dependencies(self) -> set[str]:
        # Its provider is loaded; a new suggested article purges this.
        return {related_tag(self.pk)}

    def get_context(self, request, *args, **kwargs):
        from search.related import stored_suggestions

        from ..listing import service_page_context

        context = super().get_context(request, *args, **kwargs)
        context.update(service_page_context(self))
        context["explainers"] = stored_suggestions(self, request, EXPLAINERS_SHOWN).get(
            "article", []
        )
        return context


class TranslatableOrderable(TranslatableMixin, Orderable):
    """An inline item translated with its page: wagtail-localize extracts its text, and
    its locale follows the page's."""

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order"]


class ServiceDocument(TranslatableOrderable):
    page = ParentalKey(ServicePage, on_delete=models.CASCADE, related_name="documents")
    name = models.CharField(_("documento"), max_length=255)
    url = models.URLField(_("indirizzo del modulo"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("url")]
    api_fields = [APIField("name"), APIField("url")]

    class Meta(TranslatableOrderable.Meta):
        verbose_name = _("documento richiesto")
        verbose_name_plural = _("documenti richiesti")


class ServiceCostOption(TranslatableOrderable):
    page = ParentalKey(ServicePage, on_delete=models.CASCADE, related_name="cost_options")
    option = models.CharField(_("voce"), max_length=200)
    amount = models.DecimalField(
        _("importo (EUR)"),
        max_digits=9,
        decimal_places=2,
        validators=[MinValueValidator(0)],
    )
    amount_description = models.CharField(_("note"), max_length=300, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("option"), FieldPanel("amount")]),
        FieldPanel("amount_description"),
    ]
    api_fields = [APIField("option"), APIField("amount"), APIField("amount_description")]

    class Meta(TranslatableOrderable.Meta):
        verbose_name = _("tariffa")
        verbose_name_plural = _("tariffe")


class ServiceContact(TranslatableOrderable):
    page = ParentalKey(ServicePage, on_delete=models.CASCADE, related_name="contacts")
    name = models.CharField(_("nome o ufficio"), max_length=200)
    role = models.CharField(_("ruolo"), max_length=200, blank=True)
    phone = models.CharField(_("telefono"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)

    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("role"),
        SynchronizedField("phone"),
        SynchronizedField("email"),
    ]
    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("role")]),
        FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
    ]
    api_fields = [APIField("name"), APIField("role"), APIField("phone"), APIField("email")]

    class Meta(TranslatableOrderable.Meta):
        verbose_name = _("contatto")
        verbose_name_plural = _("contatti")


class ServiceLanguage(Orderable):
    page = ParentalKey(ServicePage, on_delete=models.CASCADE, related_name="languages")
    code = models.CharField(_("lingua"), max_length=3, choices=LANGUAGE_CHOICES)

    panels = [FieldPanel("code")]
    api_fields = [APIField("code")]

    class Meta(Orderable.Meta):
        verbose_name = _("lingua")
        verbose_name_plural = _("lingue")
        unique_together = [("page", "code")]


class ServiceLocation(Orderable, ClusterableModel):
    page = ParentalKey(ServicePage, on_delete=models.CASCADE, related_name="locations")
    name = models.CharField(_("nome della sede"), max_length=200)
    address = models.CharField(_("indirizzo"), max_length=255)
    postcode = models.CharField(_("CAP"), max_length=5, blank=True)
    municipality = models.ForeignKey(
        Municipality,
        verbose_name=_("comune"),
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to=source_locale_only,
    )
    latitude = models.DecimalField(
        _("latitudine"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("longitudine"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    accessibility = ParentalManyToManyField(
        AccessibilityFeature,
        verbose_name=_("accessibilità"),
        blank=True,
        limit_choices_to=source_locale_only,
    )

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("address"), FieldPanel("postcode"), FieldPanel("municipality")]),
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
        FieldPanel("accessibility", widget=forms.CheckboxSelectMultiple),
        InlinePanel("opening_hours", label=_("Orari settimanali")),
        InlinePanel("closures", label=_("Chiusure straordinarie")),
    ]
    api_fields = [
        APIField("name"),
        APIField("address"),
        APIField("postcode"),
        APIField("municipality", serializer=LocalizedTermsField(many=False)),
        APIField("latitude"),
        APIField("longitude"),
        APIField("accessibility", serializer=LocalizedTermsField()),
        APIField("opening_hours"),
        APIField("closures"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("sede")
        verbose_name_plural = _("sedi")

    def __str__(self) -> str:
        return self.name


class OpeningHours(Orderable):
    location = ParentalKey(ServiceLocation, on_delete=models.CASCADE, related_name="opening_hours")
    weekday = models.PositiveSmallIntegerField(_("giorno"), choices=WEEKDAY_CHOICES)
    opens = models.TimeField(_("apre alle"))
    closes = models.TimeField(_("chiude alle"))

    panels = [FieldRowPanel([FieldPanel("weekday"), FieldPanel("opens"), FieldPanel("closes")])]
    api_fields = [APIField("weekday"), APIField("opens"), APIField("closes")]

    class Meta(Orderable.Meta):
        verbose_name = _("orario")
        verbose_name_plural = _("orari")

    def clean(self):
        if self.opens and self.closes and self.opens >= self.closes:
            raise ValidationError({"closes": _("L'orario di chiusura deve seguire l'apertura.")})


class ClosureException(Orderable):
    location = ParentalKey(ServiceLocation, on_delete=models.CASCADE, related_name="closures")
    date = models.DateField(_("data"))
    reason = models.CharField(_("motivo"), max_length=200, blank=True)

    panels = [FieldRowPanel([FieldPanel("date"), FieldPanel("reason")])]
    api_fields = [APIField("date"), APIField("reason")]

    class Meta(Orderable.Meta):
        verbose_name = _("chiusura straordinaria")
        verbose_name_plural = _("chiusure straordinarie")
        ordering = ["date"]
