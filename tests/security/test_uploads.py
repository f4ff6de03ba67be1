"""Uploads through the real Wagtail admin forms: size limits, the document extension
allow-list, no SVG images; and the headers on a document served by Django."""

import io

from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

import pytest
from PIL import Image as PillowImage

from tests.streaming import read_and_close

MB = 1024 * 1024


def png(width=40, height=30):
    buffer = io.BytesIO()
    PillowImage.new("RGB", (width, height), (200, 30, 30)).save(buffer, "PNG")
    return buffer.getvalue()


def upload(name, content):
    return SimpleUploadedFile(name, content)


@pytest.fixture
def admin_client(client, db):
    user = get_user_model().objects.create_superuser("archivio", "archivio@example.org", "x")
    client.force_login(user)
    return client


def add_image(client, name, content):
    return client.post(
        "/admin/images/add/",
        {
            "title": name,
            "file": upload(name, content),
            "collection": Collection.get_first_root_node().pk,
            "tags": "",
        },
    )


def add_document(client, name, content):
    return client.post(
        "/admin/documents/add/",
        {
            "title": name,
            "file": upload(name, content),
            "collection": Collection.get_first_root_node().pk,
            "tags": "",
        },
    )


def directives(response):
    return {part.strip() for part in response["Content-Security-Policy"].split(";")}


def file_errors(response):
    assert response.status_code == 200
    return " ".join(response.context["form"].errors["file"])


def test_the_limits_are_ten_megabytes(settings):
    assert settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE == 10 * MB
    assert settings.WAGTAILDOCS_MAX_UPLOAD_SIZE == 10 * MB
    assert "svg" not in settings.WAGTAILIMAGES_EXTENSIONS


def test_an_image_within_the_limit_is_accepted(admin_client):
    response = add_image(admin_client, "foto.png", png())
    assert response.status_code == 302
    assert get_image_model().objects.get(title="foto.png").width == 40


def test_an_image_over_the_limit_is_refused_with_its_size(admin_client, settings):
    content = png(400, 400)
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = len(content) - 1
    response = add_image(admin_client, "grande.png", content)
    errors = file_errors(response)
    assert "troppo grande" in errors
    assert not get_image_model().objects.filter(title="grande.png").exists()


def test_svg_images_are_refused(admin_client):
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect/></svg>'
    response = add_image(admin_client, "logo.svg", svg)
    assert "Formato immagine non supportato" in file_errors(response)
    assert "SVG" not in file_errors(response)  # not among the formats offered
    assert not get_image_model().objects.exists()


def test_a_document_over_the_limit_is_refused_with_its_size(admin_client, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1000
    response = add_document(admin_client, "verbale.pdf", b"%PDF-1.4\n" + b"0" * 2000)
    assert "troppo grande" in file_errors(response)
    assert not get_document_model().objects.exists()


@pytest.mark.parametrize("name", ["pagina.html", "disegno.svg", "programma.exe", "script.js"])
def test_documents_outside_the_allow_list_are_refused_with_a_clear_message(admin_client, name):
    response = add_document(admin_client, name, b"<script>alert(1)</script>")
    errors = file_errors(response)
    extension = name.rsplit(".", 1)[1]
    # The message names the refused extension and the allowed ones.
    assert f'estensione "{extension}" non e\' permesso' in errors
    assert "csv, docx, odt, ods, pdf, rtf, txt, xlsx" in errors
    assert not get_document_model().objects.exists()


@pytest.fixture
def served(admin_client):
    def serve(name, content):
        assert add_document(admin_client, name, content).status_code == 302
        document = get_document_model().objects.get(title=name)
        response = admin_client.get(document.url)
        assert response.status_code == 200
        response.body = read_and_close(response)
        return response

    return serve


def test_a_served_document_is_sandboxed_and_downloaded(served):
    response = served("elenco.csv", b"nome,telefono\nSportello,049000000\n")
    assert directives(response) == {"default-src 'none'", "sandbox"}
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Disposition"].startswith("attachment")
    assert response.body.startswith(b"nome,telefono")


def test_a_served_pdf_opens_in_the_browser_but_stays_sandboxed(served):
    response = served("modulo.pdf", b"%PDF-1.4\n%%EOF\n")
    assert response["Content-Type"] == "application/pdf"
    assert not response.get("Content-Disposition", "inline").startswith("attachment")
    assert directives(response) == {"default-src 'none'", "sandbox"}
    assert response["X-Content-Type-Options"] == "nosniff"


def test_documents_are_served_by_django_not_by_a_direct_link(served, settings):
    assert settings.WAGTAILDOCS_SERVE_METHOD == "serve_view"
    served("nota.txt", b"testo")
    document = get_document_model().objects.get(title="nota.txt")
    assert document.url.startswith("/documents/")
