from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import image_preview, reports, two_factor


@hooks.register("register_admin_urls")
def register_ratings_report_url():
    return [path("reports/valutazioni/", reports.ratings_report, name="home_ratings_report")]


@hooks.register("register_admin_urls", order=-1)
def register_image_preview_url():
    # Same path as Wagtail's wagtailimages:preview, registered first so it answers first.
    return [
        path(
            "images/<int:image_id>/preview/<str:filter_spec>/",
            image_preview.preview,
            name="home_image_preview",
        )
    ]


@hooks.register("register_admin_urls")
def register_two_factor_url():
    return [path("verifica-in-due-passaggi/", two_factor.two_factor, name="home_two_factor")]


@hooks.register("register_account_menu_item")
def register_two_factor_account_item(request):
    return {
        "url": reverse("home_two_factor"),
        "label": _("Verifica in due passaggi"),
        "help_text": _(
            "Un codice dell'app di autenticazione, oltre alla password, a ogni accesso."
        ),
    }


class RatingsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("home.view_pagerating")


@hooks.register("register_reports_menu_item")
def register_ratings_report_menu_item():
    return RatingsMenuItem(
        _("Valutazioni delle pagine"),
        reverse("home_ratings_report"),
        icon_name="pick",
        order=700,
    )
