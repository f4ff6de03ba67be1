"""Related content: automatic suggestions computed on publish and stored; curated pages
first; same language; no dead links; editors' exclusions; a fixed query cost."""

import importlib
import io

from django.contrib.auth.models import Group, Permission
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from articles.models import ArticleRelatedPage
from search import similarity
from search.evaluation import (
    LENIENT,
    STRICT,
    JudgementsError,
    curated_agreement,
    judged_evaluation,
    listed,
    precision_at_k,
    read_judgements,
)
from search.models import (
    RelatedExclusion,
    RelatedKey,
    RelatedSuggestion,
    RelatedTerm,
    SearchDocument,
)
from search.related import compute_related, rebuild_related, stored_suggestions
from search.seeding import SLUG_PREFIX

from .conftest import publish


def suggested(page, kind="article"):
    return list(
        RelatedSuggestion.objects.filter(page=page, kind=kind)
        .order_by("rank")
        .values_list("suggested_id", flat=True)
    )


@pytest.fixture
def corpus(make_article, terms):
    work, integration = terms["work"], terms["integration"]
    return {
        "credit": make_article(
            "Il credito welfare aziendale",
            "Il credito welfare si spende in servizi per la famiglia e il lavoro.",
            topics=[work],
        ),
        "plans": make_article(
            "Piani di welfare aziendale nelle piccole imprese",
            "Le imprese offrono credito welfare ai dipendenti per il lavoro di cura.",
            topics=[work],
        ),
        "shifts": make_article(
            "Turni di lavoro e conciliazione",
            "Orari flessibili e credito welfare per chi lavora e assiste un familiare.",
            topics=[work],
        ),
        "garden": make_article(
            "Orti condivisi nei quartieri",
            "Vicini di casa coltivano insieme: integrazione e reti di vicinato.",
            topics=[integration],
        ),
    }


@pytest.mark.django_db
def test_publishing_stores_suggestions_by_shared_topics_and_text(corpus):
    credit = corpus["credit"]
    assert set(suggested(credit)) == {corpus["plans"].pk, corpus["shifts"].pk}
    row = RelatedSuggestion.objects.get(page=credit, suggested=corpus["plans"])
    assert row.shared_topics == ["lavoro"]
    assert 0 < row.text_score <= row.score <= 1
    assert credit.pk not in suggested(credit)


@pytest.mark.django_db
def test_suggestions_stay_in_the_page_language(corpus, locales):
    english = corpus["plans"].copy_for_translation(locales[1], copy_parents=True)
    english.title = "Company welfare plans in small businesses"
    english.save()
    publish(english)
    compute_related(corpus["credit"].pk)
    assert english.pk not in suggested(corpus["credit"])
    assert corpus["credit"].pk not in suggested(english)


@pytest.mark.django_db
def test_curated_pages_come_first_in_order_and_are_never_displaced(client, corpus):
    credit = corpus["credit"]
    ArticleRelatedPage.objects.create(page=credit, related_page=corpus["garden"], sort_order=0)
    ArticleRelatedPage.objects.create(page=credit, related_page=corpus["shifts"], sort_order=1)
    response = client.get(credit.url)
    titles = [item.title for item in response.context["related_articles"]]
    assert titles == [corpus["garden"].title, corpus["shifts"].title, corpus["plans"].title]
    content = response.content.decode()
    assert '<h2 id="related-articles" class="h4">Articoli correlati</h2>' in content


@pytest.mark.django_db
def test_unpublishing_removes_a_page_from_every_list_at_once(client, corpus):
    plans, credit = corpus["plans"], corpus["credit"]
    assert plans.pk in suggested(credit)
    plans.unpublish()
    assert plans.pk not in suggested(credit)  # refreshed in the background task
    response = client.get(credit.url)
    assert plans.title not in [item.title for item in response.context["related_articles"]]


@pytest.mark.django_db
def test_stale_rows_never_become_dead_links(client, corpus):
    plans, credit = corpus["plans"], corpus["credit"]
    # Even before any refresh, a page that left search is not served.
    plans.live = False
    plans.save(update_fields=["live"])
    from search.indexing import index_pages

    index_pages([plans.pk])
    assert RelatedSuggestion.objects.filter(page=credit, suggested=plans).exists()
    assert plans.pk not in [s.page_id for s in stored_suggestions(credit)["article"]]


