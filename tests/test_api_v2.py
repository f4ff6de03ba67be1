"""The public Wagtail API at /api/v2/: article fields, live public pages only, images and
public documents, and never a user account's personal data."""

import datetime
import json

from django.contrib.auth import get_user_model

import wagtail_factories
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

import pytest

from articles.factories import (
    ArticleIndexPageFactory,
    ArticlePageFactory,
    AuthorFactory,
    TopicFactory,
    paragraph_body,
)
from catalogue.factories import (
    CatalogueIndexPageFactory,
    PillarFactory,
    ServiceCategoryFactory,
    ServicePageFactory,
)
from catalogue.providers import create_provider
from home.factories import ImageFactory
from home.translation import publish_translation

# The provider user's personal data: e-mail (also the username) and names. No response
# of the API may contain it.
PERSON = "wombat"
PROVIDER_EMAIL = "referente.wombat@example.org"


def get_json(client, url, status=200, **params):
    response = client.get(url, params)
    assert response.status_code == status, response.content
    assert response["Content-Type"] == "application/json"
    return response.json()


def listed_titles(client, **params) -> set[str]:
    data = get_json(client, "/api/v2/pages/", **params)
    return {item["title"] for item in data["items"]}


@pytest.fixture
def index(home):
    return ArticleIndexPageFactory(parent=home)


@pytest.fixture
def work(locales):
    topic = TopicFactory(name="Lavoro", slug="lavoro")
    publish_translation(topic, locales[1], {"Lavoro": "Work"})
    return topic


@pytest.fixture
def article(index, work):
    page = ArticlePageFactory(
        parent=index,
        title="Il credito welfare",
        slug="credito-welfare",
        introduction="Come si usa il credito welfare aziendale.",
        date=datetime.date(2026, 3, 2),
        lead_image=ImageFactory(title="Cerchi"),
        lead_image_alt="Cerchi colorati",
        body=paragraph_body("Il credito si usa per i servizi di cura."),
        topics=[work],
        authors=[AuthorFactory(name="Giulia Ferraro", slug="giulia-ferraro", role="Redazione")],
    )
    page.save_revision().publish()
    return page


@pytest.fixture
def superuser(db):
    return get_user_model().objects.create_superuser("capo", "capo@example.org", "password-capo")


def use_document(document) -> str:
    """Rich text that links ``document``: what puts it on a public page."""
    return f'<p>Leggi il <a linktype="document" id="{document.pk}">{document.title}</a>.</p>'


@pytest.fixture
def provider(home, locales):
    """A provider made the way the portal makes them, with its user, and a service, an
    image and a document that user created."""
    CatalogueIndexPageFactory(parent=home)
    PillarFactory(name="Territoriale", code="territoriale")
    setup = create_provider("Cooperativa Alfa", PROVIDER_EMAIL)
    user = setup.user
    user.first_name, user.last_name = "Wombat", "Numbat"
    user.save()
    image = ImageFactory(
        title="Sede della cooperativa", collection=setup.image_collection, uploaded_by_user=user
    )
    document = wagtail_factories.DocumentFactory(
        title="Regolamento", collection=setup.document_collection, uploaded_by_user=user
    )
    service = ServicePageFactory(
        parent=setup.page,
        title="Assistenza domiciliare",
        category=ServiceCategoryFactory(name="Assistenza sociale"),
        pillar=setup.page.pillar,
        owner=user,
        description=use_document(document),
    )
    service.save_revision(user=user).publish()  # as an editor does, after approval
    service.refresh_from_db()
    setup.page.logo = image
    setup.page.save_revision().publish()
    return {"setup": setup, "service": service, "image": image, "document": document}


@pytest.mark.django_db
def test_article_detail_exposes_what_the_article_page_shows(client, article):
    data = get_json(client, f"/api/v2/pages/{article.pk}/")

    assert data["title"] == "Il credito welfare"
    assert data["date"] == "2026-03-02"
    assert data["introduction"] == "Come si usa il credito welfare aziendale."
    assert data["authors"] == [{"name": "Giulia Ferraro", "role": "Redazione"}]
    assert data["topics"] == [{"slug": "lavoro", "name": "Lavoro"}]
    assert data["lead_image_alt"] == "Cerchi colorati"
    assert data["lead_image"]["url"].startswith("/media/images/")
    assert data["lead_image"]["width"] == 320  # the original is smaller than width-1200
    assert [block["type"] for block in data["body"]] == ["paragraph"]
    assert data["body"][0]["value"] == "<p>Il credito si usa per i servizi di cura.</p>"
    assert data["meta"]["type"] == "articles.ArticlePage"
    assert data["meta"]["html_url"] == "http://localhost/articoli/credito-welfare/"
    assert data["meta"]["locale"] == "it"


