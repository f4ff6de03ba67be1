"""Security headers on real responses: a strict Content-Security-Policy on public pages, a
relaxed one for the Wagtail admin, Permissions-Policy and Referrer-Policy everywhere, and
public templates free of inline scripts and styles (which the strict policy would block)."""

import re
from pathlib import Path

from django.contrib.auth import get_user_model

import pytest

from portal.security.client_ip import client_ip

ROOT = Path(__file__).resolve().parents[2]
PUBLIC_TEMPLATE_DIRS = [
    ROOT / "home" / "templates",
    ROOT / "articles" / "templates",
    ROOT / "catalogue" / "templates",
    ROOT / "search" / "templates",
    ROOT / "portal" / "templates",
]
# Admin-only templates live in admin/ folders and are served under the admin's policy.
INLINE_CODE = re.compile(
    r"""\sstyle\s*=|<style\b|<script(?![^>]*\bsrc=)(?![^>]*type="application/(?:ld\+)?json")|\son[a-z]+\s*=\s*["']""",
    re.IGNORECASE,
)


def policy(response, header="Content-Security-Policy"):
    """The header as {directive: [sources]}."""
    directives = {}
    for part in response[header].split(";"):
        name, *values = part.split()
        directives[name] = values
    return directives


@pytest.fixture
def staff_client(client, db):
    admin = get_user_model().objects.create_superuser("capo", "capo@example.org", "x")
    client.force_login(admin)
    return client


@pytest.mark.django_db
def test_public_pages_have_a_strict_content_security_policy(client, home):
    response = client.get(home.url)
    assert response.status_code == 200
    csp = policy(response)
    assert csp["default-src"] == ["'self'"]
    assert csp["script-src"] == ["'self'"]
    assert csp["style-src"] == ["'self'"]
    assert csp["object-src"] == ["'none'"]
    assert csp["base-uri"] == ["'self'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert csp["form-action"] == ["'self'"]
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]


@pytest.mark.django_db
def test_search_and_error_pages_carry_the_same_strict_policy(client, home):
    search = client.get("/cerca/", {"q": "casa"})
    missing = client.get("/non-esiste/")
    assert missing.status_code == 404
    assert search["Content-Security-Policy"] == client.get(home.url)["Content-Security-Policy"]
    assert missing["Content-Security-Policy"] == search["Content-Security-Policy"]


@pytest.mark.django_db
def test_the_admin_gets_a_policy_relaxed_only_for_inline_code_and_its_own_frames(
    staff_client, home
):
    response = staff_client.get("/admin/")
    assert response.status_code == 200
    csp = policy(response)
    # Wagtail's editor prints inline scripts; nothing is eval'd or loaded from elsewhere.
    assert csp["script-src"] == ["'self'", "'unsafe-inline'"]
    assert csp["style-src"] == ["'self'", "'unsafe-inline'"]
    assert csp["default-src"] == ["'self'"]
    assert csp["frame-ancestors"] == ["'self'"]  # the preview panel frames admin URLs
    assert csp["object-src"] == ["'none'"]
    assert csp["form-action"] == ["'self'"]


@pytest.mark.django_db
def test_a_page_preview_is_served_under_the_admin_policy(staff_client, home):
    response = staff_client.get(f"/admin/pages/{home.pk}/view_draft/")
    assert response.status_code == 200
    assert policy(response)["frame-ancestors"] == ["'self'"]


@pytest.mark.django_db
def test_the_admin_login_page_is_under_the_admin_policy(client):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert policy(response)["frame-ancestors"] == ["'self'"]
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/", "/cerca/", "/admin/login/", "/robots.txt"])
def test_permissions_and_referrer_policies_are_on_every_response(client, home, path):
    response = client.get(path)
    assert response.status_code == 200
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    features = dict(item.split("=", 1) for item in response["Permissions-Policy"].split(", "))
    for feature in ("camera", "microphone", "geolocation", "payment", "usb", "interest-cohort"):
        assert features[feature] == "()", feature
    assert response["X-Content-Type-Options"] == "nosniff"


def test_public_templates_have_no_inline_scripts_styles_or_event_handlers():
    offenders = []
    for folder in PUBLIC_TEMPLATE_DIRS:
        for template in folder.rglob("*.html"):
            if "admin" in template.relative_to(folder).parts:
                continue
            for number, line in enumerate(template.read_text().splitlines(), start=1):
                if INLINE_CODE.search(line):
                    offenders.append(f"{template.relative_to(ROOT)}:{number}: {line.strip()}")
    assert offenders == []


def test_the_inline_code_check_would_see_what_it_looks_for():
    assert INLINE_CODE.search('<p style="color: red">')
    assert INLINE_CODE.search("<script>alert(1)</script>")
    assert INLINE_CODE.search('<a onclick="go()">')
    assert INLINE_CODE.search("<style>p {}</style>")
    assert not INLINE_CODE.search('<script src="/static/js/a.js" defer></script>')
    assert not INLINE_CODE.search('<script type="application/ld+json">{}</script>')


class FakeRequest:
    def __init__(self, remote, forwarded=None):
        self.META = {"REMOTE_ADDR": remote}
        if forwarded is not None:
            self.META["HTTP_X_FORWARDED_FOR"] = forwarded


def test_x_forwarded_for_is_ignored_unless_the_request_comes_from_our_proxy(settings):
    settings.PORTAL_TRUSTED_PROXIES = ["10.0.0.2"]
    # Anyone else could write any address there to dodge the login lockout.
    assert client_ip(FakeRequest("203.0.113.9", "198.51.100.1")) == "203.0.113.9"
    # Behind our proxy, the client is the right-most address it did not add itself.
    assert client_ip(FakeRequest("10.0.0.2", "1.2.3.4, 198.51.100.1")) == "198.51.100.1"
    assert client_ip(FakeRequest("10.0.0.2", "198.51.100.1, 10.0.0.2")) == "198.51.100.1"
    # A proxy that forwards garbage does not make garbage an address.
    assert client_ip(FakeRequest("10.0.0.2", "not-an-ip")) == "10.0.0.2"
    assert client_ip(FakeRequest("10.0.0.2")) == "10.0.0.2"
