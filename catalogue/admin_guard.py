"""Isolation guard for providers' admin requests.

Wagtail's permissions already stop a provider from *changing* anything outside its own
provider page, but a few admin views *show* titles of objects the user has no permission
on, or have no permission check at all, and they offer no hook to restrict them:

- ``choose-page/chosen-multiple/?id=…`` returns the title and URL of any page;
- the "page types usage" report names the last edited page of every type, whoever owns it;
- wagtail-localize's translations report lists every translated page and snippet;
- bulk-action confirmation pages list the titles of the pages (or images, documents) the
  user may *not* act on, ``id=all`` without ``childOf`` means every page of the site, and
  the bulk move form names whatever destination page was posted;
- workflow action and preview views put the page title in an error message when the page
  is not in moderation, and the cancellation view tells whether a page is in moderation;
- the admin API's ``images`` and ``documents`` endpoints list every image and document;
- tag autocompletion suggests the tags of every image and document;
- the search promotions' query chooser lists what the public typed in the search box (the
  search terms report is closed to providers, the chooser is not), and the workflow task
  chooser lists every approval task;
- the page forms re-display what was posted: a copy whose destination is another
  provider's page, or a rich-text link or image pointing at someone else's draft page or
  image, comes back with that page's title or URL, or that image's title and thumbnail.

For users that :func:`catalogue.providers.is_provider_user` recognises, this middleware
refuses any admin request that addresses a page outside the provider's own subtree (its
ancestors are allowed only for navigation: explorer and chooser), any bulk action on
objects outside it, any page form that posts references to other providers' draft pages,
images or documents, and the views above that cannot be made safe. A refusal is Wagtail's
own: back to the dashboard with "you do not have permission" (403 for XHR and API calls).
Other users, and every non-admin request, pass through untouched.

Install it after ``AuthenticationMiddleware``::

    MIDDLEWARE = [..., "catalogue.admin_guard.ProviderIsolationMiddleware"]
"""

from __future__ import annotations

import json
import re

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db import models
from django.urls import reverse

from wagtail.admin.auth import permission_denied
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.permissions import policy_registry

from .providers import is_page_within_provider_area, is_provider_user, provider_pages_for

# Keyword arguments of admin URLs that hold the id of a page.
PAGE_ID_KWARGS = ("page_id", "parent_page_id", "page_to_move_id", "destination_id", "page_pk")
# Views where ``pk`` is a page id.
PAGE_PK_VIEWS = {
    "wagtailadmin_pages:revisions_compare",
    "wagtailadmin_api:pages:detail",
    "wagtailadmin_api:pages:action",
}
# Read-only navigation views that may show the ancestors of the provider page (the path
# from the site root to it): Wagtail already limits what they list.
NAVIGATION_VIEWS = {
    "wagtailadmin_explore",
    "wagtailadmin_explore_results",
    "wagtailadmin_choose_page_child",
    "wagtailadmin_api:pages:detail",
}
# Views and namespaces closed to providers.
REFUSED_VIEWS = {
    "wagtail_localize:translations_report",
    "wagtail_localize:translations_report_results",
    "wagtailadmin_tag_autocomplete",
    "wagtailadmin_tag_model_autocomplete",
    "wagtailsearchpromotions:chooser",
    "wagtailsearchpromotions:chooserresults",
    "wagtailadmin_workflows:task_chooser",
    "wagtailadmin_workflows:task_chooser_results",
    "wagtailadmin_workflows:task_chooser_create",
}
REFUSED_NAMESPACES = {
    "wagtailadmin_reports",
    "wagtailadmin_api:images",
    "wagtailadmin_api:documents",
}
# Views whose ``id`` query parameters are page ids.
PAGE_ID_LIST_VIEWS = {"wagtailadmin_choose_page_chosen_multiple"}
# Page forms whose posted content is shown back (form errors, preview, the saved draft).
PAGE_FORM_VIEWS = {
    "wagtailadmin_pages:add",
    "wagtailadmin_pages:edit",
    "wagtailadmin_pages:preview_on_add",
    "wagtailadmin_pages:preview_on_edit",
    "wagtailadmin_pages:revisions_revert",
}
ENTITY_MAP = "entityMap"
EMBED_TAG = re.compile(r"<(?:embed|a)\b[^>]*>")
TAG_ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')


class ProviderIsolationMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefix = None

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if self.admin_prefix is None:
            self.admin_prefix = reverse("wagtailadmin_home")
        match = request.resolver_match
        if match is None or not request.path_info.startswith(self.admin_prefix):
            return None
        user = getattr(request, "user", None)
        if user is None or not is_provider_user(user):
            return None
        if is_refused(request, match, user):
            if match.namespace.startswith("wagtailadmin_api"):
                raise PermissionDenied
            return permission_denied(request)  # raises PermissionDenied for XHR
        return None


def is_refused(request, match, user) -> bool:
    """Whether a provider's admin request must be refused (see the module docstring)."""
    view_name = match.view_name
    if view_name in REFUSED_VIEWS or match.namespace in REFUSED_NAMESPACES:
        return True
    if view_name == "wagtail_bulk_action":
        return _bulk_action_refused(request, match.kwargs, user)

    page_ids = [match.kwargs[key] for key in PAGE_ID_KWARGS if key in match.kwargs]
    if view_name in PAGE_PK_VIEWS and "pk" in match.kwargs:
        page_ids.append(match.kwargs["pk"])
    if view_name in PAGE_ID_LIST_VIEWS:
        page_ids.extend(request.GET.getlist("id"))
    if view_name == "wagtailadmin_editing_sessions:ping" and _is_page_model(match.kwargs):
        page_ids.append(match.kwargs["object_id"])
    if page_ids and not _pages_within(user, page_ids, with_ancestors=view_name in NAVIGATION_VIEWS):
        return True
    if request.method == "POST":
        if view_name == "wagtailadmin_pages:copy" and request.POST.get("new_parent_page"):
            return not _pages_within(user, [request.POST["new_parent_page"]], with_ancestors=False)
        if view_name in PAGE_FORM_VIEWS:
            return _posted_references_refused(request, match.kwargs, user)
    return False


def _pages_within(user, page_ids, *, with_ancestors: bool) -> bool:
    """True when every existing page among ``page_ids`` is in the provider's area.

    Ids that match no page are left for the view to answer with its usual 404."""
    try:
        ids = {int(page_id) for page_id in page_ids}
    except (TypeError, ValueError):
        return False
    if not provider_pages_for(user):
        return False
    pages = Page.objects.filter(pk__in=ids).only("pk", "path")
    return all(
        is_page_within_provider_area(user, page, with_ancestors=with_ancestors) for page in pages
    )


def _bulk_action_refused(request, kwargs, user) -> bool:
    try:
        model = apps.get_model(kwargs["app_label"], kwargs["model_name"])
    except LookupError:
        return False  # the view answers 404
    ids = request.GET.getlist("id")
    if issubclass(model, Page):
        destination = request.POST.get("chooser") if request.method == "POST" else None
        if destination and not _pages_within(user, [destination], with_ancestors=False):
            return True  # the bulk move form would name the destination page
        if "all" in ids:
            parent_id = request.GET.get("childOf")
            return not parent_id or not _pages_within(user, [parent_id], with_ancestors=False)
        return not _pages_within(user, ids, with_ancestors=False)
    if model in (get_image_model(), get_document_model()):
        explicit = [value for value in ids if value != "all"]
        if not explicit:
            return False  # "all" is limited by Wagtail to what the user may change
        try:
            pks = {int(value) for value in explicit}
        except ValueError:
            return True
        collections = policy_registry.get_by_type(model).collections_user_has_any_permission_for(
            user, ["add", "change", "choose", "delete"]
        )
        return (
            model._default_manager.filter(pk__in=pks).exclude(collection__in=collections).exists()
        )
    return True


def _is_page_model(kwargs) -> bool:
    try:
        model = apps.get_model(kwargs["app_label"], kwargs["model_name"])
    except LookupError:
        return False
    return issubclass(model, Page)


