"""Retention of personal data: what is older than the periods in settings (the "Data
retention" block of ``portal/settings/base.py``) is deleted, or for rating comments
blanked. ``manage.py purge_personal_data`` runs it, daily in production.

Kept on purpose: the editorial audit trail (Wagtail's page and model log entries: who
published what, when), which the privacy notice names, and staff accounts themselves.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from django.apps import apps
from django.conf import settings
from django.contrib.sessions.models import Session
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from wagtail.contrib.forms.models import FormSubmission
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

from .models import PageRating

BATCH_SIZE = 1000


@dataclass(frozen=True)
class Rule:
    """One kind of data: a label, its retention in days (``None`` when the data carries
    its own expiry, as sessions do), the rows past it, and what happens to them."""

    label: str
    days: int | None
    stale: Callable[[datetime.datetime, datetime.date], QuerySet]
    # "delete" removes the rows; "blank" empties the personal field and keeps the rest.
    action: str = "delete"
    blank_fields: tuple[str, ...] = ()


def _older(queryset: QuerySet, field: str, by_day: bool = False):
    """Rows of ``queryset`` whose ``field`` is before the cutoff (a day for date fields)."""

    def stale(cutoff_time: datetime.datetime, cutoff_day: datetime.date) -> QuerySet:
        return queryset.filter(**{f"{field}__lt": cutoff_day if by_day else cutoff_time})

    return stale


def rules() -> list[Rule]:
    """The rules in the order they run, read from settings each time (tests override)."""
    found = [
        Rule(
            "page ratings",
            settings.RETENTION_RATINGS_DAYS,
            _older(PageRating.objects.all(), "created_on", by_day=True),
        ),
        Rule(
            "rating comments",
            settings.RETENTION_RATING_COMMENTS_DAYS,
            _older(PageRating.objects.exclude(details=""), "created_on", by_day=True),
            action="blank",
            blank_fields=("details",),
        ),
        Rule(
            "form submissions",
            settings.RETENTION_FORM_SUBMISSIONS_DAYS,
            _older(FormSubmission.objects.all(), "submit_time"),
        ),
        Rule(
            "search daily counts",
            settings.WAGTAILSEARCH_HITS_MAX_AGE,
            _older(QueryDailyHits.objects.all(), "date", by_day=True),
        ),
        # A query left without counts or promotions says nothing any more.
        Rule(
            "search queries without counts",
            None,
            lambda _time, _day: Query.objects.filter(
                daily_hits__isnull=True, editors_picks__isnull=True
            ),
        ),
        Rule(
            "expired sessions",
            None,
            lambda _time, _day: Session.objects.filter(expire_date__lt=timezone.now()),
        ),
    ]
    if apps.is_installed("axes"):
        from axes.models import AccessAttempt, AccessFailureLog, AccessLog

        days = settings.RETENTION_LOGIN_LOGS_DAYS
        found += [
            Rule(
                "failed login attempts", days, _older(AccessAttempt.objects.all(), "attempt_time")
            ),
            Rule("failed login log", days, _older(AccessFailureLog.objects.all(), "attempt_time")),
            Rule("login log", days, _older(AccessLog.objects.all(), "attempt_time")),
        ]
    return found


def _cutoffs(days: int | None, now: datetime.datetime):
    days = days or 0
    cutoff_time = now - datetime.timedelta(days=days)
    return cutoff_time, timezone.localdate(now) - datetime.timedelta(days=days)


def _batches(queryset: QuerySet) -> Iterator[list[int]]:
    ids = queryset.order_by().values_list("pk", flat=True)
    while True:
        batch = list(ids[:BATCH_SIZE])
        if not batch:
            return
        yield batch


def purge(dry_run: bool = False, now: datetime.datetime | None = None) -> dict[str, int]:
    """Delete (or blank) what every rule finds stale; returns the count per label. With
    ``dry_run`` nothing changes and the counts are what would go."""
    now = now or timezone.now()
    counts = {}
    for rule in rules():
        stale = rule.stale(*_cutoffs(rule.days, now))
        if dry_run:
            counts[rule.label] = stale.count()
            continue
        done = 0
        model = stale.model
        # Ids are re-read after each batch, so rows changed meanwhile are judged afresh
        # and a long purge never holds one big transaction.
        for batch in _batches(stale):
            with transaction.atomic():
                rows = model._default_manager.filter(pk__in=batch)
                if rule.action == "blank":
                    done += rows.update(**dict.fromkeys(rule.blank_fields, ""))
                else:
                    _total, per_model = rows.delete()
                    done += per_model.get(model._meta.label, 0)
        counts[rule.label] = done
    return counts
