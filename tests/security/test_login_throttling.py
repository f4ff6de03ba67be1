"""django-axes on the real Wagtail login form: after AXES_FAILURE_LIMIT wrong passwords for
one user name from one address, that pair is locked out (status 429, an Italian page),
even with the right password; other users and other addresses still log in."""

from django.contrib.auth import get_user_model
from django.test import Client

import pytest
from axes.models import AccessAttempt

LOGIN = "/admin/login/"
PASSWORD = "la-password-giusta-2026"  # noqa: S105


@pytest.fixture
def users(db):
    model = get_user_model()
    return (
        model.objects.create_superuser("redattrice", "redattrice@example.org", PASSWORD),
        model.objects.create_superuser("collega", "collega@example.org", PASSWORD),
    )


def attempt(client, username, password, **extra):
    return client.post(LOGIN, {"username": username, "password": password}, **extra)


def fail_until_locked(client, username, settings, **extra):
    responses = [
        attempt(client, username, "sbagliata", **extra) for _ in range(settings.AXES_FAILURE_LIMIT)
    ]
    # The form answers each failure with its error until the limit is reached.
    assert [r.status_code for r in responses[:-1]] == [200] * (settings.AXES_FAILURE_LIMIT - 1)
    return responses[-1]


def test_the_limit_is_five_failures_for_fifteen_minutes(settings):
    assert settings.AXES_FAILURE_LIMIT == 5
    assert settings.AXES_COOLOFF_TIME.total_seconds() == 15 * 60
    assert settings.AXES_LOCKOUT_PARAMETERS == [["username", "ip_address"]]


def test_wrong_passwords_lock_the_user_out_even_with_the_right_password(client, users, settings):
    locked = fail_until_locked(client, "redattrice", settings)
    assert locked.status_code == 429
    page = locked.content.decode()
    assert "Accesso temporaneamente bloccato" in page
    assert "Riprova tra 15 minuti" in page

    right = attempt(client, "redattrice", PASSWORD)
    assert right.status_code == 429
    assert "_auth_user_id" not in client.session
    assert client.get("/admin/").status_code == 302  # still sent to the login page


def test_a_wrong_password_shows_the_form_error_before_the_limit(client, users):
    response = attempt(client, "redattrice", "sbagliata")
    assert response.status_code == 200
    assert AccessAttempt.objects.get(username="redattrice").failures_since_start == 1


def test_other_users_and_other_addresses_are_not_locked_out(client, users, settings):
    assert fail_until_locked(client, "redattrice", settings).status_code == 429

    # Another user from the same address.
    assert attempt(client, "collega", PASSWORD).status_code == 302
    # The same user from another address.
    elsewhere = Client(REMOTE_ADDR="198.51.100.7")
    assert attempt(elsewhere, "redattrice", PASSWORD).status_code == 302
    assert elsewhere.get("/admin/").status_code == 200


def test_a_forged_forwarded_address_does_not_escape_the_lockout(client, users, settings):
    settings.PORTAL_TRUSTED_PROXIES = ["10.0.0.2"]
    assert fail_until_locked(client, "redattrice", settings).status_code == 429
    # Not from our proxy: X-Forwarded-For is ignored, the address is still the locked one.
    forged = attempt(client, "redattrice", PASSWORD, HTTP_X_FORWARDED_FOR="203.0.113.50")
    assert forged.status_code == 429


def test_behind_the_proxy_each_visitor_is_counted_on_their_own_address(users, settings):
    settings.PORTAL_TRUSTED_PROXIES = ["10.0.0.2"]
    proxy = Client(REMOTE_ADDR="10.0.0.2")
    attacker = {"HTTP_X_FORWARDED_FOR": "203.0.113.50"}
    assert fail_until_locked(proxy, "redattrice", settings, **attacker).status_code == 429
    assert AccessAttempt.objects.get().ip_address == "203.0.113.50"
    # The real user, through the same proxy from their own address, still gets in.
    response = attempt(proxy, "redattrice", PASSWORD, HTTP_X_FORWARDED_FOR="192.0.2.10")
    assert response.status_code == 302


def test_a_successful_login_resets_the_count(client, users, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        attempt(client, "redattrice", "sbagliata")
    assert attempt(client, "redattrice", PASSWORD).status_code == 302
    client.logout()
    # Four more failures do not lock the account: the earlier ones were forgiven.
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert attempt(client, "redattrice", "sbagliata").status_code == 200
    assert attempt(client, "redattrice", PASSWORD).status_code == 302
