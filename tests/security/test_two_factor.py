"""Two-factor authentication through real requests: Wagtail's login form asks the
authenticator's code of whoever has one; with PORTAL_REQUIRE_2FA, editors, moderators and
superusers without one are kept on the enrolment page; providers may enrol or not."""

import re
import time
from base64 import b32decode

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from catalogue.providers import EDITORS_GROUP, MODERATORS_GROUP, provider_group_name

LOGIN = "/admin/login/"
ENROL = "/admin/verifica-in-due-passaggi/"
PASSWORD = "una-password-lunga-2026"  # noqa: S105


def code_for(device, offset=0):
    """The code the user's phone shows now (``offset`` steps away)."""
    code = totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits, drift=offset)
    return f"{code:06d}"


def make_user(username, *groups, superuser=False):
    model = get_user_model()
    create = model.objects.create_superuser if superuser else model.objects.create_user
    user = create(username, f"{username}@example.org", PASSWORD)
    for name in groups:
        user.groups.add(Group.objects.get(name=name))
    return user


@pytest.fixture
def editor(db):
    return make_user("redattore", EDITORS_GROUP)


@pytest.fixture
def provider(db):
    group = Group.objects.create(name=provider_group_name("Cooperativa Il Ponte"))
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    return make_user("ente", group.name)


@pytest.fixture
def required(settings):
    settings.PORTAL_REQUIRE_2FA = True


def add_device(user):
    return TOTPDevice.objects.create(user=user, name="Autenticatore", confirmed=True)


def log_in(client, username, code=None):
    data = {"username": username, "password": PASSWORD}
    if code is not None:
        data["otp_token"] = code
    return client.post(LOGIN, data)


def test_production_requires_two_factor_and_tests_do_not(settings):
    assert settings.PORTAL_REQUIRE_2FA is False  # portal.settings.test
    # portal.settings.production is checked in tests/test_settings.py.


def test_the_login_form_has_a_one_time_code_field(client, db):
    page = client.get(LOGIN).content.decode()
    assert 'name="otp_token"' in page
    assert 'autocomplete="one-time-code"' in page


@pytest.mark.usefixtures("required")
def test_a_password_alone_is_refused_to_an_editor_with_an_authenticator(client, editor):
    add_device(editor)
    response = log_in(client, "redattore")
    assert response.status_code == 200
    assert "Inserisci il codice di verifica" in response.content.decode()
    assert "_auth_user_id" not in client.session


@pytest.mark.usefixtures("required")
def test_the_right_code_lets_the_editor_in(client, editor):
    device = add_device(editor)
    response = log_in(client, "redattore", code_for(device))
    assert response.status_code == 302
    assert response.url == "/admin/"
    assert client.get("/admin/pages/").status_code == 200


@pytest.mark.usefixtures("required")
def test_a_wrong_code_is_refused(client, editor):
    device = add_device(editor)
    wrong = f"{(int(code_for(device)) + 1) % 1_000_000:06d}"
    response = log_in(client, "redattore", wrong)
    assert response.status_code == 200
    assert "Il codice di verifica non è valido" in response.content.decode()
    assert "_auth_user_id" not in client.session


@pytest.mark.usefixtures("required")
def test_a_used_code_cannot_be_replayed(client, editor):
    device = add_device(editor)
    code = code_for(device)
    assert log_in(client, "redattore", code).status_code == 302
    client.logout()
    assert log_in(client, "redattore", code).status_code == 200


@pytest.mark.usefixtures("required")
def test_a_session_that_skipped_the_code_is_logged_out_of_the_admin(client, editor):
    add_device(editor)
    client.force_login(editor)  # as if logged in some other way, without the code
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response.url.startswith(LOGIN)
    assert "_auth_user_id" not in client.session


@pytest.mark.usefixtures("required")
@pytest.mark.parametrize("role", ["editor", "moderator", "superuser"])
def test_staff_without_an_authenticator_are_kept_on_the_enrolment_page(client, db, role):
    if role == "superuser":
        make_user("persona", superuser=True)
    else:
        make_user("persona", EDITORS_GROUP if role == "editor" else MODERATORS_GROUP)
    assert log_in(client, "persona").status_code == 302
    for path in ("/admin/", "/admin/pages/", "/admin/images/", "/admin/account/"):
        response = client.get(path)
        assert response.status_code == 302, path
        assert response.url == f"{ENROL}?next={path}"
    page = client.get(ENROL)
    assert page.status_code == 200
    assert "Il tuo ruolo richiede la verifica in due passaggi" in page.content.decode()


