"""The page django-axes shows a locked-out login (AXES_LOCKOUT_CALLABLE): Italian, 429."""

from django.conf import settings
from django.shortcuts import render

from axes.helpers import get_cool_off


def lockout_response(request, original_response=None, credentials=None):
    cool_off = get_cool_off(request)
    minutes = max(1, round(cool_off.total_seconds() / 60)) if cool_off else None
    return render(
        request,
        "security/lockout.html",
        {"minutes": minutes},
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )
