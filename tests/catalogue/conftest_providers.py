"""Fixtures for the provider tests: two providers made by ``create_provider``, their
pages in every state the admin knows (live, draft, in moderation), their images and
documents, and an editor.

Loaded as a plugin (``pytest_plugins``) by the provider test modules. Names are distinct
from ``tests/catalogue/conftest.py`` so the two never shadow each other.

Provider B's names all contain the marker ``Quokka``: provider A's responses must never
contain it.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

import wagtail_factories
from wagtail.models import Page
from wagtail.test.utils.form_data import querydict_from_html

import pytest
from bs4 import BeautifulSoup

from catalogue.factories import (
    CatalogueIndexPageFactory,
    PillarFactory,
    ServiceCategoryFactory,
    ServicePageFactory,
)
from catalogue.providers import EDITORS_GROUP, ProviderSetup, create_provider
from home.factories import ImageFactory

MARKER = "quokka"  # the tests check it in lower-cased responses
GUARD = "catalogue.admin_guard.ProviderIsolationMiddleware"


@dataclass
class World:
    index: Page
    a: ProviderSetup
    b: ProviderSetup
    a_live: Page
    a_draft: Page
    b_live: Page
    b_draft: Page
    b_moderated: Page
    b_task_state_id: int
    b_image: object
    b_document: object
    a_image: object
    a_document: object
    editor: object


@pytest.fixture
def services_index(home):
    return CatalogueIndexPageFactory(parent=home)


@pytest.fixture
def pillars(locales):
    return {
        code: PillarFactory(name=name, code=code)
        for code, name in [
            ("pubblico", "Pubblico"),
            ("aziendale", "Aziendale"),
            ("territoriale", "Territoriale"),
        ]
    }


@pytest.fixture
def category(locales):
    return ServiceCategoryFactory(name="Assistenza sociale", code="assistenza-sociale")


@pytest.fixture
def editor_user(db):
    user = get_user_model().objects.create_user(
        "redazione", "redazione@example.org", "password-redazione"
    )
    user.groups.add(Group.objects.get(name=EDITORS_GROUP))
    return user


def make_service(parent, title, *, live=True, user=None, **kwargs):
    """A service under ``parent`` with a first revision (published when ``live``)."""
    kwargs.setdefault("category", ServiceCategoryFactory(name="Assistenza sociale"))
    kwargs.setdefault("verified_on", datetime.date.today())
    service = ServicePageFactory(parent=parent, title=title, live=live, **kwargs)
    revision = service.save_revision(user=user)
    if live:
        revision.publish()  # as an editor would, after approval
    service.refresh_from_db()
    return service


@pytest.fixture
def world(services_index, pillars, category, editor_user) -> World:
    a = create_provider("Cooperativa Alfa", "alfa@example.org")
    b = create_provider("Associazione Quokka", "info@quokka.example.org")

    a_live = make_service(a.page, "Alfa assistenza domiciliare", user=a.user)
    a_draft = make_service(a.page, "Alfa trasporto sociale", live=False, user=a.user)
    b_live = make_service(b.page, "Quokka sportello pubblicato", user=b.user)
    b_live.title = "Quokka sportello con modifiche in bozza"
    b_live.save_revision(user=b.user)
    b_draft = make_service(b.page, "Quokka bozza riservata", live=False, user=b.user)
    b_moderated = make_service(b.page, "Quokka in approvazione", live=False, user=b.user)
    workflow_state = b_moderated.get_workflow().start(b_moderated, b.user)

    return World(
        index=services_index,
        a=a,
        b=b,
        a_live=a_live,
        a_draft=a_draft,
        b_live=b_live,
        b_draft=b_draft,
        b_moderated=b_moderated,
        b_task_state_id=workflow_state.current_task_state.pk,
        b_image=ImageFactory(title="Quokka logo", collection=b.image_collection),
        b_document=wagtail_factories.DocumentFactory(
            title="Quokka regolamento", collection=b.document_collection
        ),
        a_image=ImageFactory(title="Alfa logo", collection=a.image_collection),
        a_document=wagtail_factories.DocumentFactory(
            title="Alfa regolamento", collection=a.document_collection
        ),
        editor=editor_user,
    )


@pytest.fixture
def provider_client(client, world):
    """A test client logged in as provider A."""
    client.force_login(world.a.user)
    return client


@pytest.fixture
def with_guard(settings):
    """Run a test with the isolation middleware installed, whatever the settings say."""
    if GUARD not in settings.MIDDLEWARE:
        settings.MIDDLEWARE = [*settings.MIDDLEWARE, GUARD]


@pytest.fixture
def without_guard(settings):
    """Run a test with Wagtail's own protections only."""
    settings.MIDDLEWARE = [entry for entry in settings.MIDDLEWARE if entry != GUARD]


@pytest.fixture
def edit_form_data():
    """A function returning the edit form of a page as a browser posts it: existing
    inline rows keep their ids and ticked checkboxes send "on" (Wagtail's
    ``querydict_from_html`` sends "", which Django reads as unticked)."""

    def read(client, page, **changes):
        html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
        data = querydict_from_html(html, form_id="page-edit-form")
        form = BeautifulSoup(html, "html.parser").find("form", id="page-edit-form")
        for checkbox in form.find_all("input", type="checkbox", checked=True):
            if "value" not in checkbox.attrs:
                data[checkbox["name"]] = "on"
        for name, value in changes.items():
            data[name] = value
        return data

    return read
