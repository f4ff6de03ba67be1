"""Providers change their listings through the real admin forms; nothing goes live until
an editor approves it in the "Approvazione catalogo" workflow.

The flows run twice: with Wagtail alone and with the isolation middleware, to prove the
middleware lets a provider's legitimate work through.
"""

import datetime

from django.test import Client

from wagtail.models import TaskState, WorkflowState
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
)

import pytest

from articles.factories import TopicFactory
from catalogue.factories import (
    AccessibilityFeatureFactory,
    MunicipalityFactory,
    PillarFactory,
    ServiceCategoryFactory,
    TargetGroupFactory,
)
from catalogue.models import ServicePage
from catalogue.providers import APPROVAL_TASK_NAME

pytest_plugins = ["tests.catalogue.conftest_providers"]

pytestmark = pytest.mark.django_db


@pytest.fixture(params=["without_guard", "with_guard"])
def guard(request):
    request.getfixturevalue(request.param)
    return request.param


@pytest.fixture
def vocabulary(locales):
    """Italian-locale terms for every taxonomy field of the service form."""
    return {
        "category": ServiceCategoryFactory(name="Assistenza sociale", code="assistenza-sociale"),
        "pillar": PillarFactory(name="Territoriale", code="territoriale"),
        "elderly": TargetGroupFactory(name="Anziani", code="anziani"),
        "families": TargetGroupFactory(name="Famiglie", code="famiglie"),
        "topic": TopicFactory(name="Assistenza sociale", slug="assistenza-sociale"),
        "vigonza": MunicipalityFactory(),
        "padova": MunicipalityFactory(
            name="Padova", code="padova", istat_code="028060", cadastral_code="G224"
        ),
        "ramp": AccessibilityFeatureFactory(name="Rampa di accesso", code="rampa"),
    }


def service_form(vocabulary, **overrides):
    """The complete POST of the ServicePage editor (all tabs, every inline panel, the
    nested opening hours and closures of each location)."""
    fields = {
        "title": "Pasti a domicilio",
        "slug": "pasti-a-domicilio",
        "introduction": "Un pasto caldo consegnato a casa ogni giorno.",
        "status": "active",
        "status_reason": "",
        "description": rich_text("<p>I volontari consegnano il pranzo a casa.</p>"),
        "audience": rich_text("<p>Persone anziane che vivono sole.</p>"),
        "min_age": "65",
        "max_age": "",
        "how_to": rich_text("<p>Telefona allo sportello per iscriverti.</p>"),
        "documents": inline_formset(
            [
                {"name": "Documento d'identità", "url": ""},
                {"name": "Attestazione ISEE", "url": "https://www.inps.it/"},
            ]
        ),
        "outcome": rich_text("<p>Un pasto completo dal lunedì al venerdì.</p>"),
        "times": rich_text("<p>Si comincia entro una settimana.</p>"),
        "conditions": rich_text("<p>Regolamento del servizio pasti.</p>"),
        "further_information": rich_text("<p>Menù per diete speciali su richiesta.</p>"),
        "online_url": "",
        "booking_url": "https://prenota.example.org/pasti",
        "phone": "049 123 4567",
        "email": "pasti@alfa.example.org",
        "desk": "Sportello di via Roma, martedì mattina.",
        "cost_description": "Contributo in base all'ISEE.",
        "cost_options": inline_formset(
            [{"option": "Pasto singolo", "amount": "4.50", "amount_description": "ISEE alto"}]
        ),
        "welfare_credit": "on",
        "contacts": inline_formset(
            [{"name": "Ufficio pasti", "role": "Segreteria", "phone": "049 000 1111", "email": ""}]
        ),
        "languages": inline_formset([{"code": "it"}, {"code": "en"}]),
        "locations": inline_formset(
            [
                {
                    "name": "Cucina centrale",
                    "address": "Via Roma 1",
                    "postcode": "35010",
                    "municipality": vocabulary["vigonza"].pk,
                    "latitude": "45.443300",
                    "longitude": "11.981000",
                    "opening_hours": inline_formset(
                        [
                            {"weekday": "0", "opens": "09:00", "closes": "12:30"},
                            {"weekday": "2", "opens": "14:00", "closes": "17:00"},
                        ]
                    ),
                    "closures": inline_formset([{"date": "2026-08-14", "reason": "Ferie"}]),
                }
            ]
        ),
        "category": vocabulary["category"].pk,
        "pillar": vocabulary["pillar"].pk,
        "verified_on": "2026-05-01",
        "seo_title": "",
        "search_description": "",
        "go_live_at": "",
        "expire_at": "",
        "comments": inline_formset([]),
    }
    fields.update(overrides)
    data = nested_form_data(fields)
    # Multiple-choice fields post a list under one name: set them after flattening.
    data["target_groups"] = [vocabulary["elderly"].pk, vocabulary["families"].pk]
    data["topics"] = [vocabulary["topic"].pk]
    data["municipalities"] = [vocabulary["vigonza"].pk, vocabulary["padova"].pk]
    data["locations-0-accessibility"] = [vocabulary["ramp"].pk]
    return data