@pytest.mark.django_db
def test_articles_link_services_sharing_topics_and_services_get_explainers(
    client, corpus, make_service, terms
):
    service = make_service(
        "Sportello welfare aziendale per le imprese",
        topics=[terms["work"]],
        introduction="Aiuto alle imprese per il credito welfare.",
    )
    make_service("Servizio senza argomenti comuni", introduction="Credito welfare.")
    compute_related(corpus["credit"].pk)
    assert suggested(corpus["credit"], kind="service") == [service.pk]
    response = client.get(service.url)
    explainers = [item.title for item in response.context["explainers"]]
    assert 1 <= len(explainers) <= 3
    assert explainers[0] in {corpus[key].title for key in ("credit", "plans", "shifts")}
    assert "Approfondimenti" in response.content.decode()
    article = client.get(corpus["credit"].url)
    assert [s.title for s in article.context["related_services"]] == [service.title]


@pytest.mark.django_db
def test_serving_suggestions_is_one_query(corpus):
    stored_suggestions(corpus["credit"])  # warm the site root cache
    with CaptureQueriesContext(connection) as captured:
        lists = stored_suggestions(corpus["credit"])
    assert len(captured.captured_queries) == 1
    assert len(lists["article"]) == 2


@pytest.mark.django_db
def test_article_page_query_count_does_not_grow_with_suggestions(
    client, make_article, terms, django_assert_max_num_queries
):
    pages = [
        make_article(f"Credito welfare e lavoro {n}", "Credito welfare.", topics=[terms["work"]])
        for n in range(3)
    ]
    client.get(pages[0].url)
    with django_assert_max_num_queries(26):
        client.get(pages[0].url)
    for n in range(3, 9):
        make_article(f"Credito welfare e lavoro {n}", "Credito welfare.", topics=[terms["work"]])
    compute_related(pages[0].pk)
    with django_assert_max_num_queries(26):
        response = client.get(pages[0].url)
    assert len(response.context["related_articles"]) == 4


@pytest.mark.django_db
def test_rebuild_keeps_what_publishing_chose_and_is_deterministic(corpus):
    def chosen():
        return list(
            RelatedSuggestion.objects.order_by("page_id", "kind", "rank").values_list(
                "page_id", "suggested_id", "kind", "rank"
            )
        )

    published = chosen()
    out = io.StringIO()
    call_command("rebuild_related", stdout=out)
    assert "Recomputed suggestions for 4 pages" in out.getvalue()
    # The same pages in the same order. (Scores stored before the last publication were
    # computed with the document frequencies of their time, so they may differ a little.)
    assert chosen() == published
    rebuilt = snapshot_rows()
    rebuild_related()
    assert snapshot_rows() == rebuilt


@pytest.mark.django_db
def test_editors_see_why_and_can_exclude_a_suggestion(admin_client, corpus):
    credit, plans = corpus["credit"], corpus["plans"]
    edit = admin_client.get(f"/admin/pages/{credit.pk}/edit/")
    content = edit.content.decode()
    assert "Suggerimenti automatici" in content
    assert "Argomenti in comune: lavoro." in content
    assert "Poche parole in comune" not in content  # these share words too
    url = f"/admin/related/{credit.pk}/exclude/{plans.pk}/"
    assert admin_client.get(url).status_code == 200
    response = admin_client.post(url)
    assert response.status_code == 302
    assert RelatedExclusion.objects.filter(page=credit, excluded=plans).exists()
    assert plans.pk not in suggested(credit)
    compute_related(credit.pk)  # exclusions survive recomputation
    assert plans.pk not in suggested(credit)
    admin_client.post(f"/admin/related/{credit.pk}/restore/{plans.pk}/")
    assert plans.pk in suggested(credit)


@pytest.mark.django_db
def test_a_suggestion_sharing_topics_but_hardly_any_words_is_stored_last_and_says_why(
    admin_client, make_article, terms
):
    work, integration = terms["work"], terms["integration"]
    credit = make_article(
        "Il credito welfare aziendale", "Il credito si spende in servizi.", topics=[work]
    )
    shifts = make_article("Turni in fabbrica", "Orari notturni e riposi.", topics=[work])
    plans = make_article(
        "Il welfare delle piccole imprese",
        "Le imprese offrono servizi ai dipendenti.",
        topics=[work, integration],
    )
    rows = {row.suggested_id: row for row in RelatedSuggestion.objects.filter(page=credit)}
    assert rows[shifts.pk].text_score < similarity.TEXT_FLOOR <= rows[plans.pk].text_score
    assert rows[shifts.pk].score > rows[plans.pk].score  # first by score alone...
    assert suggested(credit) == [plans.pk, shifts.pk]  # ...stored after it all the same
    content = admin_client.get(f"/admin/pages/{credit.pk}/edit/").content.decode()
    note = "Poche parole in comune: viene dopo i suggerimenti con un testo più simile."
    assert content.count(note) == 1


