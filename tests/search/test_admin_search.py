"""The Wagtail admin's page search keeps working next to the portal search (it uses
Wagtail's configured backend, not SearchService)."""

import pytest


@pytest.mark.django_db
def test_admin_page_search_finds_drafts_and_live_pages(admin_client, make_article):
    live = make_article("Orti sociali per anziani")
    draft = make_article("Orti di comunità in bozza")
    draft.unpublish()
    response = admin_client.get("/admin/pages/search/", {"q": "orti"})
    assert response.status_code == 200
    found = {page.pk for page in response.context["pages"]}
    assert {live.pk, draft.pk} <= found
