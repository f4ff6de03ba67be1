"""SearchService on the configured database backend (SQLite FTS5 here, PostgreSQL when
the suite runs with DATABASE_URL): Italian-aware matching, ranking, locale and
visibility rules, filters and facets, excerpts, suggestions, promotions, autocomplete."""

import io

from django.core.management import call_command

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import PageViewRestriction

import pytest

from search.indexing import index_pages, rebuild_index
from search.models import SearchDocument, SearchWord
from search.service import SearchService

from .conftest import publish


def titles(results):
    return [hit.title for hit in results.hits]


def search(query, language="it", **kwargs):
    return SearchService().search(query, language=language, **kwargs)


@pytest.mark.django_db
class TestItalianMatching:
    @pytest.fixture(autouse=True)
    def corpus(self, make_article):
        self.elderly = make_article("Assistenza domiciliare per gli anziani", "Aiuto a casa.")
        self.city = make_article("Vivere in città", "La città che si prende cura di sé.")
        self.service = make_article("Un servizio per le famiglie", "Sostegno alle famiglie.")

    def test_singular_finds_plural(self):
        assert titles(search("anziano")) == [self.elderly.title]

    def test_plural_finds_singular(self):
        assert titles(search("servizi")) == [self.service.title]

    def test_accents_do_not_matter(self):
        assert titles(search("citta")) == [self.city.title]
        assert titles(search("CITTÀ")) == [self.city.title]

    def test_all_words_must_match(self):
        assert titles(search("anziani casa")) == [self.elderly.title]
        assert search("anziani famiglie").total == 0

    def test_phrases_match_words_in_order(self):
        assert titles(search('"assistenza domiciliare"')) == [self.elderly.title]
        assert search('"domiciliare assistenza"').total == 0

    def test_stopwords_alone_find_nothing_rather_than_everything(self):
        results = search("per la di")
        assert results.query.is_empty
        assert results.total == 0


@pytest.mark.django_db
def test_title_matches_rank_above_body_only_matches(make_article):
    body_only = make_article(
        "Banca del tempo",
        "Volontari anziani aiutano altri anziani: gli anziani insegnano, gli anziani imparano.",
    )
    in_title = make_article("Anziani soli", "Una rete di vicinato.")
    results = search("anziani")
    assert titles(results) == [in_title.title, body_only.title]


@pytest.mark.django_db
def test_results_are_only_in_the_active_language(make_article, locales):
    italian = make_article("Servizi per anziani", "Assistenza a casa.")
    english = italian.copy_for_translation(locales[1], copy_parents=True)
    english.title = "Services for older people"
    english.save()
    publish(english)
    assert titles(search("servizi")) == [italian.title]
    assert titles(search("service", language="en")) == [english.title]
    assert search("servizi", language="en").total == 0


@pytest.mark.django_db
class TestVisibility:
    def test_a_page_is_findable_right_after_publishing_and_gone_after_unpublishing(
        self, make_article
    ):
        page = make_article("Sportello unico per il welfare")
        assert titles(search("sportello")) == [page.title]
        page.unpublish()
        assert search("sportello").total == 0
        publish(page)
        assert search("sportello").total == 1

    def test_edits_are_findable_once_published_not_before(self, make_article):
        page = make_article("Sportello unico")
        page.title = "Ufficio di prossimità"
        revision = page.save_revision()
        assert search("prossimita").total == 0
        revision.publish()
        assert titles(search("prossimita")) == ["Ufficio di prossimità"]
        assert search("sportello").total == 0

    def test_private_pages_and_their_children_never_appear(self, make_article, article_index):
        page = make_article("Verbale riservato della rete")
        restriction = PageViewRestriction.objects.create(
            page=article_index, restriction_type=PageViewRestriction.LOGIN
        )
        assert search("verbale").total == 0
        restriction.delete()
        assert search("verbale").total == 1
        assert page.pk

    def test_deleted_pages_leave_index_and_dictionary(self, make_article):
        page = make_article("Orto condiviso di quartiere")
        assert SearchWord.objects.filter(word="orto").exists()
        page.delete()
        assert not SearchDocument.objects.filter(page_id=page.pk).exists()
        assert search("orto").total == 0
        assert not SearchWord.objects.filter(word="orto").exists()

    def test_alias_pages_are_not_results(self, make_article, article_index):
        page = make_article("Mensa solidale")
        alias = page.create_alias(parent=article_index, update_slug="mensa-solidale-copia")
        index_pages([alias.pk])
        assert [hit.page_id for hit in search("mensa").hits] == [page.pk]

    def test_rebuild_gives_the_same_index_as_publishing(self, make_article):
        make_article("Mensa solidale", "Pasti caldi per chi è solo.")
        make_article("Emporio solidale", "Spesa a punti per famiglie.")
        before = set(SearchDocument.objects.values_list("page_id", "title_terms", "body_terms"))
        words = set(SearchWord.objects.values_list("language", "word", "documents"))
        out = io.StringIO()
        call_command("rebuild_search_index", stdout=out)
        assert "Indexed 2 pages" in out.getvalue()
        assert (
            set(SearchDocument.objects.values_list("page_id", "title_terms", "body_terms"))
            == before
        )
        assert set(SearchWord.objects.values_list("language", "word", "documents")) == words
        assert titles(search("solidale", per_page=10)) and search("solidale").total == 2
        assert rebuild_index() == 2


