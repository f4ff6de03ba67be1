"""Query parameters of the HSDS API: parsed strictly, a clear 400 otherwise."""

from __future__ import annotations

import datetime
import math
import uuid

from django.conf import settings
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime

from wagtail.models import Locale

DEFAULT_PER_PAGE = 20
MAX_PER_PAGE = 100
MAX_SEARCH_LENGTH = 200
TRUE = {"true", "1", "yes"}
FALSE = {"false", "0", "no"}


class BadRequest(Exception):
    def __init__(self, parameter: str, message: str):
        super().__init__(message)
        self.parameter = parameter
        self.message = message


def parse_uuid(value: str) -> str | None:
    try:
        return str(uuid.UUID(value))
    except (TypeError, ValueError, AttributeError):
        return None


class Params:
    def __init__(self, request):
        self.data = request.GET

    def _value(self, name: str) -> str:
        return self.data.get(name, "").strip()

    def integer(self, name: str, default: int, *, minimum: int, maximum: int | None = None):
        raw = self._value(name)
        if not raw:
            return default
        try:
            value = int(raw)
        except ValueError:
            raise BadRequest(name, f"'{name}' must be a whole number, not '{raw}'.") from None
        if value < minimum or (maximum is not None and value > maximum):
            bounds = f"between {minimum} and {maximum}" if maximum else f"at least {minimum}"
            raise BadRequest(name, f"'{name}' must be {bounds}, not {value}.")
        return value

    def page(self) -> tuple[int, int]:
        """``(page, per_page)``."""
        return (
            self.integer("page", 1, minimum=1),
            self.integer("per_page", DEFAULT_PER_PAGE, minimum=1, maximum=MAX_PER_PAGE),
        )

    def boolean(self, name: str, default: bool) -> bool:
        raw = self._value(name).lower()
        if not raw:
            return default
        if raw in TRUE:
            return True
        if raw in FALSE:
            return False
        raise BadRequest(name, f"'{name}' must be true or false, not '{raw}'.")

    def uuids(self, name: str) -> list[str]:
        values = []
        for raw in self.data.getlist(name):
            for part in raw.split(","):
                if not part.strip():
                    continue
                value = parse_uuid(part.strip())
                if value is None:
                    raise BadRequest(name, f"'{name}' must be a UUID, not '{part.strip()}'.")
                values.append(value)
        return values

    def search(self) -> str:
        text = self._value("search")
        if len(text) > MAX_SEARCH_LENGTH:
            raise BadRequest("search", f"'search' is limited to {MAX_SEARCH_LENGTH} characters.")
        return text

    def modified_after(self) -> datetime.datetime | None:
        raw = self._value("modified_after")
        if not raw:
            return None
        try:
            value = parse_datetime(raw.replace(" ", "+"))
            day = parse_date(raw) if value is None else None
        except ValueError:  # well formed but impossible (month 13, hour 25, ...)
            value = day = None
        if day is not None:
            value = datetime.datetime.combine(day, datetime.time.min)
        if value is None:
            raise BadRequest(
                "modified_after",
                f"'modified_after' must be an ISO 8601 date or date-time "
                f"(2026-03-01 or 2026-03-01T09:30:00Z), not '{raw}'.",
            )
        if timezone.is_naive(value):
            value = timezone.make_aware(value)
        return value

    def format(self) -> None:
        raw = self._value("format").lower()
        if raw and raw != "json":
            raise BadRequest("format", f"'format' can only be json, not '{raw}'.")

    def locale(self) -> Locale | None:
        """The content language (``?locale=en``); ``None`` for the default one."""
        raw = self._value("locale").lower()
        if not raw:
            return None
        codes = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
        locale = Locale.objects.filter(language_code=raw).first() if raw in codes else None
        if locale is None:
            raise BadRequest("locale", f"'locale' must be one of {', '.join(codes)}, not '{raw}'.")
        return locale


def envelope(total: int, page: int, per_page: int, contents: list) -> dict:
    """The paginated envelope of the HSDS API."""
    total_pages = math.ceil(total / per_page) if total else 0
    return {
        "total_items": total,
        "total_pages": total_pages,
        "page_number": page,
        "size": len(contents),
        "first_page": page == 1,
        "last_page": page >= total_pages,
        "empty": not contents,
        "contents": contents,
    }
