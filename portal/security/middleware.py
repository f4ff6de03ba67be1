"""Response headers that protect every page: Content-Security-Policy and Permissions-Policy.

Public pages get ``CONTENT_SECURITY_POLICY`` (strict: our own scripts and styles only).
The Wagtail admin, whose pages and previews live under the admin prefix, gets
``PORTAL_ADMIN_CONTENT_SECURITY_POLICY``, relaxed only where Wagtail needs it. Documents
served by Wagtail get ``PORTAL_DOCUMENT_CONTENT_SECURITY_POLICY``: an uploaded file can
run nothing and load nothing, even when a browser renders it.
"""

from django.conf import settings

from csp.constants import HEADER
from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import build_policy, default_config

ADMIN_PREFIX = "/admin/"
DOCUMENT_VIEW = "wagtaildocs_serve"


def _directives(setting_name: str) -> dict:
    return default_config(getattr(settings, setting_name)["DIRECTIVES"])


def _is_served_document(request, response) -> bool:
    """A file streamed by Wagtail's document view (not its password form or a redirect)."""
    match = getattr(request, "resolver_match", None)
    return match is not None and match.url_name == DOCUMENT_VIEW and response.streaming


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and request.path.startswith(ADMIN_PREFIX):
            parts.config = _directives("PORTAL_ADMIN_CONTENT_SECURITY_POLICY")
        return parts

    def process_response(self, request, response):
        if _is_served_document(request, response):
            # Wagtail sets its own "default-src 'none'" here; ours adds the sandbox.
            response[HEADER] = build_policy(
                config=_directives("PORTAL_DOCUMENT_CONTENT_SECURITY_POLICY")
            )
            return response
        if request.path.startswith(ADMIN_PREFIX) and HEADER in response:
            # A preview renders the page through this middleware with a dummy request for
            # its public URL; that policy (frame-ancestors 'none') would keep the preview
            # out of the admin's own frame. The admin response takes the admin's policy.
            del response[HEADER]
        return super().process_response(request, response)


class PermissionsPolicyMiddleware:
    """Sends ``Permissions-Policy`` built from ``PORTAL_PERMISSIONS_POLICY``.

    Each feature maps to its allow-list: ``[]`` denies it everywhere (``camera=()``),
    ``["self"]`` allows it to our own pages only.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.header = ", ".join(
            f"{feature}=({' '.join(origins)})"
            for feature, origins in settings.PORTAL_PERMISSIONS_POLICY.items()
        )

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", self.header)
        return response
