"""The public, read-only Wagtail API at /api/v2/: pages, images and documents.

Open data for anyone, so the same for everyone: requests are never authenticated (a
signed-in editor sees exactly what a stranger sees), only live pages outside private
sections are listed, images and documents only when a live, public page uses them and
their collection has no view restriction. Page types choose what they publish with
``api_fields`` (see ``home.api_fields``); no user account (owner, revision author, lock
holder) is ever a field.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Q
from django.db.models.functions import Cast

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Collection, CollectionViewRestriction, Page, ReferenceIndex

from rest_framework.permissions import AllowAny

# Page fields that name user accounts; refused even if a Wagtail release adds them to the
# default meta fields.
PERSONAL_FIELDS = frozenset({"owner", "locked_by", "latest_revision", "latest_revision_user"})


def restricted_collection_ids() -> list[int]:
    """Collections under a view restriction (and their descendants), whoever asks."""
    paths = CollectionViewRestriction.objects.values_list("collection__path", flat=True)
    restricted = Q()
    for path in paths:
        restricted |= Q(path__startswith=path)
    if not restricted:
        return []
    return list(Collection.objects.filter(restricted).values_list("pk", flat=True))


class AnonymousAPIMixin:
    authentication_classes = []
    permission_classes = [AllowAny]


class PublicPagesAPIViewSet(AnonymousAPIMixin, PagesAPIViewSet):
    meta_fields = [name for name in PagesAPIViewSet.meta_fields if name not in PERSONAL_FIELDS]
    listing_default_fields = [
        name for name in PagesAPIViewSet.listing_default_fields if name not in PERSONAL_FIELDS
    ]

    def get_base_queryset(self):
        # Wagtail leaves out the private sections this request may not see; leave out
        # every private section, whatever a session has unlocked.
        return super().get_base_queryset().public()


def used_by_public_pages(model):
    """Ids (as text) of the ``model`` objects that live, public pages refer to, from
    Wagtail's reference index: an image or document uploaded for a page still waiting
    for approval is not published yet."""
    pages = (
        Page.objects.live()
        .public()
        .annotate(pk_text=Cast("pk", output_field=CharField()))
        .values("pk_text")
    )
    return ReferenceIndex.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page),
        to_content_type=ContentType.objects.get_for_model(model),
        object_id__in=pages,
    ).values("to_object_id")


class PublishedMediaMixin:
    def get_queryset(self):
        return (
            self.model.objects.exclude(collection__in=restricted_collection_ids())
            .annotate(pk_text=Cast("pk", output_field=CharField()))
            .filter(pk_text__in=used_by_public_pages(self.model))
            .order_by("id")
        )


class PublicImagesAPIViewSet(AnonymousAPIMixin, PublishedMediaMixin, ImagesAPIViewSet):
    pass


class PublicDocumentsAPIViewSet(AnonymousAPIMixin, PublishedMediaMixin, DocumentsAPIViewSet):
    pass


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("images", PublicImagesAPIViewSet)
api_router.register_endpoint("documents", PublicDocumentsAPIViewSet)