@pytest.mark.usefixtures("required")
def test_enrolment_shows_a_local_qr_code_and_the_secret(client, editor):
    log_in(client, "redattore")
    page = client.get(ENROL).content.decode()
    device = TOTPDevice.objects.get(user=editor, confirmed=False)
    # The QR code is an inline SVG drawn by the portal: no image from any other server.
    assert "<svg" in page
    assert "http" not in re.search(r"<svg.*?</svg>", page, re.DOTALL).group(0).replace(
        "http://www.w3.org/2000/svg", ""
    )
    secret = re.search(r'id="two-factor-secret">([A-Z2-7 ]+)<', page).group(1)
    assert b32decode(secret.replace(" ", "")) == device.bin_key
    # Reloading keeps the same secret, so a half-done scan is not wasted.
    client.get(ENROL)
    assert TOTPDevice.objects.filter(user=editor).count() == 1


@pytest.mark.usefixtures("required")
def test_enrolment_with_the_right_code_confirms_the_device_and_opens_the_admin(client, editor):
    log_in(client, "redattore")
    client.get(ENROL)
    device = TOTPDevice.objects.get(user=editor)

    wrong = client.post(ENROL, {"otp_token": "000000" if code_for(device) != "000000" else "1"})
    assert wrong.status_code == 200
    assert "Il codice non corrisponde" in wrong.content.decode()
    device.refresh_from_db()
    assert device.confirmed is False
    # Right after a wrong code django-otp makes the user wait (a second, doubling).
    throttled = client.post(ENROL, {"otp_token": code_for(device)})
    assert "Troppi codici errati" in throttled.content.decode()
    time.sleep(1.1)

    response = client.post(ENROL, {"otp_token": code_for(device), "next": "/admin/pages/"})
    assert response.status_code == 302
    assert response.url == "/admin/pages/"
    device.refresh_from_db()
    assert device.confirmed is True
    assert client.get("/admin/pages/").status_code == 200

    # From now on the code is asked at login.
    client.logout()
    assert log_in(client, "redattore").status_code == 200


@pytest.mark.usefixtures("required")
def test_enrolment_does_not_redirect_to_another_site(client, editor):
    log_in(client, "redattore")
    client.get(ENROL)
    device = TOTPDevice.objects.get(user=editor)
    response = client.post(ENROL, {"otp_token": code_for(device), "next": "https://evil.example/"})
    assert response.url == "/admin/"


@pytest.mark.usefixtures("required")
def test_a_provider_without_an_authenticator_uses_the_admin(client, provider):
    assert log_in(client, "ente").status_code == 302
    assert client.get("/admin/").status_code == 200
    assert ENROL in client.get("/admin/account/").content.decode()


@pytest.mark.usefixtures("required")
def test_a_provider_can_enrol_and_remove_an_optional_authenticator(client, provider):
    log_in(client, "ente")
    page = client.get(ENROL).content.decode()
    assert "Il tuo ruolo richiede" not in page
    device = TOTPDevice.objects.get(user=provider)
    assert client.post(ENROL, {"otp_token": code_for(device)}).status_code == 302
    assert TOTPDevice.objects.get(user=provider).confirmed

    client.logout()
    assert log_in(client, "ente").status_code == 200  # the code is now needed
    # The code used to enrol cannot be used again; the next step's is accepted.
    assert log_in(client, "ente", code_for(device, offset=1)).status_code == 302

    assert client.post(ENROL, {"action": "remove"}).status_code == 302
    assert not TOTPDevice.objects.filter(user=provider).exists()


@pytest.mark.usefixtures("required")
def test_staff_cannot_remove_a_required_authenticator(client, editor):
    device = add_device(editor)
    log_in(client, "redattore", code_for(device))
    response = client.post(ENROL, {"action": "remove"})
    assert response.status_code == 200
    assert TOTPDevice.objects.filter(user=editor, confirmed=True).exists()


def test_with_the_requirement_off_editors_without_a_device_use_the_admin(client, editor):
    assert log_in(client, "redattore").status_code == 302
    assert client.get("/admin/pages/").status_code == 200
