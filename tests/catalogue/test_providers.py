"""create_provider makes everything a provider needs, and nothing more; the management
command wraps it; the admin a provider sees is trimmed to its own work."""

import re
from io import StringIO

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command

from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
)

import pytest

from catalogue.models import ProviderPage
from catalogue.providers import (
    WORKFLOW_NAME,
    create_provider,
    ensure_catalogue_workflow,
    is_editorial_user,
    is_provider_user,
)

pytest_plugins = ["tests.catalogue.conftest_providers"]


@pytest.fixture
def catalogue(services_index, pillars):
    return services_index


def test_creates_a_live_provider_page_under_the_catalogue(catalogue, pillars):
    setup = create_provider("Cooperativa Sociale Il Girasole", "Info@Girasole.example.org")

    page = ProviderPage.objects.get(pk=setup.page.pk)
    assert page.get_parent().pk == catalogue.pk
    assert page.live
    assert page.title == "Cooperativa Sociale Il Girasole"
    assert page.slug == "cooperativa-sociale-il-girasole"
    assert page.legal_status == "third_sector"
    assert page.pillar == pillars["territoriale"]
    assert page.live_revision is not None
    # The login address is not published as the provider's public contact.
    assert page.email == ""


def test_pillar_follows_the_legal_status_unless_given(catalogue, pillars):
    public = create_provider(
        "Comune di Noventa", "sociale@noventa.example.org", legal_status="public_body"
    )
    company = create_provider(
        "Officine Rossi",
        "welfare@rossi.example.org",
        legal_status="company",
        pillar_code="pubblico",
    )
    assert public.page.pillar == pillars["pubblico"]
    assert company.page.pillar == pillars["pubblico"]


def test_group_may_add_and_edit_its_page_but_never_publish(catalogue):
    setup = create_provider("Associazione Aurora", "aurora@example.org")

    assert setup.group.name == "Ente: Associazione Aurora"
    assert {perm.codename for perm in setup.group.permissions.all()} == {"access_admin"}
    page_permissions = GroupPagePermission.objects.filter(group=setup.group)
    assert {(perm.page_id, perm.permission.codename) for perm in page_permissions} == {
        (setup.page.pk, "add_page"),
        (setup.page.pk, "change_page"),
    }
    permissions = setup.page.permissions_for_user(setup.user)
    assert permissions.can_edit()
    assert permissions.can_add_subpage()
    assert not permissions.can_publish()
    assert not permissions.can_unpublish()
    assert not permissions.can_lock()
    assert not permissions.can_delete()  # a live page, and no publish permission
    assert not catalogue.permissions_for_user(setup.user).can_edit()


def test_provider_gets_its_own_image_and_document_collections(catalogue):
    setup = create_provider("Associazione Aurora", "aurora@example.org")

    root = Collection.get_first_root_node()
    for collection in (setup.image_collection, setup.document_collection):
        assert collection.get_parent() == root
        assert "Associazione Aurora" in collection.name
    granted = {
        (perm.collection_id, perm.permission.content_type.app_label, perm.permission.codename)
        for perm in GroupCollectionPermission.objects.filter(group=setup.group)
    }
    images, documents = setup.image_collection.pk, setup.document_collection.pk
    assert granted == {
        (images, "wagtailimages", "add_image"),
        (images, "wagtailimages", "change_image"),
        (images, "wagtailimages", "choose_image"),
        (documents, "wagtaildocs", "add_document"),
        (documents, "wagtaildocs", "change_document"),
        (documents, "wagtaildocs", "choose_document"),
    }


def test_user_has_no_password_is_not_staff_and_belongs_to_the_group(catalogue):
    setup = create_provider("Associazione Aurora", " Aurora@Example.org ")

    user = get_user_model().objects.get(pk=setup.user.pk)
    assert user.username == "aurora@example.org"
    assert user.email == "aurora@example.org"
    assert not user.has_usable_password()
    assert not user.is_staff
    assert not user.is_superuser
    assert list(user.groups.all()) == [setup.group]
    assert user.has_perm("wagtailadmin.access_admin")
    assert is_provider_user(user)
    assert not is_editorial_user(user)


