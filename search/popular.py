"""Popular queries, recorded without personal data.

Only the normalised query text and a daily count are stored (Wagtail's
``search_promotions`` ``Query`` and ``QueryDailyHits``): no user, IP address, session
or time of day. Queries that may carry personal data are never stored: anything with
an e-mail address, a run of digits (phone numbers, fiscal codes, dates of birth), an
Italian fiscal code, or more words than a topic needs.
"""

from __future__ import annotations

import datetime
import re

from django.utils import timezone

from wagtail.contrib.search_promotions.models import Query

MAX_WORDS = 6
MAX_LENGTH = 80
PERSONAL_RE = re.compile(
    r"@|\d{4,}|\b[a-z]{6}\d{2}[a-z]\d{2}[a-z]\d{3}[a-z]\b",
    re.IGNORECASE,
)
POPULAR_DAYS = 30


def may_record(text: str) -> bool:
    return (
        bool(text)
        and len(text) <= MAX_LENGTH
        and len(text.split()) <= MAX_WORDS
        and not PERSONAL_RE.search(text)
    )


def record_query(text: str) -> bool:
    """Count one search for ``text``; returns whether it was recorded."""
    if not may_record(text):
        return False
    Query.get(text).add_hit()
    return True


def popular_queries(limit: int = 8) -> list[str]:
    since = timezone.localdate() - datetime.timedelta(days=POPULAR_DAYS)
    return [query.query_string for query in Query.get_most_popular(date_since=since)[:limit]]
