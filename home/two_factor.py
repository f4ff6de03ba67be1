"""Two-factor authentication for the admin, with django-otp's TOTP devices.

Whoever has a confirmed authenticator gives its six-digit code on Wagtail's login form.
With ``PORTAL_REQUIRE_2FA`` on (production), superusers, editors and moderators must also
have one: after a password-only login they are sent to the enrolment page, and no other
admin page opens until they confirm a code. Providers may enrol from their account.

It lives in ``home`` beside the other cross-cutting admin pieces (reports): an installed
app, so its hooks and templates are found, without a new app for four small parts.
"""

import base64
from io import BytesIO

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods

from wagtail.admin.forms.auth import LoginForm

import qrcode
import qrcode.image.svg
from django_otp import login as otp_login
from django_otp import user_has_device
from django_otp.plugins.otp_totp.models import TOTPDevice

from catalogue.providers import is_editorial_user

DEVICE_NAME = "Autenticatore"


def two_factor_required(user) -> bool:
    """Superusers, editors and moderators, when the portal requires it."""
    return settings.PORTAL_REQUIRE_2FA and is_editorial_user(user)


def confirmed_device(user) -> TOTPDevice | None:
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


class CodeField(forms.CharField):
    def __init__(self, **kwargs):
        super().__init__(
            max_length=6,
            strip=True,
            widget=forms.TextInput(
                attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "size": 6}
            ),
            **kwargs,
        )


class TwoFactorLoginForm(LoginForm):
    """Wagtail's login form (WAGTAILADMIN_USER_LOGIN_FORM) with the authenticator's code."""

    otp_token = CodeField(
        label=_("Codice di verifica"),
        required=False,
        help_text=_("Le sei cifre dell'app di autenticazione, se l'hai attivata."),
    )

    error_messages = {
        **LoginForm.error_messages,
        "code_required": _("Inserisci il codice di verifica della tua app di autenticazione."),
        "code_invalid": _("Il codice di verifica non è valido o è scaduto. Riprova."),
        "code_throttled": _("Troppi codici errati: attendi qualche secondo e riprova."),
    }

    def clean(self):
        cleaned_data = super().clean()
        user = self.get_user()
        device = confirmed_device(user) if user is not None else None
        if device is not None:
            self._verify_code(user, device, cleaned_data.get("otp_token", ""))
        return cleaned_data

    def _verify_code(self, user, device, code):
        if not code:
            raise forms.ValidationError(self.error_messages["code_required"], "code_required")
        allowed, _details = device.verify_is_allowed()
        if not allowed:
            raise forms.ValidationError(self.error_messages["code_throttled"], "code_throttled")
        if not device.verify_token(code):
            raise forms.ValidationError(self.error_messages["code_invalid"], "code_invalid")
        # django-otp's user_logged_in handler records the device in the session.
        user.otp_device = device


class EnrolmentForm(forms.Form):
    otp_token = CodeField(label=_("Codice di verifica"))


class TwoFactorMiddleware:
    """Keeps the admin closed to sessions that skipped the second factor.

    A user with an authenticator whose session was not verified with a code is logged out;
    a user who must have one and has none goes to the enrolment page.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if (
            request.path.startswith(reverse("wagtailadmin_home"))
            and user.is_authenticated
            and not user.is_verified()
            and request.path not in self._open_paths()
        ):
            if user_has_device(user):
                logout(request)
                return redirect_to_login(request.get_full_path(), reverse("wagtailadmin_login"))
            if two_factor_required(user):
                return redirect(f"{reverse('home_two_factor')}?next={request.path}")
        return self.get_response(request)

    @staticmethod
    def _open_paths():
        return {
            reverse("wagtailadmin_login"),
            reverse("wagtailadmin_logout"),
            reverse("home_two_factor"),
            reverse("wagtailadmin_javascript_catalog"),
        }


def qr_code_svg(text: str) -> str:
    image = qrcode.make(text, image_factory=qrcode.image.svg.SvgPathImage, box_size=8)
    buffer = BytesIO()
    image.save(buffer)
    svg = buffer.getvalue().decode()
    # Drop the XML declaration: the SVG goes inline in the page.
    return svg[svg.index("<svg") :]


def _pending_device(user) -> TOTPDevice:
    """The unconfirmed authenticator being set up, kept so reloading shows the same code."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=False)
    return device


def _next_url(request) -> str:
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return reverse("wagtailadmin_home")


@require_http_methods(["GET", "POST"])
def two_factor(request):
    """Shows whether the authenticator is active; sets one up, or removes an optional one."""
    user = request.user
    required = two_factor_required(user)
    device = confirmed_device(user)
    context = {"required": required, "next": _next_url(request)}

    if device is not None:
        if request.method == "POST" and request.POST.get("action") == "remove" and not required:
            TOTPDevice.objects.filter(user=user).delete()
            messages.success(request, _("Verifica in due passaggi disattivata."))
            return redirect("home_two_factor")
        return TemplateResponse(request, "home/admin/two_factor.html", {**context, "active": True})

    pending = _pending_device(user)
    form = EnrolmentForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        allowed, _details = pending.verify_is_allowed()
        if not allowed:
            form.add_error("otp_token", TwoFactorLoginForm.error_messages["code_throttled"])
        elif pending.verify_token(form.cleaned_data["otp_token"]):
            pending.confirmed = True
            pending.save(update_fields=["confirmed"])
            otp_login(request, pending)
            messages.success(request, _("Verifica in due passaggi attivata."))
            return redirect(context["next"])
        else:
            form.add_error(
                "otp_token",
                _("Il codice non corrisponde: controlla l'ora del telefono e riprova."),
            )
    secret = base64.b32encode(pending.bin_key).decode()
    return TemplateResponse(
        request,
        "home/admin/two_factor.html",
        {
            **context,
            "active": False,
            "form": form,
            # Drawn here, never by an outside service: the secret must not leave the portal.
            "qr_code": mark_safe(qr_code_svg(pending.config_url)),  # noqa: S308 - our own SVG
            "secret": " ".join(secret[i : i + 4] for i in range(0, len(secret), 4)),
        },
    )