@pytest.mark.django_db
class TestFiltersAndFacets:
    @pytest.fixture(autouse=True)
    def corpus(self, make_article, make_service, make_provider, terms):
        self.terms = terms
        self.article = make_article("Anziani e lavoro di cura", topics=[terms["work"]])
        self.psych = make_service(
            "Sostegno psicologico per anziani",
            category=terms["psychological"],
            municipalities=[terms["padova"]],
            topics=[terms["work"]],
        )
        self.meals = make_service(
            "Pasti a domicilio per anziani",
            provider=make_provider(title="Cooperativa Il Ponte", pillar=terms["community"]),
            pillar=terms["community"],
            municipalities=[terms["vigonza"]],
        )

    def test_type_filter(self):
        assert titles(search("anziani", filters={"type": ["article"]})) == [self.article.title]
        assert search("anziani", filters={"type": ["service"]}).total == 2

    def test_values_of_one_filter_are_or_ed_filters_are_and_ed(self):
        both = search("anziani", filters={"municipality": ["padova", "vigonza"]})
        assert both.total == 2
        narrowed = search(
            "anziani", filters={"municipality": ["padova", "vigonza"], "pillar": ["territoriale"]}
        )
        assert titles(narrowed) == [self.meals.title]

    def test_a_parent_category_includes_its_sub_categories(self):
        results = search("anziani", filters={"category": ["salute"]})
        assert set(titles(results)) == {self.psych.title, self.meals.title}
        assert titles(search("anziani", filters={"category": ["psicologica"]})) == [
            self.psych.title
        ]

    def test_topic_filter_spans_articles_and_services(self):
        results = search("anziani", filters={"topic": ["lavoro"]})
        assert set(titles(results)) == {self.article.title, self.psych.title}

    def test_facet_counts_describe_the_current_results(self):
        results = search("anziani")
        facets = {
            facet.name: {value.code: value.count for value in facet.values}
            for facet in results.facets
        }
        assert facets["type"] == {"article": 1, "service": 2}
        assert facets["municipality"] == {"padova": 1, "vigonza": 1}
        assert facets["category"] == {"salute": 2, "psicologica": 1}
        labels = {v.code: v.label for v in results.facet_map["municipality"].values}
        assert labels == {"padova": "Padova", "vigonza": "Vigonza"}

    def test_selected_values_stay_visible_even_with_no_results(self):
        results = search("anziani", filters={"municipality": ["padova"], "type": ["article"]})
        assert results.total == 0
        selected = [v for v in results.facet_map["municipality"].values if v.selected]
        assert [(v.code, v.count) for v in selected] == [("padova", 0)]

    def test_unknown_filters_and_malformed_values_are_ignored(self):
        results = search(
            "anziani",
            filters={
                "_connector": ["OR"],
                "type": ["nope", "article"],
                "topic": ["<b>", "x" * 500],
            },
        )
        assert results.filters == {"type": ("article",)}
        assert results.total == 1


