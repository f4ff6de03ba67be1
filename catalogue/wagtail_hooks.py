from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

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