@pytest.mark.django_db
def test_english_article_shows_its_topics_in_english(client, article, locales):
    english = publish_translation(
        article, locales[1], {"Il credito welfare": "Welfare credit", "credito-welfare": "credit"}
    )

    data = get_json(client, f"/api/v2/pages/{english.pk}/")

    assert data["title"] == "Welfare credit"
    assert data["topics"] == [{"slug": "lavoro", "name": "Work"}]
    assert data["meta"]["locale"] == "en"
    assert data["meta"]["html_url"].startswith("http://localhost/en/")
    in_english = listed_titles(client, type="articles.ArticlePage", locale="en")
    assert in_english == {"Welfare credit"}


@pytest.mark.django_db
def test_article_listing_can_ask_for_the_article_fields(client, article):
    data = get_json(
        client, "/api/v2/pages/", type="articles.ArticlePage", fields="date,topics,authors"
    )

    [item] = data["items"]
    assert data["meta"]["total_count"] == 1
    assert item["date"] == "2026-03-02"
    assert item["topics"] == [{"slug": "lavoro", "name": "Lavoro"}]
    assert item["authors"] == [{"name": "Giulia Ferraro", "role": "Redazione"}]


@pytest.mark.django_db
@pytest.mark.parametrize("signed_in", [False, True])
def test_only_live_public_pages_are_served(client, index, article, superuser, signed_in):
    draft = ArticlePageFactory(parent=index, title="Bozza", live=False)
    private = ArticlePageFactory(parent=index, title="Riservato")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    withdrawn = ArticlePageFactory(parent=index, title="Ritirato")
    withdrawn.unpublish()
    if signed_in:
        # A signed-in editor sees what everyone sees: the API never authenticates.
        client.force_login(superuser)

    assert listed_titles(client, type="articles.ArticlePage") == {article.title}
    assert "Riservato" not in listed_titles(client, limit=20)
    for page in (draft, private, withdrawn):
        get_json(client, f"/api/v2/pages/{page.pk}/", status=404)


def unlock(client, restriction):
    """What the password form leaves in the session of a visitor who knew the password."""
    session = client.session
    session[restriction.passed_view_restrictions_session_key] = [restriction.pk]
    session.save()


@pytest.mark.django_db
@pytest.mark.parametrize("knows_the_password", [False, True])
def test_pages_under_a_private_section_are_left_out(client, index, article, knows_the_password):
    restriction = PageViewRestriction.objects.create(
        page=index, restriction_type=PageViewRestriction.PASSWORD, password="segreto"
    )
    if knows_the_password:
        unlock(client, restriction)
        assert client.get(article.url).status_code == 200

    assert listed_titles(client, type="articles.ArticlePage") == set()
    get_json(client, f"/api/v2/pages/{article.pk}/", status=404)


@pytest.mark.django_db
def test_no_response_contains_the_provider_users_personal_data(client, provider):
    service, setup = provider["service"], provider["setup"]
    assert service.owner.email == PROVIDER_EMAIL
    assert service.latest_revision.user.email == PROVIDER_EMAIL

    responses = [
        client.get(f"/api/v2/pages/{service.pk}/", {"fields": "*"}),
        client.get(f"/api/v2/pages/{setup.page.pk}/", {"fields": "*"}),
        client.get("/api/v2/pages/", {"type": "catalogue.ServicePage", "fields": "*"}),
        client.get("/api/v2/pages/", {"type": "catalogue.ProviderPage", "fields": "*"}),
        client.get("/api/v2/pages/", {"fields": "*"}),
        client.get(f"/api/v2/images/{provider['image'].pk}/", {"fields": "*"}),
        client.get("/api/v2/images/", {"fields": "*"}),
        client.get(f"/api/v2/documents/{provider['document'].pk}/", {"fields": "*"}),
        client.get("/api/v2/documents/", {"fields": "*"}),
    ]

    for response in responses:
        assert response.status_code == 200, response.content
        content = response.content.decode().lower()
        assert PERSON not in content, response.wsgi_request.get_full_path()
        assert "owner" not in content and "uploaded_by" not in content
    detail = json.loads(responses[0].content)
    assert detail["title"] == "Assistenza domiciliare"
    assert "owner" not in detail["meta"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "params",
    [
        {"fields": "owner"},
        {"fields": "latest_revision"},
        {"fields": "locked_by"},
        {"owner": "1"},
        {"order": "owner"},
        {"type": "auth.User"},
    ],
)
def test_user_fields_cannot_be_asked_for(client, provider, params):
    get_json(client, "/api/v2/pages/", status=400, **params)


