"""The editors' report of page ratings: per page, how many answers, the average, how
many found the page unclear; the reasons given; the latest comments."""

import datetime

from django.core.exceptions import PermissionDenied
from django.db.models import Avg, Count, Max, Q
from django.template.response import TemplateResponse
from django.utils import timezone

from wagtail.models import Page

from .models import PageRating
from .rating import NEGATIVE_REASONS, POSITIVE_REASONS

PERIODS = {"30": 30, "90": 90, "365": 365}
MAX_PAGES = 100
MAX_COMMENTS = 50


def ratings_report(request):
    if not request.user.has_perm("home.view_pagerating"):
        raise PermissionDenied
    period = request.GET.get("giorni", "90")
    days = PERIODS.get(period, 90)
    since = timezone.localdate() - datetime.timedelta(days=days)
    ratings = PageRating.objects.filter(created_on__gte=since)

    rows = list(
        ratings.values("page_id")
        .annotate(
            answers=Count("id"),
            average=Avg("rating"),
            unclear=Count("id", filter=Q(rating__lte=3)),
            last=Max("created_on"),
        )
        .order_by("-answers", "page_id")[:MAX_PAGES]
    )
    comments = list(
        ratings.exclude(details="")
        .order_by("-created_on", "-id")[:MAX_COMMENTS]
        .values("page_id", "rating", "reason", "details", "created_on")
    )
    pages = Page.objects.select_related("locale").in_bulk(
        {row["page_id"] for row in rows} | {comment["page_id"] for comment in comments}
    )
    reasons = dict(POSITIVE_REASONS + NEGATIVE_REASONS)
    for row in [*rows, *comments]:
        row["page"] = pages.get(row["page_id"])
    for comment in comments:
        comment["reason_label"] = reasons.get(comment["reason"], "")
    reason_counts = [
        {"label": reasons.get(code, code), "good": code in dict(POSITIVE_REASONS), "count": n}
        for code, n in ratings.exclude(reason="")
        .values_list("reason")
        .annotate(n=Count("id"))
        .order_by("-n")
    ]
    return TemplateResponse(
        request,
        "home/admin/ratings_report.html",
        {
            "rows": rows,
            "comments": comments,
            "reason_counts": reason_counts,
            "period": str(days),
            "periods": list(PERIODS),
            "total": ratings.count(),
        },
    )