def test_the_text_floor_reads_the_score_as_stored():
    floor = similarity.TEXT_FLOOR
    # Stored as 0.1000, shown to editors as such: not put last, on the page or the panel.
    assert not similarity.ranked_last("article", "article", floor - 0.00004)
    assert similarity.ranked_last("article", "article", floor - 0.00006)
    # Only between two articles.
    assert not similarity.ranked_last("article", "service", 0.0)
    assert not similarity.ranked_last("service", "article", 0.0)


@pytest.mark.django_db
def test_only_people_who_may_edit_the_page_can_exclude(client, corpus, django_user_model):
    user = django_user_model.objects.create_user("lettore", password="x")
    group = Group.objects.create(name="Solo admin")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(group)
    client.force_login(user)
    credit, plans = corpus["credit"], corpus["plans"]
    response = client.post(f"/admin/related/{credit.pk}/exclude/{plans.pk}/")
    assert response.status_code in (302, 403)
    assert not RelatedExclusion.objects.exists()


@pytest.mark.django_db
def test_precision_at_k_counts_same_label_suggestions_over_k(corpus):
    labels = {corpus[key].pk: "lavoro" for key in ("credit", "plans", "shifts")}
    labels[corpus["garden"].pk] = "vicinato"
    precision, evaluated = precision_at_k(labels, k=3)
    # Each work article suggests the two others (2 of 3 places right); the garden none,
    # which counts as 0 of 3.
    assert evaluated == 3
    assert precision == pytest.approx((3 * 2 / 3 + 0) / 4)
    assert precision_at_k({}, 3) == (0.0, 0)


@pytest.mark.django_db
def test_listed_shows_each_labelled_article_with_its_first_suggestions(corpus):
    labels = {corpus[key].pk: "lavoro" for key in ("credit", "plans")}
    labels[corpus["garden"].pk] = "vicinato"
    by_page = {item.page_id: item for item in listed(labels, k=3)}
    credit = by_page[corpus["credit"].pk]
    assert credit.title == "Il credito welfare aziendale"
    titles = [suggestion[0] for suggestion in credit.suggestions]
    assert set(titles) == {corpus["plans"].title, corpus["shifts"].title}
    # The unlabelled "shifts" counts as a miss; "plans" shares the label and the topic.
    assert credit.hits == 1
    plans = next(s for s in credit.suggestions if s[0] == corpus["plans"].title)
    assert plans[1] == "lavoro"
    assert plans[4] == ["lavoro"]
    assert by_page[corpus["garden"].pk].suggestions == []


@pytest.mark.django_db
def test_judged_precision_counts_suggestions_judged_relevant(corpus):
    credit, plans, shifts, garden = (corpus[k].pk for k in ("credit", "plans", "shifts", "garden"))
    assert suggested(corpus["credit"]) == [plans, shifts]
    grades = {
        frozenset((credit, plans)): 2.0,
        frozenset((credit, shifts)): 1.0,
        frozenset((plans, shifts)): 0.5,
        frozenset((garden, credit)): 0.0,
    }
    result = judged_evaluation(grades, k=3)
    # credit: plans (2.0) and shifts (1.0); plans: credit (2.0), shifts (0.5); shifts:
    # credit (1.0), plans (0.5); garden: nothing, which counts as 0.
    assert result.articles == 4
    assert result.precision[STRICT] == pytest.approx((1 / 3 + 1 / 3 + 0 + 0) / 4)
    assert result.precision[LENIENT] == pytest.approx((2 / 3 + 1 / 3 + 1 / 3 + 0) / 4)
    assert result.by_language["it"] == result.precision
    assert result.unjudged == 0
    # A suggestion nobody judged is a miss, and is counted.
    del grades[frozenset((plans, shifts))]
    assert judged_evaluation(grades, k=3).unjudged == 2


def write(tmp_path, text):
    path = tmp_path / "judgements.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_judgements_are_read_as_mean_grades_per_pair(tmp_path):
    path = write(tmp_path, "article,other,judge_1,judge_2\na,b,2,1\nc,a,0,0\n\n")
    assert read_judgements(path) == {frozenset("ab"): 1.5, frozenset("ac"): 0.0}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("slug,other,judge_1\na,b,2\n", "line 1: the header must be"),
        ("article,other\na,b\n", "line 1: the header must be"),
        ("article,other,judge_1\na,b,3\n", "line 2: grades are 0, 1 or 2"),
        ("article,other,judge_1\na,b,\n", "line 2: grades are 0, 1 or 2"),
        ("article,other,judge_1\na,b,2,1\n", "line 2: 3 columns expected"),
        ("article,other,judge_1\na,a,2\n", "line 2: two different slugs expected"),
        ("article,other,judge_1\na,b,2\nb,a,1\n", "line 3: b and a judged twice"),
    ],
)
def test_a_bad_judgements_file_says_where_and_why(tmp_path, text, message):
    with pytest.raises(JudgementsError, match=message):
        read_judgements(write(tmp_path, text))


