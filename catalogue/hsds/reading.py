"""Reading HSDS records strictly: every problem is reported with the record (its index
and id) and the field, as ``services[2] (id …): cost_options[0].amount: …``."""

from __future__ import annotations

import datetime
import uuid
from decimal import Decimal, InvalidOperation


class Fields:
    """One JSON object of a record; problems go to the shared ``errors`` list."""

    def __init__(self, data, where: str, errors: list[str], prefix: str = ""):
        self.data = data if isinstance(data, dict) else {}
        self.where = where
        self.errors = errors
        self.prefix = prefix

    def path(self, name: str) -> str:
        return f"{self.prefix}{name}"

    def error(self, name: str, message: str) -> None:
        self.errors.append(f"{self.where}: {self.path(name)}: {message}")

    def _raw(self, name: str, required: bool):
        value = self.data.get(name)
        if value is None or value == "":
            if required:
                self.error(name, "is required.")
            return None
        return value

    def text(self, name: str, *, required: bool = False) -> str:
        value = self._raw(name, required)
        if value is None:
            return ""
        if not isinstance(value, str):
            self.error(name, f"must be a string, not {type(value).__name__} ({value!r}).")
            return ""
        return value.strip()

    def decimal(self, name: str, *, required: bool = False) -> Decimal | None:
        value = self._raw(name, required)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.error(name, f"must be a number, not {type(value).__name__} ({value!r}).")
            return None
        try:
            return Decimal(str(value))
        except InvalidOperation:  # pragma: no cover - JSON numbers are always valid
            self.error(name, f"is not a usable number ({value!r}).")
            return None

    def integer(self, name: str) -> int | None:
        value = self.decimal(name)
        if value is None:
            return None
        if value != value.to_integral_value():
            self.error(name, f"must be a whole number, not {value}.")
            return None
        return int(value)

    def uuid(self, name: str, *, required: bool = False) -> str | None:
        value = self._raw(name, required)
        if value is None:
            return None
        try:
            return str(uuid.UUID(str(value)))
        except ValueError:
            self.error(name, f"must be a UUID, not {value!r}.")
            return None

    def date(self, name: str, *, required: bool = False) -> datetime.date | None:
        value = self.text(name, required=required)
        if not value:
            return None
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            self.error(name, f"must be a date as YYYY-MM-DD, not {value!r}.")
            return None

    def time(self, name: str) -> datetime.time | None:
        value = self.text(name, required=True)
        if not value:
            return None
        try:
            parsed = datetime.time.fromisoformat(value)
        except ValueError:
            parsed = None
        if parsed is None or parsed.tzinfo is not None:
            self.error(name, f"must be a local time as HH:MM, not {value!r}.")
            return None
        return parsed

    def child(self, name: str, *, required: bool = False) -> Fields | None:
        value = self._raw(name, required)
        if value is None:
            return None
        if not isinstance(value, dict):
            self.error(name, f"must be an object, not {type(value).__name__}.")
            return None
        return Fields(value, self.where, self.errors, prefix=f"{self.path(name)}.")

    def items(self, name: str) -> list[Fields]:
        value = self.data.get(name)
        if value is None:
            return []
        if not isinstance(value, list):
            self.error(name, f"must be a list, not {type(value).__name__}.")
            return []
        items = []
        for index, item in enumerate(value):
            if not isinstance(item, dict):
                self.error(f"{name}[{index}]", f"must be an object, not {type(item).__name__}.")
                continue
            items.append(
                Fields(item, self.where, self.errors, prefix=f"{self.path(name)}[{index}].")
            )
        return items

    def strings(self, name: str) -> dict[str, str]:
        """An object of strings (``rich_text``)."""
        child = self.child(name)
        if child is None:
            return {}
        return {key: child.text(key) for key in child.data}


def describe(kind: str, index: int, data) -> str:
    """How errors name a record: ``services[2] (id …)``."""
    record_id = data.get("id") if isinstance(data, dict) else None
    return f"{kind}[{index}]" + (f" (id {record_id})" if record_id else "")