def approve(world, page):
    """The editor approves the page's current task through the workflow action view."""
    editor = Client()
    editor.force_login(world.editor)
    task_state = page.current_workflow_state.current_task_state
    response = editor.post(
        f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/", {"comment": ""}
    )
    assert response.status_code == 302, response
    return task_state


def test_provider_creates_a_service_that_goes_live_only_once_approved(
    guard, world, vocabulary, provider_client
):
    public = Client()
    data = service_form(vocabulary)
    data["action-submit"] = "1"

    response = provider_client.post(
        f"/admin/pages/add/catalogue/servicepage/{world.a.page.pk}/", data
    )

    assert response.status_code == 302, response.context and response.context["form"].errors
    service = ServicePage.objects.get(slug="pasti-a-domicilio")
    assert service.get_parent().pk == world.a.page.pk
    assert service.owner == world.a.user
    assert not service.live
    assert service.workflow_in_progress
    assert service.current_workflow_task.name == APPROVAL_TASK_NAME
    assert public.get(service.url).status_code == 404

    # Everything the form posted is in the revision waiting for approval.
    draft = service.get_latest_revision_as_object()
    assert [document.name for document in draft.documents.all()] == [
        "Documento d'identità",
        "Attestazione ISEE",
    ]
    location = draft.locations.get()
    assert [(hours.weekday, hours.opens) for hours in location.opening_hours.all()] == [
        (0, datetime.time(9, 0)),
        (2, datetime.time(14, 0)),
    ]
    assert [closure.date for closure in location.closures.all()] == [datetime.date(2026, 8, 14)]

    approve(world, service)

    service.refresh_from_db()
    assert service.live
    assert not service.workflow_in_progress
    state = WorkflowState.objects.get(base_content_type__model="page", object_id=str(service.pk))
    assert state.status == WorkflowState.STATUS_APPROVED
    page = public.get(service.url)
    assert page.status_code == 200
    html = page.content.decode()
    assert "Pasti a domicilio" in html
    assert "Telefona allo sportello per iscriverti." in html
    assert "Cucina centrale" in html
    live = ServicePage.objects.get(pk=service.pk)
    assert {group.code for group in live.target_groups.all()} == {"anziani", "famiglie"}
    assert {place.code for place in live.municipalities.all()} == {"vigonza", "padova"}
    assert [language.code for language in live.languages.all()] == ["it", "en"]
    assert live.cost_options.get().amount == 4.5
    assert list(live.locations.get().accessibility.all()) == [vocabulary["ramp"]]


