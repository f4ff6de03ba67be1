from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import reports


@hooks.register("register_admin_urls")
def register_ratings_report_url():
    return [path("reports/valutazioni/", reports.ratings_report, name="home_ratings_report")]


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