@pytest.mark.django_db
def test_evaluate_related_reports_a_bad_judgements_file_without_a_traceback(tmp_path):
    with pytest.raises(CommandError, match="cannot be read"):
        call_command("evaluate_related", "--judged", "--judgements", str(tmp_path / "none.csv"))
    path = write(tmp_path, "article,other,judge_1\nnot-a-demo-article,other,2\n")
    with pytest.raises(CommandError, match="not demo articles: not-a-demo-article"):
        call_command("evaluate_related", "--judged", "--judgements", str(path))
    with pytest.raises(CommandError, match="demo corpus only"):
        call_command("evaluate_related", "--judged", "--corpus", "bench")
    with pytest.raises(CommandError, match="at least 1"):
        call_command("evaluate_related", "-k", "0")
    with pytest.raises(CommandError, match="cannot be combined"):
        call_command("evaluate_related", "--curated", "--judged")


@pytest.mark.django_db
def test_agreement_with_the_editors_picks(corpus):
    credit, plans, shifts, garden = (corpus[k] for k in ("credit", "plans", "shifts", "garden"))
    assert suggested(credit) == [plans.pk, shifts.pk]
    for order, page in enumerate([shifts, garden, credit.get_parent()]):
        ArticleRelatedPage.objects.create(page=credit, related_page=page, sort_order=order)
    ArticleRelatedPage.objects.create(page=garden, related_page=plans, sort_order=0)
    # credit's picks: shifts (suggested second), garden (not suggested); the index page
    # is not an article. garden's pick, plans, is not among its suggestions.
    result = curated_agreement(k=1)
    assert (result.pairs, result.within_k, result.stored) == (3, 0, 1)
    assert curated_agreement(k=2).within_k == 1

    output = io.StringIO()
    call_command("evaluate_related", "--curated", "-k", "2", stdout=output)
    assert output.getvalue() == (
        "editors' picks: 1 of 3 curated related articles are among the first 2 automatic "
        "suggestions (0.333), 1 among all those stored (0.333)\n"
    )


@pytest.mark.django_db
def test_deleting_a_live_page_leaves_no_rows_behind(corpus, django_capture_on_commit_callbacks):
    plans, credit = corpus["plans"], corpus["credit"]
    with django_capture_on_commit_callbacks(execute=True):
        plans.delete()
    assert not RelatedSuggestion.objects.filter(page_id=plans.pk).exists()
    assert not RelatedSuggestion.objects.filter(suggested_id=plans.pk).exists()
    # The neighbours were recomputed after the deletion.
    assert suggested(credit) == [corpus["shifts"].pk]


def snapshot_rows():
    return sorted(
        RelatedSuggestion.objects.values_list(
            "page_id", "kind", "rank", "suggested_id", "score", "text_score", "shared_topics"
        )
    )


def seed_corpus(articles=120, seed=5, **options):
    call_command(
        "seed_bench", articles=articles, seed=seed, workers=1, stdout=io.StringIO(), **options
    )
    return list(
        SearchDocument.objects.filter(
            kind__in=list(similarity.LISTS), page__slug__startswith=SLUG_PREFIX
        ).values_list("page_id", flat=True)
    )


@pytest.mark.django_db
def test_rebuild_and_recomputing_each_page_give_identical_suggestions():
    pages = seed_corpus()
    assert len(pages) > 150  # articles and services, Italian and English
    rebuild_related()
    rebuilt = snapshot_rows()
    keys = sorted(RelatedKey.objects.values_list("page_id", "key"))
    assert len({row[0] for row in rebuilt}) > 150
    for page_id in reversed(pages):
        compute_related(page_id)
    assert snapshot_rows() == rebuilt  # bit for bit: same scores, same order
    assert sorted(RelatedKey.objects.values_list("page_id", "key")) == keys


@pytest.mark.django_db
def test_frequencies_kept_on_publish_match_a_full_recount(corpus, make_article, terms):
    make_article("Una pagina in più sul lavoro", "Lavoro e famiglia.", topics=[terms["work"]])
    corpus["garden"].unpublish()
    kept = sorted(RelatedTerm.objects.values_list("language", "term", "documents"))
    assert ("it", "", 4) in kept  # the empty term counts the documents
    rebuild_related()
    assert sorted(RelatedTerm.objects.values_list("language", "term", "documents")) == kept


