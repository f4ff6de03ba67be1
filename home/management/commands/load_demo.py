from django.core.management.base import BaseCommand
from django.db import transaction

from articles.demo import load_articles
from catalogue.demo import demo_provider_login, load_catalogue
from home.demo import ensure_demo_admin, ensure_home, ensure_locales
from home.demo_info import ensure_info_pages
from search.related import rebuild_related
from search.signals import publishing_in_bulk


class Command(BaseCommand):
    help = (
        "Load the demo content (Italian articles, all translated to English, and services, "
        "some translated). Safe to run again: what already exists is kept or brought up to "
        "date, nothing is duplicated. For local use only."
    )

    def handle(self, *args, **options):
        with transaction.atomic():
            # Pages are indexed together at the end of the block, and suggestions are
            # computed once over the whole demo: independent of the loading order.
            with publishing_in_bulk():
                italian, english = ensure_locales()
                home = ensure_home(italian, english)
                articles = load_articles(home, italian, english)
                services = load_catalogue(home, italian, english)
                ensure_info_pages(home, english)
            rebuild_related()
            username, password, _created = ensure_demo_admin()
        translated = sum(1 for page in articles if page.get_translations().exists())
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content ready: {len(articles)} articles ({translated} translated to "
                f"English), {len(services)} services."
            )
        )
        self.stdout.write(
            f"Admin: http://127.0.0.1:8000/admin/  user: {username}  password: {password}"
        )
        provider_login = demo_provider_login()
        if provider_login:
            self.stdout.write(
                "Provider (Cooperativa sociale Il Ponte): user: {}  password: {}".format(
                    *provider_login
                )
            )
