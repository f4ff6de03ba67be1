"""Site-wide views outside the page tree: the sitemap and robots.txt."""

from django.conf import settings
from django.http import HttpResponse
from django.urls import reverse
from django.utils import translation
from django.views.decorators.http import require_GET

from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap

from .sitemaps import PortalSitemap


def sitemap(request):
    return wagtail_sitemap(request, sitemaps={"pages": PortalSitemap})


@require_GET
def robots_txt(request):
    """Crawlers may read every public page, but not the admin nor search results (endless
    combinations of queries and filters); the sitemap lists what there is."""
    lines = ["User-agent: *", "Allow: /", f"Disallow: {reverse('wagtailadmin_home')}"]
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            lines.append(f"Disallow: {reverse('search')}?")
            lines.append(f"Disallow: {reverse('search_autocomplete')}")
    lines.append(f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