def test_a_live_service_keeps_its_public_text_until_the_edit_is_approved(
    guard, world, vocabulary, provider_client, edit_form_data
):
    public = Client()
    service = world.a_live
    old_text = "Persone anziane che vivono sole."
    first = service_form(vocabulary, title=service.title, slug=service.slug)
    first["action-submit"] = "1"
    provider_client.post(f"/admin/pages/{service.pk}/edit/", first)
    approve(world, ServicePage.objects.get(pk=service.pk))
    assert old_text in public.get(service.url).content.decode()

    changed = edit_form_data(
        provider_client,
        service,
        audience=rich_text("<p>Tutte le famiglie con una persona non autosufficiente.</p>"),
    )
    changed["action-submit"] = "1"
    response = provider_client.post(f"/admin/pages/{service.pk}/edit/", changed)

    assert response.status_code == 302, response.context and response.context["form"].errors
    service.refresh_from_db()
    assert service.live
    assert service.workflow_in_progress
    assert service.has_unpublished_changes
    html = public.get(service.url).content.decode()
    assert old_text in html
    assert "persona non autosufficiente" not in html

    approve(world, service)

    html = public.get(service.url).content.decode()
    assert "Tutte le famiglie con una persona non autosufficiente." in html
    assert old_text not in html


def test_publishing_directly_only_saves_a_draft(world, vocabulary, provider_client):
    public = Client()
    service = world.a_live
    before = public.get(service.url).content.decode()
    data = service_form(vocabulary, title=service.title, slug=service.slug)
    data["action-publish"] = "1"

    response = provider_client.post(f"/admin/pages/{service.pk}/edit/", data)

    assert response.status_code == 302
    service.refresh_from_db()
    assert service.has_unpublished_changes
    assert not service.workflow_in_progress
    assert public.get(service.url).content.decode() == before
    assert "Pasti a domicilio" not in before


def test_the_provider_cannot_approve_its_own_submission(world, vocabulary, provider_client):
    data = service_form(vocabulary)
    data["action-submit"] = "1"
    provider_client.post(f"/admin/pages/add/catalogue/servicepage/{world.a.page.pk}/", data)
    service = ServicePage.objects.get(slug="pasti-a-domicilio")
    task_state = service.current_workflow_state.current_task_state

    response = provider_client.post(
        f"/admin/pages/workflow/action/{service.pk}/approve/{task_state.pk}/", {"comment": ""}
    )

    assert response.status_code in (302, 403)
    service.refresh_from_db()
    assert not service.live
    assert TaskState.objects.get(pk=task_state.pk).status == TaskState.STATUS_IN_PROGRESS


def test_editor_requests_changes_and_the_provider_resubmits(
    world, vocabulary, provider_client, edit_form_data
):
    editor = Client()
    editor.force_login(world.editor)
    data = service_form(vocabulary)
    data["action-submit"] = "1"
    provider_client.post(f"/admin/pages/add/catalogue/servicepage/{world.a.page.pk}/", data)
    service = ServicePage.objects.get(slug="pasti-a-domicilio")
    task_state = service.current_workflow_state.current_task_state

    response = editor.post(
        f"/admin/pages/workflow/action/{service.pk}/reject/{task_state.pk}/",
        {"comment": "Manca l'indirizzo dello sportello."},
    )
    assert response.status_code == 302
    service.refresh_from_db()
    assert not service.live
    assert service.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES

    data = edit_form_data(provider_client, service, desk="Sportello di via Roma 3, martedì 9-12.")
    data["action-submit"] = "1"
    response = provider_client.post(f"/admin/pages/{service.pk}/edit/", data)
    assert response.status_code == 302
    service.refresh_from_db()
    assert service.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS

    approve(world, service)
    service.refresh_from_db()
    assert service.live
    assert service.desk == "Sportello di via Roma 3, martedì 9-12."


def test_editors_see_submissions_waiting_for_them_on_the_dashboard(
    world, vocabulary, provider_client
):
    data = service_form(vocabulary)
    data["action-submit"] = "1"
    provider_client.post(f"/admin/pages/add/catalogue/servicepage/{world.a.page.pk}/", data)

    editor = Client()
    editor.force_login(world.editor)
    dashboard = editor.get("/admin/").content.decode()

    assert "Pasti a domicilio" in dashboard
