from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Author, Topic


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = _("Argomenti")
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]


class AuthorViewSet(SnippetViewSet):
    model = Author
    icon = "user"
    menu_label = _("Autori")
    list_display = ["name", "role", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]


class EditorialViewSetGroup(SnippetViewSetGroup):
    items = (TopicViewSet, AuthorViewSet)
    menu_icon = "folder-open-inverse"
    menu_label = _("Redazione")
    menu_name = "editorial"


register_snippet(EditorialViewSetGroup)
