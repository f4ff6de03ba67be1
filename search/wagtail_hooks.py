from django.urls import path

from wagtail import hooks

from . import admin_views


@hooks.register("register_admin_urls")
def register_related_urls():
    return [
        path(
            "related/<int:page_id>/exclude/<int:suggested_id>/",
            admin_views.exclude_suggestion,
            name="search_related_exclude",
        ),
        path(
            "related/<int:page_id>/restore/<int:excluded_id>/",
            admin_views.restore_suggestion,
            name="search_related_restore",
        ),
    ]
