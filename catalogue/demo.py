"""Demo catalogue: vocabularies, ISTAT municipalities, providers and their services,
with English translations made through wagtail-localize."""

import datetime
import html
from decimal import Decimal

from wagtail.models import Locale

from articles.models import Topic
from home.models import HomePage
from home.translation import publish_translation

from .demo_data import (
    ACCESSIBILITY_FEATURES,
    PILLARS,
    PROVIDERS,
    SERVICE_CATEGORIES,
    TARGET_GROUPS,
)
from .factories import CatalogueIndexPageFactory
from .models import (
    AccessibilityFeature,
    CatalogueIndexPage,
    ClosureException,
    Municipality,
    OpeningHours,
    Pillar,
    ProviderPage,
    ServiceCategory,
    ServiceContact,
    ServiceCostOption,
    ServiceDocument,
    ServiceLanguage,
    ServiceLocation,
    ServicePage,
    TargetGroup,
)
from .municipalities import import_municipalities
from .providers import create_provider, ensure_catalogue_workflow
from .validators import numeric_check_digit

INDEX_TEXTS = {
    "title": ("Servizi", "Services"),
    "slug": ("servizi", "services"),
    "introduction": (
        "I servizi di welfare dei Comuni, dell'azienda sanitaria, del terzo settore e dei "
        "piani aziendali della rete: filtra per bisogno, comune e orario.",
        "Welfare services from the network's municipalities, health authority, third sector "
        "and company plans: filter by need, municipality and opening hours.",
    ),
}
# The demo provider whose staff can log in (see ``ensure_demo_provider_user``).
DEMO_PROVIDER_SLUG = "cooperativa-sociale-il-ponte"
DEMO_PROVIDER_PASSWORD = "ente-demo-2026"  # noqa: S105 - documented demo credentials
WEEKDAYS = {"mo": 0, "tu": 1, "we": 2, "th": 3, "fr": 4, "sa": 5, "su": 6}


def paragraph(text: str) -> str:
    return f"<p>{html.escape(text)}</p>" if text else ""


def demo_identifier(seed: int) -> str:
    """A well-formed 11-digit identifier (valid check digit) that is clearly a demo."""
    first_ten = f"99{seed:08d}"
    return first_ten + str(numeric_check_digit(first_ten))


def load_vocabularies(english: Locale) -> None:
    for model, rows in [
        (TargetGroup, TARGET_GROUPS),
        (Pillar, PILLARS),
        (AccessibilityFeature, ACCESSIBILITY_FEATURES),
    ]:
        for code, name_it, name_en in rows:
            term, _ = model.objects.get_or_create(
                code=code, locale=Locale.get_default(), defaults={"name": name_it}
            )
            if not term.has_translation(english):
                publish_translation(term, english, {name_it: name_en})
    for code, name_it, name_en, parent_code in SERVICE_CATEGORIES:
        parent = (
            ServiceCategory.objects.get(code=parent_code, locale=Locale.get_default())
            if parent_code
            else None
        )
        category, _ = ServiceCategory.objects.get_or_create(
            code=code,
            locale=Locale.get_default(),
            defaults={"name": name_it, "parent": parent},
        )
        if not category.has_translation(english):
            publish_translation(category, english, {name_it: name_en})
    import_municipalities("PD")


def ensure_index(home: HomePage, english: Locale) -> CatalogueIndexPage:
    index = CatalogueIndexPage.objects.child_of(home).first()
    if index is None:
        index = CatalogueIndexPageFactory(
            parent=home, show_in_menus=True, **{f: t[0] for f, t in INDEX_TEXTS.items()}
        )
        index.save_revision().publish()
    if not index.has_translation(english):
        publish_translation(index, english, dict(INDEX_TEXTS.values()))
    return index


def build_service(data: dict, terms: dict) -> ServicePage:
    """An unsaved ServicePage with all its inline items, from a demo record."""
    service = ServicePage(
        title=data["title"],
        slug=data["slug"],
        introduction=data["short_description"],
        status=data["status"],
        status_reason=data["status_reason"],
        audience=paragraph(data["audience"]),
        min_age=data["min_age"],
        max_age=data["max_age"],
        how_to=paragraph(data["how_to"]),
        outcome=paragraph(data["outcome"]),
        times=paragraph(data["times"]),
        online_url=data["online_url"],
        booking_url=data["booking_url"],
        phone=data["phone"],
        email=data["email"],
        desk=data["desk"],
        is_free=data["is_free"],
        cost_description=data["cost_description"],
        welfare_credit=data["welfare_credit"],
        conditions=paragraph(data["conditions"]),
        category=terms["category"][data["category"]],
        pillar=terms["pillar"][data["pillar"]],
        verified_on=datetime.date.fromisoformat(data["verified_on"]),
    )
    service.documents = [ServiceDocument(name=name) for name in data["documents"]]
    service.cost_options = [
        ServiceCostOption(option=label, amount=Decimal(amount), amount_description=note)
        for label, amount, note in data["cost_options"]
    ]
    if data["phone"] or data["email"]:
        service.contacts = [
            ServiceContact(name=data["provider_name"], phone=data["phone"], email=data["email"])
        ]
    service.languages = [ServiceLanguage(code=code) for code in data["languages"]]
    service.locations = [
        ServiceLocation(
            name=location["name"],
            address=location["address"],
            postcode=location["postcode"],
            municipality=terms["municipality"][location["municipality"]],
            latitude=Decimal(str(location["lat"])),
            longitude=Decimal(str(location["lon"])),
            accessibility=[terms["accessibility"][code] for code in location["accessibility"]],
            opening_hours=[
                OpeningHours(
                    weekday=WEEKDAYS[day],
                    opens=datetime.time.fromisoformat(opens),
                    closes=datetime.time.fromisoformat(closes),
                )
                for day, opens, closes in location["hours"]
            ],
            closures=[
                ClosureException(date=datetime.date.fromisoformat(day), reason=reason)
                for day, reason in location["closed"]
            ],
        )
        for location in data["locations"]
    ]
    service.topics = [terms["topic"][slug] for slug in data["topics"]]
    service.target_groups = [terms["target"][code] for code in data["target_groups"]]
    service.municipalities = [terms["municipality"][name] for name in data["municipalities"]]
    return service


