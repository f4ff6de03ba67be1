"""Is a service open now? Weekly opening hours, one-off closures and Italian public
holidays (national ones everywhere, the patron saint's day where the package knows it)."""

import datetime
from functools import lru_cache

from django.db.models import Exists, OuterRef, Q
from django.utils import timezone

import holidays

from .models import ClosureException, OpeningHours

# Patron saints' days the `holidays` package knows for the province of Padova apply to
# the capital only; other municipalities keep their national holidays.
PROVINCE_SUBDIVISION = "PD"
PROVINCE_CAPITAL_CODE = "padova"


@lru_cache(maxsize=16)
def national_holidays(year: int) -> holidays.HolidayBase:
    return holidays.country_holidays("IT", years=year)


@lru_cache(maxsize=16)
def capital_holidays(year: int) -> holidays.HolidayBase:
    return holidays.country_holidays("IT", subdiv=PROVINCE_SUBDIVISION, years=year)


def open_now_condition(now: datetime.datetime | None = None):
    """A filter for ServicePage: some location is open at ``now`` (local time)."""
    now = timezone.localtime(now)
    today, time = now.date(), now.time().replace(microsecond=0)
    if today in national_holidays(today.year):
        return Q(pk__in=[])
    hours = OpeningHours.objects.filter(
        location__page=OuterRef("pk"), weekday=today.weekday(), opens__lte=time, closes__gt=time
    ).filter(~Exists(ClosureException.objects.filter(location=OuterRef("location"), date=today)))
    if today in capital_holidays(today.year):
        hours = hours.exclude(location__municipality__code=PROVINCE_CAPITAL_CODE)
    return Exists(hours)


def is_open(location, now: datetime.datetime | None = None) -> bool:
    """The same rule for one location whose hours and closures are already loaded."""
    now = timezone.localtime(now)
    today, time = now.date(), now.time()
    if today in national_holidays(today.year):
        return False
    if location.municipality.code == PROVINCE_CAPITAL_CODE and today in capital_holidays(
        today.year
    ):
        return False
    if any(closure.date == today for closure in location.closures.all()):
        return False
    return any(
        slot.weekday == today.weekday() and slot.opens <= time < slot.closes
        for slot in location.opening_hours.all()
    )
