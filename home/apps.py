from django.apps import AppConfig


class HomeConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "home"

    def ready(self):
        from portal import cache  # connects the page cache's purge signals

        from . import footer  # noqa: F401 (connects the footer cache signals)

        cache.connect_page_models()  # what a cached page loads, it depends on
