"""The admin's image preview, refusing the filter specs that crash Wagtail.

Wagtail's ``wagtailimages:preview`` runs whatever spec the URL generator puts in the
address. A ``fill`` with a zero (or negative) width or height divides by zero inside
Wagtail: a 500 instead of the 400 every other invalid spec gets. This view answers those
specs with Wagtail's own 400 and hands every other request to Wagtail's view, which
checks permissions and the allowed operations.
"""

from django.http import HttpResponseBadRequest

from wagtail.images.exceptions import InvalidFilterSpecError
from wagtail.images.image_operations import FillOperation
from wagtail.images.models import Filter
from wagtail.images.views.images import preview as wagtail_preview


def has_empty_fill(filter_spec: str) -> bool:
    try:
        operations = Filter(spec=filter_spec).operations
    except InvalidFilterSpecError:
        return False  # Wagtail's view answers 400 itself
    return any(
        isinstance(operation, FillOperation) and min(operation.width, operation.height) <= 0
        for operation in operations
    )


def preview(request, image_id: int, filter_spec: str):
    if has_empty_fill(filter_spec):
        return HttpResponseBadRequest(
            "Invalid filter spec: " + filter_spec, content_type="text/plain"
        )
    return wagtail_preview(request, image_id, filter_spec)
