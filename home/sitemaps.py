"""The sitemap: every live, public page of the site in every language, each with the
``hreflang`` alternates of its translations.

Wagtail's stock sitemap walks the default site's root only, which holds the Italian tree;
the English pages live under the root's translation. This one walks every translation of
the root, and fetches the alternates of a whole sitemap page in one query.
"""

from collections import defaultdict

from django.db.models import Q

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Locale, Page


class PortalSitemap(Sitemap):
    def items(self):
        site_root = self.get_wagtail_site().root_page
        in_site = Q()
        for root in Page.objects.filter(translation_key=site_root.translation_key):
            in_site |= Page.objects.descendant_of_q(root, inclusive=True)
        return (
            Page.objects.live()
            .public()
            .filter(in_site)
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        alternates = self._alternates({page.translation_key for page in pages})
        urls = []
        for item in pages:
            for url_info in item.get_sitemap_urls(self.request):
                versions = alternates.get(item.translation_key, [])
                # Announce alternates only where there are translations, and only on the
                # page's own URL (not on extra URLs a page type may add).
                if len(versions) > 1 and url_info["location"] in {v["location"] for v in versions}:
                    url_info["alternates"] = versions
                urls.append(url_info)
        last_mods = [url_info.get("lastmod") for url_info in urls]
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls

    def _alternates(self, translation_keys) -> dict:
        """Map each translation key to the live, public versions of that page, as
        ``{"lang_code", "location"}`` ordered by language code (the sitemap template's shape)."""
        languages = dict(Locale.objects.values_list("pk", "language_code"))
        versions = defaultdict(list)
        translations = (
            Page.objects.live()
            .public()
            .filter(translation_key__in=translation_keys)
            .only("pk", "url_path", "translation_key", "locale_id")
            .order_by("translation_key", "locale__language_code")
        )
        for translation in translations:
            location = translation.get_full_url(self.request)
            if location:
                versions[translation.translation_key].append(
                    {"lang_code": languages[translation.locale_id], "location": location}
                )
        return versions
