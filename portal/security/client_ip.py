"""The visitor's address, for login throttling (django-axes' AXES_CLIENT_IP_CALLABLE).

X-Forwarded-For is trusted only when the request comes from one of our own reverse
proxies (``PORTAL_TRUSTED_PROXIES``); anyone else could write any address into it and
escape the lockout. Behind the proxy, the client is the right-most address the proxies
did not add themselves.
"""

from ipaddress import ip_address

from django.conf import settings


def _valid(address: str) -> bool:
    try:
        ip_address(address)
    except ValueError:
        return False
    return True


def client_ip(request) -> str:
    remote = request.META.get("REMOTE_ADDR", "")
    trusted = set(settings.PORTAL_TRUSTED_PROXIES)
    if remote not in trusted:
        return remote
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    for address in reversed(forwarded):
        if address and address not in trusted:
            return address if _valid(address) else remote
    return remote