@pytest.mark.django_db
def test_the_same_seed_gives_the_same_suggestions():
    def by_slug():
        slugs = dict(SearchDocument.objects.values_list("page_id", "page__slug"))
        return sorted(
            (slugs[page_id], kind, rank, slugs[suggested], score)
            for page_id, kind, rank, suggested, score, _text, _topics in snapshot_rows()
        )

    seed_corpus(articles=60, seed=9)
    rebuild_related()
    first = by_slug()
    assert first
    seed_corpus(articles=60, seed=9, clear=True)  # new page ids, same pages
    rebuild_related()
    assert by_slug() == first


def scoring_profile(page_id, kind, topics, terms):
    return similarity.Profile(
        page_id, "it", kind, tuple(f"topic:{t}" for t in topics), terms, (1,) * len(terms), ()
    )


@pytest.mark.parametrize(
    ("source_kind", "candidate_kind", "expected"),
    [
        ("article", "article", [2, 1]),  # the candidate with words in common first
        ("service", "article", [1, 2]),  # by score: the floor is between articles only
        ("article", "service", [1, 2]),
    ],
)
def test_between_articles_a_candidate_sharing_almost_no_words_comes_last(
    source_kind, candidate_kind, expected
):
    page = scoring_profile(10, source_kind, ["anziani", "salute"], ("cura",))
    # Same topics, no word in common: 0.4 × 1 + 0.6 × 0 = 0.4.
    topics_only = scoring_profile(1, candidate_kind, ["anziani", "salute"], ("spid",))
    # One topic of three, text cosine 0.2: 0.4 / 3 + 0.6 × 0.2 = 0.253.
    some_words = scoring_profile(2, candidate_kind, ["anziani", "lavoro"], ("cura", "turni"))
    scored = similarity.score_candidates(
        page,
        {"cura": 1.0},
        [(topics_only, (1.0,)), (some_words, (0.2, 0.98))],
        needs_topics=False,
    )
    assert [item.page_id for item in scored] == expected
    by_id = {item.page_id: item for item in scored}
    assert by_id[1].score == pytest.approx(0.4)
    assert by_id[2].score == pytest.approx(0.4 / 3 + 0.6 * 0.2)
    assert by_id[1].low_text is (source_kind == candidate_kind == "article")
    assert by_id[2].low_text is False


def test_a_key_window_is_the_pages_around_the_page_by_id(monkeypatch):
    monkeypatch.setattr(similarity, "PER_KEY", 4)
    assert similarity.window([1, 3, 5, 7, 9, 11], 7) == [3, 5, 9, 11]
    assert similarity.window([1, 3, 5, 7, 9, 11], 1) == [3, 5]
    assert similarity.window([1, 3, 5], 4) == [1, 3, 5]  # a page not in the list


@pytest.mark.django_db
def test_a_page_reads_a_bounded_slice_of_the_key_index(corpus, monkeypatch):
    """However many pages share a key, a page reads at most PER_KEY of them per key and
    scores at most CANDIDATES pages."""
    monkeypatch.setattr(similarity, "CANDIDATES", 1)
    compute_related(corpus["credit"].pk)
    assert len(suggested(corpus["credit"])) == 1
    monkeypatch.setattr(similarity, "CANDIDATES", 40)
    monkeypatch.setattr(similarity, "PER_KEY", 2)  # one page on either side
    credit = corpus["credit"]
    compute_related(credit.pk)
    around = set()
    for key in RelatedKey.objects.filter(page=credit).values_list("key", flat=True):
        posting = sorted(
            RelatedKey.objects.filter(language="it", kind="article", key=key).values_list(
                "page_id", flat=True
            )
        )
        around |= set(similarity.window(posting, credit.pk))
    assert suggested(credit)
    assert set(suggested(credit)) <= around


@pytest.mark.django_db
def test_the_migration_fills_the_frequencies_and_keys_a_rebuild_would_write():
    from django.apps import apps

    migration = importlib.import_module("search.migrations.0005_related_terms_keys")
    seed_corpus(articles=30, seed=3)
    rebuild_related()

    def tables():
        return (
            sorted(RelatedTerm.objects.values_list("language", "term", "documents")),
            sorted(RelatedKey.objects.values_list("page_id", "language", "kind", "key")),
        )

    rebuilt = tables()
    RelatedTerm.objects.all().delete()
    RelatedKey.objects.all().delete()
    migration.fill(apps, None)
    assert tables() == rebuilt
