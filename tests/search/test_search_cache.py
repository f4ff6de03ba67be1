"""Search results and autocomplete are cached briefly per query, filters and page
(SEARCH_CACHE_SECONDS), and a change of the search index makes them stale at once."""

import pytest

from search.service import SearchService

from .conftest import publish


@pytest.fixture(autouse=True)
def _search_cache_on(settings):
    settings.SEARCH_CACHE_SECONDS = 60


@pytest.fixture
def engine_calls(monkeypatch):
    """How many times the search service really ran, by method."""
    calls = {"search": 0, "autocomplete": 0}
    for name in calls:
        original = getattr(SearchService, name)

        def counting(self, *args, _name=name, _original=original, **kwargs):
            calls[_name] += 1
            return _original(self, *args, **kwargs)

        monkeypatch.setattr(SearchService, name, counting)
    return calls


def titles(response) -> list[str]:
    return [hit.title for hit in response.context["results"].hits]


@pytest.mark.django_db
def test_the_same_search_runs_once(client, make_article, engine_calls):
    make_article("Sportello welfare di Vigonza")
    first = client.get("/cerca/", {"q": "sportello"})
    second = client.get("/cerca/", {"q": "sportello"})
    assert engine_calls["search"] == 1
    assert titles(first) == titles(second) == ["Sportello welfare di Vigonza"]
    assert "<mark>Sportello</mark> welfare di Vigonza" in second.content.decode()


@pytest.mark.django_db
def test_query_filters_and_page_each_have_their_own_entry(
    client, make_article, terms, engine_calls
):
    make_article("Lavoro e cura", topics=[terms["work"]])
    make_article("Cura e tempo libero")
    assert len(titles(client.get("/cerca/", {"q": "cura"}))) == 2
    assert titles(client.get("/cerca/", {"q": "cura", "topic": "lavoro"})) == ["Lavoro e cura"]
    client.get("/cerca/", {"q": "cura", "page": "2"})
    client.get("/cerca/", {"q": "tempo"})
    assert engine_calls["search"] == 4
    # Unknown filter values are dropped before the key is made: the same entry.
    assert len(titles(client.get("/cerca/", {"q": "cura", "pillar": "BAD CODE!"}))) == 2
    assert engine_calls["search"] == 4


@pytest.mark.django_db
def test_publishing_makes_cached_results_stale(
    client, make_article, engine_calls, django_capture_on_commit_callbacks
):
    make_article("Banca del tempo")
    assert titles(client.get("/cerca/", {"q": "tempo"})) == ["Banca del tempo"]

    with django_capture_on_commit_callbacks(execute=True):
        make_article("Tempo libero in compagnia")

    assert sorted(titles(client.get("/cerca/", {"q": "tempo"}))) == [
        "Banca del tempo",
        "Tempo libero in compagnia",
    ]
    assert engine_calls["search"] == 2


@pytest.mark.django_db
def test_unpublishing_removes_the_hit_at_once(
    client, make_article, engine_calls, django_capture_on_commit_callbacks
):
    article = make_article("Banca del tempo")
    assert titles(client.get("/cerca/", {"q": "banca"})) == ["Banca del tempo"]
    with django_capture_on_commit_callbacks(execute=True):
        article.unpublish()
    assert titles(client.get("/cerca/", {"q": "banca"})) == []


@pytest.mark.django_db
def test_autocomplete_is_cached_and_purged_by_the_index(
    client, make_article, engine_calls, django_capture_on_commit_callbacks
):
    article = make_article("Banca del tempo")
    first = client.get("/cerca/autocomplete/", {"q": "banc"}).json()
    again = client.get("/cerca/autocomplete/", {"q": "BANC"}).json()
    assert again["suggestions"] == first["suggestions"]
    assert engine_calls["autocomplete"] == 1
    assert [s["title"] for s in first["suggestions"]] == ["Banca del tempo"]

    article.title = "Banca delle ore"
    with django_capture_on_commit_callbacks(execute=True):
        publish(article)
    renamed = client.get("/cerca/autocomplete/", {"q": "banc"}).json()
    assert [s["title"] for s in renamed["suggestions"]] == ["Banca delle ore"]


@pytest.mark.django_db
def test_zero_seconds_turns_the_cache_off(client, make_article, engine_calls, settings):
    settings.SEARCH_CACHE_SECONDS = 0
    make_article("Banca del tempo")
    client.get("/cerca/", {"q": "banca"})
    client.get("/cerca/", {"q": "banca"})
    assert engine_calls["search"] == 2
