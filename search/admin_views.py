"""Editors exclude an automatic suggestion from a page, or bring it back. Only people who
may edit the page can; the page's suggestions are recomputed at once."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from wagtail.models import Page

from .models import RelatedExclusion
from .related import compute_related


def _editable_page(request, page_id: int) -> Page:
    page = get_object_or_404(Page, pk=page_id)
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    return page


def _change(request, page_id: int, other_id: int, *, exclude: bool):
    page = _editable_page(request, page_id)
    other = get_object_or_404(Page, pk=other_id)
    if request.method == "POST":
        if exclude:
            RelatedExclusion.objects.get_or_create(page=page, excluded=other)
            message = _("«%(title)s» non verrà più suggerita in questa pagina.")
        else:
            RelatedExclusion.objects.filter(page=page, excluded=other).delete()
            message = _("«%(title)s» può di nuovo essere suggerita in questa pagina.")
        compute_related(page.pk)
        messages.success(request, message % {"title": other.title})
        return redirect("wagtailadmin_pages:edit", page.pk)
    return TemplateResponse(
        request,
        "search/admin/confirm_related_change.html",
        {"page": page, "other": other, "exclude": exclude},
    )


def exclude_suggestion(request, page_id: int, suggested_id: int):
    return _change(request, page_id, suggested_id, exclude=True)


def restore_suggestion(request, page_id: int, excluded_id: int):
    return _change(request, page_id, excluded_id, exclude=False)