def test_user_receives_a_working_link_to_choose_a_password(
    catalogue, client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        setup = create_provider("Associazione Aurora", "aurora@example.org")

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["aurora@example.org"]
    assert "Associazione Aurora" in message.body
    assert "aurora@example.org" in message.body
    link = re.search(r"http://\S+/admin/password_reset/confirm/\S+/", message.body).group(0)
    path = link.split("127.0.0.1:8000", 1)[1]

    form_page = client.get(path, follow=True)
    assert form_page.status_code == 200
    set_password_url = form_page.redirect_chain[-1][0]
    response = client.post(
        set_password_url,
        {"new_password1": "una-password-robusta-42", "new_password2": "una-password-robusta-42"},
    )
    assert response.status_code == 302

    setup.user.refresh_from_db()
    assert setup.user.check_password("una-password-robusta-42")
    # Through the real login form: django-axes' backend needs the request.
    login = {"username": "aurora@example.org", "password": "una-password-robusta-42"}
    assert client.post("/admin/login/", login).status_code == 302
    assert client.get("/admin/").status_code == 200


def test_no_email_is_sent_when_the_transaction_rolls_back(
    catalogue, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        create_provider("Associazione Aurora", "aurora@example.org")
    # The e-mail (the others purge the page cache: portal.cache).
    others = [c for c in callbacks if getattr(c, "func", c).__module__ != "portal.cache"]
    assert len(others) == 1
    assert mail.outbox == []


@pytest.mark.parametrize(
    ("name", "email", "kwargs", "message"),
    [
        ("", "a@example.org", {}, "Indica il nome dell'ente"),
        ("Ente", "non-un-indirizzo", {}, "non è valido"),
        ("Ente", "a@example.org", {"legal_status": "pirata"}, "Natura giuridica sconosciuta"),
        ("Ente", "a@example.org", {"pillar_code": "lunare"}, "Il pilastro «lunare» non esiste"),
        ("!!!", "a@example.org", {}, "non contiene lettere o cifre"),
    ],
)
def test_bad_input_is_refused_with_an_italian_message(catalogue, name, email, kwargs, message):
    pages, groups = Page.objects.count(), Group.objects.count()
    with pytest.raises(ValidationError) as error:
        create_provider(name, email, **kwargs)
    assert message in " ".join(error.value.messages)
    assert (Page.objects.count(), Group.objects.count()) == (pages, groups)


def test_a_provider_cannot_be_created_twice(catalogue):
    create_provider("Associazione Aurora", "aurora@example.org")
    counts = (Page.objects.count(), Group.objects.count(), Collection.objects.count())

    with pytest.raises(ValidationError, match="esiste già nel catalogo"):
        create_provider("associazione  aurora", "altra@example.org")
    with pytest.raises(ValidationError, match="Esiste già un utente"):
        create_provider("Associazione Tramonto", "AURORA@example.org")

    assert (Page.objects.count(), Group.objects.count(), Collection.objects.count()) == counts
    assert not get_user_model().objects.filter(email="altra@example.org").exists()


def test_nothing_is_left_behind_when_creation_fails_half_way(catalogue, monkeypatch):
    counts = (Page.objects.count(), Group.objects.count(), Collection.objects.count())

    def broken_user(email):
        raise ValidationError("Errore simulato")

    monkeypatch.setattr("catalogue.providers._create_user", broken_user)
    with pytest.raises(ValidationError):
        create_provider("Associazione Aurora", "aurora@example.org")

    assert (Page.objects.count(), Group.objects.count(), Collection.objects.count()) == counts


def test_without_a_catalogue_the_error_says_what_to_do(home, pillars):
    with pytest.raises(ValidationError, match="Manca il catalogo dei servizi"):
        create_provider("Associazione Aurora", "aurora@example.org")


def test_a_parent_that_is_not_the_catalogue_is_refused(catalogue, home):
    with pytest.raises(ValidationError, match="sotto il catalogo dei servizi"):
        create_provider("Associazione Aurora", "aurora@example.org", parent=home)


def test_the_catalogue_workflow_is_made_once_and_assigned_to_the_catalogue(catalogue):
    first = create_provider("Associazione Aurora", "aurora@example.org")
    second = create_provider("Associazione Tramonto", "tramonto@example.org")
    again = ensure_catalogue_workflow()

    assert first.workflow == second.workflow == again
    assert Workflow.objects.filter(name=WORKFLOW_NAME).count() == 1
    assert WorkflowPage.objects.get(page=catalogue).workflow == again
    tasks = [task.specific for task in again.tasks]
    assert len(tasks) == 1
    assert [group.name for group in tasks[0].groups.all()] == ["Editors"]
    assert first.page.get_workflow() == again


def test_a_disabled_workflow_is_turned_back_on(catalogue):
    workflow = ensure_catalogue_workflow()
    workflow.deactivate()

    again = ensure_catalogue_workflow()

    assert again.pk == workflow.pk
    assert again.active
    assert WorkflowPage.objects.get(page=catalogue).workflow == again


def test_management_command_creates_the_provider_and_says_what_it_made(
    catalogue, django_capture_on_commit_callbacks
):
    out = StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command(
            "create_provider",
            "Comune di Noventa Padovana",
            "--email",
            "sociale@noventa.example.org",
            "--legal-status",
            "public_body",
            stdout=out,
        )

    page = ProviderPage.objects.get(title="Comune di Noventa Padovana")
    assert page.legal_status == "public_body"
    output = out.getvalue()
    assert "Ente creato: Comune di Noventa Padovana" in output
    assert "Ente: Comune di Noventa Padovana" in output
    assert "sociale@noventa.example.org" in output
    assert WORKFLOW_NAME in output
    assert len(mail.outbox) == 1


def test_management_command_reports_errors_without_a_traceback(catalogue):
    create_provider("Associazione Aurora", "aurora@example.org")
    with pytest.raises(CommandError, match="esiste già"):
        call_command("create_provider", "Associazione Aurora", "--email", "x@example.org")


# --- The admin a provider sees ------------------------------------------------------------


def test_provider_menu_shows_only_pages_images_and_documents(provider_client):
    response = provider_client.get("/admin/")
    assert response.status_code == 200
    menu = re.search(r'<script id="wagtail-sidebar-props"[^>]*>(.*?)</script>', response.text, re.S)
    props = menu.group(1)
    for name in ('"explorer"', '"images"', '"documents"'):
        assert name in props
    for name in ('"reports"', '"settings"', '"help"', '"snippets"', '"catalogue-taxonomy"'):
        assert name not in props


def test_editor_menu_is_not_trimmed(client, world):
    client.force_login(world.editor)
    response = client.get("/admin/")
    props = re.search(
        r'<script id="wagtail-sidebar-props"[^>]*>(.*?)</script>', response.text, re.S
    ).group(1)
    assert '"help"' in props
    assert '"reports"' in props


def test_provider_dashboard_has_no_site_summary_and_only_its_own_panels(provider_client):
    response = provider_client.get("/admin/")
    assert response.context["site_summary"].summary_items == []
    names = {getattr(panel, "name", "") for panel in response.context["panels"]}
    assert names <= {"user_objects_in_workflow_moderation", "recent_edits", "locked_pages"}
    assert "catalogue_stale_services" not in names


def test_explorer_starts_at_the_provider_page(provider_client, world):
    response = provider_client.get("/admin/pages/")
    assert response.status_code == 302
    assert response.url == f"/admin/pages/{world.a.page.pk}/"
    listing = provider_client.get(response.url)
    assert "Alfa assistenza domiciliare" in listing.text
    assert "Alfa trasporto sociale" in listing.text


def test_is_provider_user_ignores_editorial_staff(world, django_user_model):
    assert is_provider_user(world.a.user)
    assert not is_provider_user(world.editor)
    assert is_editorial_user(world.editor)
    both = django_user_model.objects.create_user("entrambi", "entrambi@example.org")
    both.groups.add(world.a.group, world.editor.groups.get())
    assert not is_provider_user(both)
    superuser = django_user_model.objects.create_superuser("capo", "capo@example.org", "x")
    assert not is_provider_user(superuser)
    assert is_editorial_user(superuser)
