"""Per-field permission bypass: a provider posts what its forms do not offer.

``tests/catalogue/test_isolation.py`` already walks the settings areas a provider could
name (groups, users, sites, collections, workflows, locales, redirects, snippets) and
the page actions it lacks (publish, lock, unpublish, privacy). Here: every other admin
screen without arguments (no 500, and the settings ones refused), creation forms of the
settings areas posted to blindly, and hidden page fields smuggled into the provider's own
edit form (owner, lock, live, dates, locale, parent, tree fields, identifiers).
"""

from __future__ import annotations

import datetime
import uuid

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Collection, Locale, Page, Site, Task, Workflow

import pytest

from catalogue.models import ServicePage
from home.models import HomePage

pytest_plugins = ["tests.catalogue.conftest_providers"]

pytestmark = pytest.mark.django_db

# Admin screens that change the session or exist to fail, not to be probed.
SKIPPED = {"wagtailadmin_logout", "wagtailadmin_error_test", "wagtailadmin_login"}
# Screens that belong to the site's editors: a provider is sent back to the dashboard.
# (The form submissions index lists only form pages the user may edit: none.)
SETTINGS_PREFIXES = (
    "admin/collections/",
    "admin/workflows/",
    "admin/reports/",
    "admin/redirects/",
    "admin/searchpicks/",
    "admin/locales/",
    "admin/sites/",
    "admin/users/",
    "admin/groups/",
    "admin/localize/reports/",
)


