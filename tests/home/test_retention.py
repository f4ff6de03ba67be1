"""`manage.py purge_personal_data`: only what is older than the retention periods goes,
old rating comments are blanked while their scores stay, --dry-run changes nothing."""

import datetime
import io

from django.apps import apps
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.core.management import call_command
from django.utils import timezone

from wagtail.contrib.forms.models import FormSubmission
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits
from wagtail.models import PageLogEntry

import pytest

from home import retention
from home.models import PageRating

pytestmark = pytest.mark.django_db


def days_ago(days: int) -> datetime.datetime:
    return timezone.now() - datetime.timedelta(days=days)


def rating(page, age: int, details: str = "") -> PageRating:
    stored = PageRating.objects.create(page=page, rating=2, reason="unclear", details=details)
    PageRating.objects.filter(pk=stored.pk).update(created_on=days_ago(age).date())
    return stored


def submission(page, age: int) -> FormSubmission:
    stored = FormSubmission.objects.create(page=page, form_data={"email": "a@example.org"})
    FormSubmission.objects.filter(pk=stored.pk).update(submit_time=days_ago(age))
    return stored


def search_hits(text: str, age: int) -> Query:
    query = Query.get(text)
    QueryDailyHits.objects.create(query=query, date=days_ago(age).date(), hits=3)
    return query


def session(expires_in_days: int) -> str:
    store = SessionStore()
    store["staff"] = True
    store.set_expiry(days_ago(-expires_in_days))
    store.save()
    return store.session_key


def purge(*args) -> str:
    out = io.StringIO()
    call_command("purge_personal_data", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def data(home, settings):
    settings.RETENTION_RATINGS_DAYS = 730
    settings.RETENTION_RATING_COMMENTS_DAYS = 180
    settings.RETENTION_FORM_SUBMISSIONS_DAYS = 365
    settings.WAGTAILSEARCH_HITS_MAX_AGE = 90
    return {
        "old rating": rating(home, 800, "scrivetemi a mario.rossi@example.org"),
        "rating with old comment": rating(home, 200, "chiamatemi al 3331234567"),
        "recent rating": rating(home, 10, "manca l'orario"),
        "old submission": submission(home, 400),
        "recent submission": submission(home, 30),
        "old search": search_hits("bonus affitto", 120),
        "recent search": search_hits("asilo nido", 5),
        "expired session": session(-1),
        "live session": session(7),
    }


def test_only_data_past_its_retention_goes(data, home):
    PageLogEntry.objects.log_action(home, "wagtail.publish")
    PageLogEntry.objects.filter(page=home).update(timestamp=days_ago(3000))

    output = purge()

    ratings = {stored.pk: stored.details for stored in PageRating.objects.all()}
    assert ratings == {
        data["rating with old comment"].pk: "",  # the score stays, the comment goes
        data["recent rating"].pk: "manca l'orario",
    }
    assert list(FormSubmission.objects.values_list("pk", flat=True)) == [
        data["recent submission"].pk
    ]
    assert list(Query.objects.values_list("query_string", flat=True)) == ["asilo nido"]
    assert list(Session.objects.values_list("session_key", flat=True)) == [data["live session"]]
    # The editorial audit trail is kept.
    assert PageLogEntry.objects.filter(page=home).exists()
    assert "page ratings (older than 730 days): 1 purged" in output
    assert "rating comments (older than 180 days): 1 purged" in output
    assert "form submissions (older than 365 days): 1 purged" in output
    assert "search daily counts (older than 90 days): 1 purged" in output
    assert "search queries without counts: 1 purged" in output
    assert "expired sessions: 1 purged" in output


def test_a_second_run_finds_nothing_left(data):
    purge()
    output = purge()
    assert output.splitlines()[-1].endswith("0 records purged.")


def test_dry_run_counts_and_changes_nothing(data):
    before = (
        PageRating.objects.count(),
        PageRating.objects.exclude(details="").count(),
        FormSubmission.objects.count(),
        QueryDailyHits.objects.count(),
        Session.objects.count(),
    )
    output = purge("--dry-run")
    assert "page ratings (older than 730 days): 1 would be purged" in output
    assert "rating comments (older than 180 days): 2 would be purged" in output
    assert "form submissions (older than 365 days): 1 would be purged" in output
    assert output.splitlines()[-1].endswith("records would be purged.")
    assert before == (
        PageRating.objects.count(),
        PageRating.objects.exclude(details="").count(),
        FormSubmission.objects.count(),
        QueryDailyHits.objects.count(),
        Session.objects.count(),
    )


def test_retention_periods_come_from_settings(data, settings):
    settings.RETENTION_FORM_SUBMISSIONS_DAYS = 7
    settings.RETENTION_RATINGS_DAYS = 5
    purge()
    assert FormSubmission.objects.count() == 0
    assert PageRating.objects.count() == 0


def test_large_purges_go_in_batches(home, settings, monkeypatch):
    settings.RETENTION_FORM_SUBMISSIONS_DAYS = 365
    monkeypatch.setattr(retention, "BATCH_SIZE", 3)
    for _ in range(8):
        submission(home, 500)
    submission(home, 1)
    assert retention.purge()["form submissions"] == 8
    assert FormSubmission.objects.count() == 1


def test_a_promoted_query_is_kept_when_its_counts_go(home, settings):
    from wagtail.contrib.search_promotions.models import SearchPromotion

    settings.WAGTAILSEARCH_HITS_MAX_AGE = 90
    query = search_hits("isee", 400)
    SearchPromotion.objects.create(query=query, page=home, sort_order=0)
    retention.purge()
    assert not QueryDailyHits.objects.exists()
    assert Query.objects.filter(pk=query.pk).exists()


@pytest.mark.skipif(not apps.is_installed("axes"), reason="django-axes is not installed")
def test_login_logs_past_their_retention_go(settings):
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog

    settings.RETENTION_LOGIN_LOGS_DAYS = 90
    for model in (AccessAttempt, AccessFailureLog, AccessLog):
        extra = {"failures_since_start": 1} if model is AccessAttempt else {}
        # One attempt per user name, address and browser: two browsers.
        old, _recent = (
            model.objects.create(
                username="mario", ip_address="192.0.2.1", user_agent=browser, **extra
            )
            for browser in ("Firefox", "Chromium")
        )
        model.objects.filter(pk=old.pk).update(attempt_time=days_ago(100))

    counts = retention.purge()

    assert counts["failed login attempts"] == 1
    assert counts["failed login log"] == 1
    assert counts["login log"] == 1
    for model in (AccessAttempt, AccessFailureLog, AccessLog):
        assert model.objects.count() == 1
        assert model.objects.get().attempt_time > days_ago(1)
