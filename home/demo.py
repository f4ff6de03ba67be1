"""Demo site skeleton: locales, the Italian home page and its English translation."""

from django.contrib.auth import get_user_model

from wagtail.models import Locale, Page, Site

from .factories import HomePageFactory
from .models import HomePage
from .translation import publish_translation

HOME_TEXTS = {
    "title": ("Welfare di comunità", "Community welfare"),
    "slug": ("home", "home-en"),
    "hero_title": ("Il welfare che costruiamo insieme", "The welfare we build together"),
    "hero_text": (
        "Comuni, cooperative sociali, associazioni e imprese della provincia di Padova mettono "
        "in rete servizi e competenze. Qui trovi spiegazioni chiare e i servizi del territorio.",
        "Municipalities, social cooperatives, associations and companies in the province of "
        "Padova pool their services and skills. Here you find clear explanations and the "
        "services available locally.",
    ),
    "introduction": (
        "Il portale della rete per il welfare collaborativo: articoli, servizi e sportelli.",
        "The network's portal for collaborative welfare: articles, services and help desks.",
    ),
}

DEMO_ADMIN_USERNAME = "admin"
DEMO_ADMIN_PASSWORD = "welfare-demo-2026"  # noqa: S105 - documented demo credentials


def ensure_locales() -> tuple[Locale, Locale]:
    italian, _ = Locale.objects.get_or_create(language_code="it")
    english, _ = Locale.objects.get_or_create(language_code="en")
    return italian, english


def ensure_home(italian: Locale, english: Locale) -> HomePage:
    """The Italian home page as the default site's root, replacing Wagtail's welcome
    page, with its English translation."""
    home = HomePage.objects.filter(locale=italian).first()
    if home is None:
        root = Page.get_first_root_node()
        # Wagtail's "Welcome" page (and the default site pointing at it) make way.
        root.get_children().exclude(content_type__model="homepage").delete()
        home = HomePageFactory(
            parent=root,
            locale=italian,
            **{field: texts[0] for field, texts in HOME_TEXTS.items()},
        )
        home.save_revision().publish()
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={
            "hostname": "localhost",
            "port": 80,
            "root_page": home,
            "site_name": "Welfare di comunità",
        },
    )
    if not home.has_translation(english):
        publish_translation(home, english, dict(HOME_TEXTS.values()))
    return home


def ensure_demo_admin() -> tuple[str, str, bool]:
    """A superuser for trying the admin locally. Returns (username, password, created)."""
    user_model = get_user_model()
    if user_model.objects.filter(username=DEMO_ADMIN_USERNAME).exists():
        return DEMO_ADMIN_USERNAME, DEMO_ADMIN_PASSWORD, False
    user_model.objects.create_superuser(
        DEMO_ADMIN_USERNAME, "admin@example.org", DEMO_ADMIN_PASSWORD
    )
    return DEMO_ADMIN_USERNAME, DEMO_ADMIN_PASSWORD, True