def _posted_references_refused(request, kwargs, user) -> bool:
    """Whether a page form posts references the provider may not use: links to pages that
    are neither live nor its own, images or documents outside its collections (unless
    the page already used them, e.g. a logo an editor chose)."""
    model, page = _page_form_model(kwargs)
    if model is None:
        return False
    image_model, document_model = get_image_model(), get_document_model()
    page_ids, image_ids, document_ids = set(), set(), set()
    for name, field in _foreign_keys(model, (image_model, document_model)):
        for value in request.POST.getlist(name):
            if value:
                (image_ids if field.related_model is image_model else document_ids).add(value)
    for _key, values in request.POST.lists():
        for value in values:
            for kind, object_id in _rich_text_references(value):
                {"page": page_ids, "image": image_ids, "document": document_ids}[kind].add(
                    object_id
                )
    try:
        page_ids = {int(value) for value in page_ids}
        image_ids = {int(value) for value in image_ids}
        document_ids = {int(value) for value in document_ids}
    except ValueError:
        return True

    if page_ids:
        foreign = Page.objects.filter(pk__in=page_ids, live=False).only("pk", "path")
        if not all(is_page_within_provider_area(user, linked) for linked in foreign):
            return True
    used_images, used_documents = _already_referenced(page, model, image_model, document_model)
    return bool(
        (
            image_ids - used_images
            and _outside_collections(user, image_model, image_ids - used_images)
        )
        or (
            document_ids - used_documents
            and _outside_collections(user, document_model, document_ids - used_documents)
        )
    )


def _page_form_model(kwargs):
    if "page_id" in kwargs:
        page = Page.objects.filter(pk=kwargs["page_id"]).first()
        return (page.specific_class, page) if page else (None, None)
    try:
        content_type = ContentType.objects.get_by_natural_key(
            kwargs["content_type_app_name"], kwargs["content_type_model_name"]
        )
    except (KeyError, ContentType.DoesNotExist):
        return None, None
    model = content_type.model_class()
    return (model, None) if model and issubclass(model, Page) else (None, None)


def _foreign_keys(model, targets):
    return [
        (field.name, field)
        for field in model._meta.get_fields()
        if isinstance(field, models.ForeignKey) and field.related_model in targets
    ]


def _rich_text_references(value: str):
    """(kind, id) of the page links, images and documents in a posted rich text, either
    Draftail's JSON or Wagtail's stored HTML."""
    text = value.strip()
    if text.startswith("{") and ENTITY_MAP in text:
        try:
            entities = json.loads(text).get(ENTITY_MAP, {}).values()
        except (ValueError, AttributeError):
            return
        kinds = {"LINK": "page", "IMAGE": "image", "DOCUMENT": "document"}
        for entity in entities:
            data = entity.get("data") or {}
            kind = kinds.get(entity.get("type"))
            if kind and data.get("id") not in (None, ""):
                yield kind, data["id"]
    elif "linktype=" in text or "embedtype=" in text:
        for tag in EMBED_TAG.findall(text):
            attributes = dict(TAG_ATTRIBUTE.findall(tag))
            kind = attributes.get("linktype") or attributes.get("embedtype")
            if kind in ("page", "image", "document") and attributes.get("id"):
                yield kind, attributes["id"]


def _already_referenced(page, model, image_model, document_model):
    """Images and documents the page's latest revision already uses."""
    if page is None:
        return set(), set()
    revision = page.latest_revision
    content = revision.content if revision else {}
    images, documents = set(), set()
    for _name, field in _foreign_keys(model, (image_model, document_model)):
        value = content.get(field.name) or content.get(field.attname)
        if value:
            (images if field.related_model is image_model else documents).add(int(value))
    for text in strings_in(content):
        for kind, object_id in _rich_text_references(text):
            if kind in ("image", "document") and str(object_id).isdigit():
                (images if kind == "image" else documents).add(int(object_id))
    return images, documents


def _outside_collections(user, model, ids) -> bool:
    collections = policy_registry.get_by_type(model).collections_user_has_any_permission_for(
        user, ["add", "change", "choose"]
    )
    return model._default_manager.filter(pk__in=ids).exclude(collection__in=collections).exists()


def strings_in(value):
    """Every string inside a revision's JSON content."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings_in(item)
