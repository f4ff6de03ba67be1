"""Images and documents: filter-spec abuse, dangerous uploads and existence probes.

The portal does not mount ``wagtail.images.views.serve``: images reach the public only
as renditions made by templates with fixed specs, so no visitor chooses a filter spec.
The admin's URL generator therefore answers 404 and ``/images/…`` is not a route; the
admin preview (which does run a posted spec) is open only for images the user may
change, only for the resize operations, and never enlarges an image.

Documents are served by Wagtail's ``serve`` view at ``/documents/<id>/<filename>``; the
id and the exact file name are both needed. Wagtail gives the same 404 for an unknown id
and for a wrong name; only a request naming an existing document's id *and* file name in
a private collection is told to log in, which is what Wagtail inevitably reveals. The
admin side (choosers, usage, search) is covered by ``tests/catalogue/test_isolation.py``.
"""

from __future__ import annotations

import io
import time

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

import wagtail_factories
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction

import pytest
from bs4 import BeautifulSoup
from PIL import Image as PILImage

from tests.streaming import read_and_close

pytest_plugins = ["tests.catalogue.conftest_providers"]

pytestmark = pytest.mark.django_db

SAFETY_BOUND = 5.0  # seconds


def test_image_serve_view_is_not_mounted(world):
    image = world.a_image
    for path in [
        f"/images/abc/{image.pk}/width-100/",
        f"/images/abc/{image.pk}/width-99999999/{image.file.name}",
        "/en/images/abc/1/original/",
    ]:
        assert Client().get(path).status_code == 404, path


@pytest.mark.parametrize("which", ["own", "other"])
def test_url_generator_is_unavailable(which, world, provider_client):
    image = world.a_image if which == "own" else world.b_image
    for path in [
        f"/admin/images/{image.pk}/generate_url/?filter_method=width&width=99999999",
        f"/admin/images/{image.pk}/generate_url/output/?filter_method=fill"
        "&width=100000&height=100000&closeness=100",
    ]:
        response = provider_client.get(path)
        assert response.status_code in (302, 403, 404), path
        assert "quokka" not in response.content.decode().lower()


ABSURD_SPECS = [
    "width-99999999",
    "height-99999999",
    "fill-100000x100000",
    "fill-100000x100000-c100",
    "min-99999999x99999999",
    "min-1x99999999",
    "max-99999999x99999999",
    "fill-0x0",  # a ZeroDivisionError (500) in Wagtail's preview: home/image_preview.py
    "fill-10x0",
    "fill-0x10-c50",
    "fill--10x10",
    "width-10|fill-0x0",
    "width-0",
    "max-0x0",
    "format-exe",
    "format-webp",
    "scale-100000",
    "bgcolor-000",
    "jpegquality-1000",
    "fill-1x1-c999999",
    "width-1|" * 1_250,  # a 10 KB spec
    "x" * 10_000,
    "original|" + "width-10|" * 500,
    "fill-10x10-c-100",
    "width--10",
    "width-1e9",
]


def test_preview_of_own_image_with_absurd_specs(world, provider_client):
    # Every spec in one test: the providers' world is built once.
    image = world.a_image
    for spec in ABSURD_SPECS:
        started = time.perf_counter()

        response = provider_client.get(f"/admin/images/{image.pk}/preview/{spec}/")

        elapsed = time.perf_counter() - started
        case = spec[:40]
        assert response.status_code in (200, 400, 404), (case, response.status_code)
        assert elapsed < SAFETY_BOUND, (case, elapsed)
        if response.status_code == 200:
            content = read_and_close(response)
            rendered = PILImage.open(io.BytesIO(content))
            assert rendered.width <= image.width and rendered.height <= image.height, case
            assert response["Content-Type"].startswith("image/"), case
        else:
            assert response["Content-Type"].startswith("text/plain"), case


def test_preview_of_another_providers_image_is_refused(world, provider_client):
    response = provider_client.get(f"/admin/images/{world.b_image.pk}/preview/width-10/")
    assert response.status_code in (302, 403)


def _png(width: int, height: int) -> bytes:
    buffer = io.BytesIO()
    PILImage.new("1", (width, height)).save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "content"),
    [("evil.png.html", _png(1, 1)), ("evil.png", b"<script>alert(1)</script>")],
)
def test_disguised_image_uploads_are_refused(name, content, world, provider_client):
    """SVG and the document allow-list are covered, for editors, in ``test_uploads.py``;
    here a provider disguises markup as an image, or an image as markup."""
    images = get_image_model().objects.count()
    response = provider_client.post(
        "/admin/images/add/",
        {
            "title": "Caricamento",
            "collection": world.a.image_collection.pk,
            "file": SimpleUploadedFile(name, content, content_type="image/png"),
        },
    )
    assert response.status_code == 200
    assert response.context["form"].errors["file"]
    assert get_image_model().objects.count() == images


def test_decompression_bomb_is_refused_before_it_is_decoded(world, provider_client):
    """12 000 × 12 000 pixels in a few KB: more than Wagtail's 128 million pixel limit."""
    images = get_image_model().objects.count()
    started = time.perf_counter()
    response = provider_client.post(
        "/admin/images/add/",
        {
            "title": "Bomba",
            "collection": world.a.image_collection.pk,
            "file": SimpleUploadedFile("bomba.png", _png(12_000, 12_000), "image/png"),
        },
    )
    assert time.perf_counter() - started < SAFETY_BOUND * 2
    assert response.status_code == 200
    assert response.context["form"].errors["file"]
    assert get_image_model().objects.count() == images


@pytest.fixture
def private_document(world):
    """A document in a collection restricted to logged-in users."""
    root = Collection.get_first_root_node()
    private = root.add_child(name="Riservata Quokka")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    return wagtail_factories.DocumentFactory(title="Quokka verbale riservato", collection=private)


def test_document_probes_cannot_tell_a_private_document_from_a_missing_one(world, private_document):
    anonymous = Client()
    missing_id = get_document_model().objects.order_by("-pk").first().pk + 1000
    not_found = [
        f"/documents/{missing_id}/{private_document.filename}",
        f"/documents/{private_document.pk}/wrong-name.pdf",
        f"/documents/{private_document.pk}/",
        f"/documents/{world.b_document.pk}/{private_document.filename}",
        f"/documents/{private_document.pk}/{private_document.filename}/../x",
        f"/documents/{'9' * 30}/x.pdf",
    ]
    pages = set()
    for path in not_found:
        response = anonymous.get(path)
        assert response.status_code == 404, path
        assert b"quokka" not in response.content.lower()
        pages.add(BeautifulSoup(response.content, "html.parser").find("main").get_text())
    assert len(pages) == 1  # the very same 404 page, whatever the reason

    # Knowing id and name, Wagtail asks to log in without naming the document.
    private = anonymous.get(f"/documents/{private_document.pk}/{private_document.filename}")
    assert private.status_code == 302
    assert "login" in private["Location"]
    assert b"quokka" not in private.content.lower()


def test_another_providers_public_document_needs_its_exact_name(world):
    document = world.b_document
    served = Client().get(f"/documents/{document.pk}/{document.filename}")
    assert served.status_code == 200
    read_and_close(served)
    assert Client().get(f"/documents/{document.pk}/x{document.filename}").status_code == 404
