from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from articles.feeds import ArticlesAtomFeed, ArticlesFeed
from home import views as home_views
from home.api import api_router
from home.rating import rate_page
from search import views as search_views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # Open data: every page of both languages for crawlers, and the read-only Wagtail API.
    path("sitemap.xml", home_views.sitemap, name="sitemap"),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
    path("api/v2/", api_router.urls),
    path("api/hsds/", include("catalogue.hsds.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Public pages: Italian without a prefix, English under /en/.
urlpatterns += i18n_patterns(
    # Translated paths: /cerca/ in Italian, /en/search/ in English.
    path(_("cerca/"), search_views.search, name="search"),
    path(_("cerca/autocomplete/"), search_views.autocomplete, name="search_autocomplete"),
    # The "how clear was this page?" answers (articles and services).
    path(_("valuta/<int:page_id>/"), rate_page, name="rate_page"),
    # Feeds of the newest articles: all of them, or one topic's (its slug is the same in
    # every language): /articoli/feed/rss/, /en/articles/topics/lavoro/feed/atom/.
    path(_("articoli/feed/rss/"), ArticlesFeed(), name="articles_feed_rss"),
    path(_("articoli/feed/atom/"), ArticlesAtomFeed(), name="articles_feed_atom"),
    path(
        _("articoli/argomenti/<slug:topic>/feed/rss/"),
        ArticlesFeed(),
        name="articles_topic_feed_rss",
    ),
    path(
        _("articoli/argomenti/<slug:topic>/feed/atom/"),
        ArticlesAtomFeed(),
        name="articles_topic_feed_atom",
    ),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
