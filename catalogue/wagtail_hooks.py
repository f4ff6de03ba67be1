from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.admin.views.chooser import page_models_from_string
from wagtail.models import Page
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import providers
from .models import AccessibilityFeature, Municipality, Pillar, ServiceCategory, TargetGroup


class TermViewSet(SnippetViewSet):
    list_display = ["name", "code", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]


class ServiceCategoryViewSet(TermViewSet):
    model = ServiceCategory
    icon = "folder-inverse"
    menu_label = _("Categorie")
    list_display = ["name", "code", "parent", "locale"]


class TargetGroupViewSet(TermViewSet):
    model = TargetGroup
    icon = "group"
    menu_label = _("Destinatari")


class PillarViewSet(TermViewSet):
    model = Pillar
    icon = "table"
    menu_label = _("Pilastri")


class MunicipalityViewSet(TermViewSet):
    model = Municipality
    icon = "site"
    menu_label = _("Comuni")
    list_display = ["name", "istat_code", "cadastral_code", "province", "locale"]


class AccessibilityFeatureViewSet(TermViewSet):
    model = AccessibilityFeature
    icon = "success"
    menu_label = _("Accessibilità")


class CatalogueTaxonomyGroup(SnippetViewSetGroup):
    items = (
        ServiceCategoryViewSet,
        TargetGroupViewSet,
        PillarViewSet,
        MunicipalityViewSet,
        AccessibilityFeatureViewSet,
    )
    menu_icon = "list-ul"
    menu_label = _("Catalogo")
    menu_name = "catalogue-taxonomy"


register_snippet(CatalogueTaxonomyGroup)


# --- Providers: a trimmed admin, and only their own pages (see catalogue/providers.py) ---
# Wagtail's page permissions already keep providers out of other providers' pages for
# editing; these hooks trim what they see. The views that have no hook are guarded by
# catalogue.admin_guard.ProviderIsolationMiddleware.

PROVIDER_MENU_ITEMS = {"explorer", "images", "documents"}
PROVIDER_HOMEPAGE_PANELS = {"user_objects_in_workflow_moderation", "recent_edits", "locked_pages"}
PAGE_CHOOSER_BROWSE_VIEWS = {"wagtailadmin_choose_page", "wagtailadmin_choose_page_child"}


class StaleServicesPanel(Component):
    """Editors' dashboard: live services not verified for more than 12 months."""

    name = "catalogue_stale_services"
    template_name = "catalogue/admin/stale_services_panel.html"
    order = 240

    def get_context_data(self, parent_context=None):
        return {
            "services": providers.stale_services(),
            "months": providers.STALE_AFTER_MONTHS,
        }


@hooks.register("construct_main_menu")
def trim_main_menu_for_providers(request, menu_items):
    """Providers see pages, images and documents: no snippets, reports, settings, help."""
    if providers.is_provider_user(request.user):
        menu_items[:] = [item for item in menu_items if item.name in PROVIDER_MENU_ITEMS]


@hooks.register("construct_reports_menu")
def hide_reports_from_providers(request, menu_items):
    if providers.is_provider_user(request.user):
        menu_items[:] = []


@hooks.register("construct_homepage_panels", order=100)
def catalogue_homepage_panels(request, panels):
    """Providers keep only the panels about their own work; editors get the list of
    services to verify."""
    if providers.is_provider_user(request.user):
        panels[:] = [
            panel for panel in panels if getattr(panel, "name", "") in PROVIDER_HOMEPAGE_PANELS
        ]
    elif providers.is_editorial_user(request.user):
        panels.append(StaleServicesPanel())


@hooks.register("construct_homepage_summary_items", order=100)
def hide_site_summary_from_providers(request, summary_items):
    if providers.is_provider_user(request.user):
        summary_items[:] = []


@hooks.register("construct_page_chooser_queryset")
def limit_page_chooser_for_providers(pages, request):
    """A provider chooses among its own pages. Browsing also shows the pages above its
    provider page (the way down to it); browsing from any other page is refused, since
    the chooser shows the title of the page it starts from."""
    user = request.user
    if not providers.is_provider_user(user):
        return pages
    match = request.resolver_match
    browsing = match is not None and match.url_name in PAGE_CHOOSER_BROWSE_VIEWS
    if browsing:
        parent = _page_chooser_parent(request, match.kwargs)
        if parent is not None and not providers.is_page_within_provider_area(
            user, parent, with_ancestors=True
        ):
            raise PermissionDenied
    area = providers.pages_within_provider_area(user, with_ancestors=browsing)
    return pages.filter(pk__in=area.values("pk"))


def _page_chooser_parent(request, kwargs):
    """The page the chooser's browse view starts from, found as Wagtail finds it."""
    if "parent_page_id" in kwargs:
        return Page.objects.filter(pk=kwargs["parent_page_id"]).first()
    try:
        page_classes = page_models_from_string(request.GET.get("page_type") or "wagtailcore.page")
    except (ValueError, LookupError):
        return None
    if page_classes == (Page,):
        return Page.get_first_root_node()
    return Page.objects.type(*page_classes).first_common_ancestor()