def service_strings(data: dict) -> dict[str, str]:
    english = data["en"]
    pairs = [
        (data[key], english[key])
        for key in [
            "title",
            "slug",
            "short_description",
            "status_reason",
            "audience",
            "how_to",
            "outcome",
            "times",
            "desk",
            "cost_description",
            "conditions",
        ]
        if data[key] and english.get(key)
    ]
    pairs += zip(data["documents"], english["documents"], strict=True)
    for (label, _amount, note), (label_en, note_en) in zip(
        data["cost_options"], english["cost_options"], strict=True
    ):
        pairs += [(label, label_en), (note, note_en)]
    return dict(pair for pair in pairs if pair[0])


def create_demo_provider(index, data: dict, terms: dict, seed: int) -> ProviderPage:
    """A provider page filled from a demo record. The demo provider with staff is made
    the way editors onboard a real one, through ``create_provider``."""
    identifier = demo_identifier(seed)
    fields = {
        "introduction": data["description"],
        "legal_status": data["legal_status"],
        "pillar": terms["pillar"][data["pillar"]],
        "website": data["website"],
        "email": data["email"],
        "phone": data["phone"],
        "codice_fiscale": identifier,
        "partita_iva": "" if data["legal_status"] == "public_body" else identifier,
        "runts_number": f"{seed:06d}" if data["legal_status"] == "third_sector" else "",
    }
    if data["slug"] == DEMO_PROVIDER_SLUG:
        setup = create_provider(
            data["name"],
            data["email"],
            parent=index,
            legal_status=data["legal_status"],
            pillar_code=data["pillar"],
        )
        setup.user.set_password(DEMO_PROVIDER_PASSWORD)
        setup.user.save(update_fields=["password"])
        provider = setup.page
        for name, value in fields.items():
            setattr(provider, name, value)
        provider.slug = data["slug"]
        provider.save()
    else:
        provider = ProviderPage(title=data["name"], slug=data["slug"], **fields)
        index.add_child(instance=provider)
    provider.save_revision().publish()
    return provider


def demo_provider_login() -> tuple[str, str] | None:
    """The demo provider user's login, when the demo catalogue has one."""
    for data in PROVIDERS:
        if data["slug"] == DEMO_PROVIDER_SLUG:
            return data["email"].lower(), DEMO_PROVIDER_PASSWORD
    return None


def has_topics(service: ServicePage, slugs: list[str]) -> bool:
    return set(service.topics.values_list("slug", flat=True)) == set(slugs)


def load_catalogue(home: HomePage, italian: Locale, english: Locale) -> list[ServicePage]:
    load_vocabularies(english)
    index = ensure_index(home, english)
    ensure_catalogue_workflow()
    terms = {
        "category": {c.code: c for c in ServiceCategory.objects.filter(locale=italian)},
        "pillar": {p.code: p for p in Pillar.objects.filter(locale=italian)},
        "target": {t.code: t for t in TargetGroup.objects.filter(locale=italian)},
        "topic": {t.slug: t for t in Topic.objects.filter(locale=italian)},
        "accessibility": {a.code: a for a in AccessibilityFeature.objects.filter(locale=italian)},
        "municipality": {m.name: m for m in Municipality.objects.filter(locale=italian)},
    }
    services = []
    for seed, provider_data in enumerate(PROVIDERS, start=1):
        provider = ProviderPage.objects.child_of(index).filter(slug=provider_data["slug"]).first()
        if provider is None:
            provider = create_demo_provider(index, provider_data, terms, seed)
        translated_services = [s for s in provider_data["services"] if s["en"]]
        if translated_services and not provider.has_translation(english):
            publish_translation(
                provider,
                english,
                {provider_data["description"]: provider_data["en_description"]},
            )
        for service_data in provider_data["services"]:
            service = (
                ServicePage.objects.child_of(provider).filter(slug=service_data["slug"]).first()
            )
            if service is None:
                record = {
                    **service_data,
                    "pillar": provider_data["pillar"],
                    "provider_name": provider_data["name"],
                }
                service = build_service(record, terms)
                provider.add_child(instance=service)
                service.save_revision().publish()
            elif not has_topics(service, service_data["topics"]):
                # Loaded by an earlier version of the demo: its topics are brought up to
                # date in place (and, below, those of its translation).
                service.topics.set([terms["topic"][slug] for slug in service_data["topics"]])
                service.save_revision().publish()
            if service_data["en"]:
                translated = service.get_translation_or_none(english)
                if translated is None or not has_topics(translated, service_data["topics"]):
                    publish_translation(service, english, service_strings(service_data))
            services.append(service)
    return services