@pytest.mark.django_db
def test_images_endpoint_shows_title_size_and_file_only(client, provider, index):
    image = provider["image"]  # the logo of a live provider page
    restricted = Collection.get_first_root_node().add_child(name="Archivio interno")
    CollectionViewRestriction.objects.create(
        collection=restricted, restriction_type=CollectionViewRestriction.LOGIN
    )
    hidden = ImageFactory(title="Interno", collection=restricted)
    # On a live page, but in a restricted collection.
    ArticlePageFactory(parent=index, lead_image=hidden, lead_image_alt="Interno")
    # Uploaded for a service still waiting for approval: on no live page yet.
    pending = ImageFactory(title="Foto in attesa", collection=provider["setup"].image_collection)

    data = get_json(client, f"/api/v2/images/{image.pk}/")
    listing = get_json(client, "/api/v2/images/")

    assert set(data) == {"id", "meta", "title", "width", "height"}
    assert set(data["meta"]) == {"type", "detail_url", "tags", "download_url"}
    assert data["title"] == "Sede della cooperativa"
    assert [item["id"] for item in listing["items"]] == [image.pk]
    get_json(client, f"/api/v2/images/{hidden.pk}/", status=404)
    get_json(client, f"/api/v2/images/{pending.pk}/", status=404)


@pytest.mark.django_db
@pytest.mark.parametrize("visitor", ["anonymous", "superuser", "knows_the_password"])
def test_documents_endpoint_lists_public_documents_only(
    client, provider, superuser, visitor, index
):
    public = provider["document"]
    root = Collection.get_first_root_node()
    restricted = root.add_child(name="Verbali riservati")
    CollectionViewRestriction.objects.create(
        collection=restricted, restriction_type=CollectionViewRestriction.LOGIN
    )
    inner = restricted.add_child(name="Verbali 2026")
    protected = root.add_child(name="Bilanci")
    password = CollectionViewRestriction.objects.create(
        collection=protected, restriction_type=CollectionViewRestriction.PASSWORD, password="x"
    )
    private = wagtail_factories.DocumentFactory(title="Verbale", collection=restricted)
    nested = wagtail_factories.DocumentFactory(title="Verbale di marzo", collection=inner)
    locked = wagtail_factories.DocumentFactory(title="Bilancio", collection=protected)
    pending = wagtail_factories.DocumentFactory(title="Modulo in bozza")
    # All but the pending one are linked from a live page.
    ArticlePageFactory(
        parent=index,
        body=[
            {"type": "paragraph", "value": use_document(document)}
            for document in (private, nested, locked)
        ],
    )
    if visitor == "superuser":
        client.force_login(superuser)
    elif visitor == "knows_the_password":
        unlock(client, password)

    listing = get_json(client, "/api/v2/documents/")
    detail = get_json(client, f"/api/v2/documents/{public.pk}/")

    assert [item["title"] for item in listing["items"]] == ["Regolamento"]
    assert detail["meta"]["download_url"] == f"http://localhost{public.url}"
    for document in (private, nested, locked, pending):
        get_json(client, f"/api/v2/documents/{document.pk}/", status=404)


@pytest.mark.django_db
def test_service_detail_exposes_what_the_service_page_shows(client, provider):
    service = provider["service"]
    detail = get_json(client, f"/api/v2/pages/{service.pk}/")
    assert detail["category"] == {"code": "assistenza-sociale", "name": "Assistenza sociale"}
    assert detail["pillar"]["code"] == "territoriale"
    assert detail["how_to"] == service.how_to
    assert detail["is_free"] is True
    assert {"documents", "cost_options", "contacts", "locations", "verified_on"} <= set(detail)
    provider_page = get_json(client, f"/api/v2/pages/{provider['setup'].page.pk}/")
    assert provider_page["legal_status"] == provider["setup"].page.legal_status
    assert "hsds_id" not in provider_page