@pytest.mark.django_db
def test_excerpts_mark_matched_words_and_escape_the_text(make_article):
    make_article(
        "Orti urbani",
        "Un testo lungo che parla di molte cose diverse prima di arrivare al punto, "
        "con parole che riempiono lo spazio e altre ancora per allungare la frase. "
        "Gli anziani &amp; i ragazzi del quartiere coltivano insieme un orto comune.",
    )
    hit = search("anziano").hits[0]
    assert "Gli <mark>anziani</mark> &amp; i ragazzi" in hit.excerpt
    assert hit.excerpt.startswith("… ")
    assert str(hit.title_html) == "Orti urbani"


@pytest.mark.django_db
def test_did_you_mean_offers_a_close_known_word_that_finds_pages(make_article):
    make_article("Assistenza domiciliare per anziani")
    results = search("anzaini")
    assert results.total == 0
    assert results.suggestion == "anziani"
    assert search("zzzzzz").suggestion is None


@pytest.mark.django_db
def test_editors_promoted_results_come_first_and_only_once(make_article, locales):
    promoted = make_article("Sportello sociale", "Informazioni sui servizi per anziani.")
    other = make_article("Anziani attivi", "Corsi e gite.")
    english = promoted.copy_for_translation(locales[1], copy_parents=True)
    publish(english)
    query = Query.get("anziani")
    SearchPromotion.objects.create(
        query=query, page=promoted, sort_order=0, description="Parti da qui"
    )
    SearchPromotion.objects.create(query=query, page=english, sort_order=1)
    results = search("Anziani")
    assert [hit.title for hit in results.promoted] == [promoted.title]
    assert results.promoted[0].description == "Parti da qui"
    assert titles(results) == [other.title]
    # Filters show what the reader asked for, without editorial picks.
    assert search("anziani", filters={"type": ["article"]}).promoted == []


@pytest.mark.django_db
def test_autocomplete_suggests_pages_by_title_prefix(make_article, make_service, locales):
    make_article("Assistenza domiciliare per anziani")
    make_service("Assistenza psicologica")
    make_article("Banca del tempo")
    service = SearchService()
    suggestions = service.autocomplete("assi", language="it")
    assert sorted(s.title for s in suggestions) == [
        "Assistenza domiciliare per anziani",
        "Assistenza psicologica",
    ]
    assert {s.kind for s in suggestions} == {"article", "service"}
    assert [s.title for s in service.autocomplete("assistenza psi", language="it")] == [
        "Assistenza psicologica"
    ]
    assert service.autocomplete("a", language="it") == []
    assert service.autocomplete("assi", language="en") == []


@pytest.mark.django_db
def test_large_result_sets_count_filters_on_a_sample_and_say_so(
    client, make_article, terms, monkeypatch
):
    from search import service

    for number in range(6):
        make_article(f"Laboratorio {number}", topics=[terms["work"]] if number % 2 else [])
    exact = search("laboratorio")
    assert not exact.facets_approximate
    assert {v.code: v.count for v in exact.facet_map["topic"].values} == {"lavoro": 3}

    monkeypatch.setattr(service, "FACET_EXACT_LIMIT", 2)
    monkeypatch.setattr(service, "FACET_SAMPLE", 4)
    sampled = search("laboratorio")
    assert sampled.total == 6 and sampled.facets_approximate
    # The newest four hold two "lavoro" pages; scaled to six results, three.
    assert {v.code: v.count for v in sampled.facet_map["topic"].values} == {"lavoro": 3}
    assert {v.code: v.count for v in sampled.facet_map["type"].values} == {"article": 6}

    monkeypatch.setattr(service, "COUNT_LIMIT", 5)
    bounded = search("laboratorio")
    assert bounded.total == 5 and bounded.total_is_lower_bound
    content = client.get("/cerca/", {"q": "laboratorio"}).content.decode()
    assert "Più di 5 risultati per «laboratorio»" in content
    assert "≈ 5" in content or "≈ 3" in content