def _walk(patterns, prefix=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from _walk(pattern.url_patterns, prefix + str(pattern.pattern))
        elif isinstance(pattern, URLPattern):
            yield prefix + str(pattern.pattern), pattern.name


def admin_screens_without_arguments() -> list[str]:
    return sorted(
        route
        for route, name in _walk(get_resolver().url_patterns)
        if route.startswith("admin/")
        and "<" not in route
        and "(" not in route
        and "^" not in route
        and name
        and name not in SKIPPED
    )


def test_every_admin_screen_answers_a_provider_without_error(world, provider_client):
    # One test walks every screen: building the providers' world once per screen (142 of
    # them) made this module the slowest of the suite.
    problems = []
    for route in admin_screens_without_arguments():
        response = provider_client.get("/" + route, {"q": "<script>alert(1)</script>" * 3})
        status = response.status_code
        if status not in (200, 302, 400, 403, 404, 405):
            problems.append((route, status))
        if route.startswith(SETTINGS_PREFIXES):
            if status not in (302, 403):
                problems.append((route, status, "settings screen not refused"))
            elif status == 302 and response["Location"] != "/admin/":
                problems.append((route, response["Location"]))
        html = status == 200 and "html" in response.get("Content-Type", "")
        if html and "quokka" in response.content.decode().lower():
            problems.append((route, "names the other provider"))

    assert problems == []


SETTINGS_CREATION = [
    ("/admin/searchpicks/add/", {"query_string": "servizi", "search_picks-TOTAL_FORMS": "1",
                                 "search_picks-INITIAL_FORMS": "0",
                                 "search_picks-0-page": "1", "search_picks-0-ORDER": "0"}),
    ("/admin/redirects/add/", {"old_path": "/servizi/", "redirect_link": "https://evil.example.org/",
                               "is_permanent": "on"}),
    ("/admin/redirects/import/", {"import_file": "", "input_format": "0"}),
    ("/admin/locales/new/", {"language_code": "en"}),
    ("/admin/sites/new/", {"hostname": "evil.example.org", "port": "80", "root_page": "1",
                           "is_default_site": "on"}),
    ("/admin/collections/add/", {"name": "Raccolta", "parent": "1"}),
    ("/admin/workflows/add/", {"name": "Senza approvazione", "active": "on"}),
    ("/admin/workflows/task_chooser/create/", {"create-task-name": "Auto"}),
    ("/admin/users/new/", {"username": "x", "email": "x@example.org", "is_superuser": "on",
                           "password1": "pw-Lunga-123!", "password2": "pw-Lunga-123!"}),
    ("/admin/groups/new/", {"name": "Editors 2"}),
]  # fmt: skip


def counts() -> dict:
    return {
        "redirects": Redirect.objects.count(),
        "picks": SearchPromotion.objects.count(),
        "queries": Query.objects.count(),
        "locales": Locale.objects.count(),
        "sites": Site.objects.count(),
        "collections": Collection.objects.count(),
        "workflows": Workflow.objects.count(),
        "tasks": Task.objects.count(),
        "users": get_user_model().objects.count(),
    }


def test_provider_cannot_create_anything_in_the_settings(world, provider_client):
    before = counts()
    for url, data in SETTINGS_CREATION:
        response = provider_client.post(url, data)

        # 400: the task chooser's answer to a user who may not add tasks.
        assert response.status_code in (302, 400, 403), (url, response.status_code)
        if response.status_code == 302:
            assert response["Location"] == "/admin/", url
        assert counts() == before, url


def page_row(page) -> dict:
    return (
        Page.objects.filter(pk=page.pk)
        .values(
            "owner_id",
            "locked",
            "locked_by_id",
            "locked_at",
            "live",
            "first_published_at",
            "locale_id",
            "path",
            "depth",
            "url_path",
            "numchild",
            "translation_key",
            "content_type_id",
            "alias_of_id",
            "expired",
        )
        .get()
    )


def test_hidden_page_fields_posted_to_the_own_form_take_no_effect(
    world, provider_client, edit_form_data, approve_and_publish, locales
):
    page = world.a_live
    before = page_row(page)
    hsds_id = ServicePage.objects.get(pk=page.pk).hsds_id
    smuggled = {
        "owner": world.b.user.pk,
        "locked": "on",
        "locked_by": world.b.user.pk,
        "locked_at": "2020-01-01 00:00",
        "live": "",
        "first_published_at": "2000-01-01 00:00",
        "last_published_at": "2000-01-01 00:00",
        "latest_revision_created_at": "2000-01-01 00:00",
        "locale": locales[1].pk,
        "parent": world.b.page.pk,
        "parent_page": world.b.page.pk,
        "new_parent_page": world.b.page.pk,
        "path": "0001",
        "depth": "1",
        "url_path": "/evil/",
        "numchild": "99",
        "translation_key": str(uuid.uuid4()),
        "content_type": ContentType.objects.get_for_model(HomePage).pk,
        "alias_of": world.b_live.pk,
        "hsds_id": str(uuid.uuid4()),
        "expired": "on",
        "has_unpublished_changes": "",
        "live_revision": "1",
        "latest_revision": "1",
        "id": world.b_live.pk,
        "pk": world.b_live.pk,
    }
    data = edit_form_data(provider_client, page, introduction="Introduzione aggiornata.")
    for name, value in smuggled.items():
        data[name] = value
    data["action-submit"] = "1"

    response = provider_client.post(f"/admin/pages/{page.pk}/edit/", data)

    assert response.status_code == 302, response.context and response.context["form"].errors
    live = approve_and_publish(page)
    assert live.introduction == "Introduzione aggiornata."
    after = page_row(page)
    # Publishing restores the first publication date from the revision's JSON, which keeps
    # milliseconds: the same instant, not the year 2000 that was posted.
    published = after.pop("first_published_at") - before.pop("first_published_at")
    assert abs(published.total_seconds()) < 0.001
    assert after == before
    assert live.hsds_id == hsds_id
    assert live.get_parent().pk == world.a.page.pk
    assert live.owner_id != world.b.user.pk  # unchanged (the snapshot above)
    # B's page, named by id, is untouched.
    assert Page.objects.get(pk=world.b_live.pk).title == "Quokka sportello pubblicato"


def test_provider_cannot_publish_by_posting_the_publish_action(
    world, provider_client, edit_form_data
):
    page = world.a_live
    past = (datetime.datetime.now() - datetime.timedelta(days=1)).strftime("%Y-%m-%d %H:%M")
    data = edit_form_data(provider_client, page, title="Pubblicato senza approvazione")
    data["go_live_at"] = past
    data["action-publish"] = "action-publish"

    provider_client.post(f"/admin/pages/{page.pk}/edit/", data)

    assert Page.objects.get(pk=page.pk).title == "Alfa assistenza domiciliare"
    assert "Pubblicato senza approvazione" not in Client().get(page.url).content.decode()


@pytest.mark.parametrize(
    "url",
    [
        "/admin/pages/{a}/move/",
        "/admin/pages/{a}/move/{b}/confirm/",
        "/admin/pages/{a}/copy/",
        "/admin/pages/{a}/privacy/",
        "/admin/pages/{a}/lock/",
    ],
)
def test_provider_cannot_move_copy_or_restrict_its_page_elsewhere(url, world, provider_client):
    target = url.format(a=world.a_live.pk, b=world.b.page.pk)
    before = page_row(world.a_live)

    response = provider_client.post(
        target,
        {"new_parent_page": world.b.page.pk, "new_title": "Copia", "new_slug": "copia",
         "restriction_type": "login"},
    )  # fmt: skip

    assert response.status_code in (200, 302, 403)
    assert page_row(world.a_live) == before
    assert not Page.objects.filter(slug="copia").descendant_of(world.b.page).exists()
