"""Fixtures for the hostile-input tests (``test_hostile_*.py``): the payloads, a check
that rendered HTML is inert, and the admin round trip a provider's change takes before it
reaches the public (submitted for moderation, approved by an editor).

The provider world itself (two providers, their users, an editor) comes from
``tests/catalogue/conftest_providers.py``, which each module loads with ``pytest_plugins``.
"""

from __future__ import annotations

import json
import re

from django.test import Client

import pytest
from bs4 import BeautifulSoup

# What the inline payloads say when they run; never expected in an executable place.
ALERT = "alert(1)"
SCRIPT = "<script>alert(1)</script>"
IMG_ONERROR = '<img src=x onerror="alert(1)">'
SVG_ONLOAD = "<svg/onload=alert(1)>"
ATTRIBUTE_BREAKOUT = '"><script>alert(1)</script><a x="'
HOSTILE_TEXT = f"Evil {SCRIPT}{IMG_ONERROR}{SVG_ONLOAD}{ATTRIBUTE_BREAKOUT}"
# Schemes a link or an image must never carry (after stripping what browsers ignore).
UNSAFE_SCHEMES = ("javascript:", "vbscript:", "data:")
URL_ATTRIBUTES = ("href", "src", "action", "formaction", "xlink:href", "srcset", "poster")
IGNORED_BY_BROWSERS = re.compile(r"[\x00-\x20]+")


def contentstate(text: str, *, link: str | None = None, entity: dict | None = None) -> str:
    """A Draftail value as the editor posts it: one paragraph of ``text``, all of it
    linked to ``link`` (or covered by ``entity``)."""
    entities = {}
    if link is not None:
        entity = {"type": "LINK", "mutability": "MUTABLE", "data": {"url": link}}
    if entity is not None:
        entities["0"] = entity
    block = {
        "key": "hstl1",
        "type": "unstyled",
        "depth": 0,
        "text": text,
        "inlineStyleRanges": [],
        "entityRanges": [{"offset": 0, "length": len(text), "key": 0}] if entities else [],
        "data": {},
    }
    return json.dumps({"blocks": [block], "entityMap": entities})


def inert_problems(html: str) -> list[str]:
    """Everything in ``html`` that a browser would run: scripts other than our JSON-LD and
    static files, ``on*`` event attributes, and unsafe URL schemes."""
    soup = BeautifulSoup(html, "html.parser")
    problems = []
    for script in soup.find_all("script"):
        kind = (script.get("type") or "").lower()
        if kind == "application/ld+json":
            try:
                json.loads(script.string or "")
            except ValueError:
                problems.append(f"JSON-LD is not valid JSON: {str(script)[:200]}")
            continue
        if script.get("src") and not script.string:
            continue  # our static scripts
        if "alert" in (script.string or ""):
            problems.append(f"script runs the payload: {str(script)[:200]}")
    for element in soup.find_all(True):
        if element.name in ("iframe", "object", "embed", "base", "meta") and "evil" in str(element):
            problems.append(f"<{element.name}> from the payload: {str(element)[:200]}")
        for name, value in element.attrs.items():
            if name.lower().startswith("on"):
                problems.append(f"event attribute {name}: {str(element)[:200]}")
            if name.lower() in URL_ATTRIBUTES:
                target = IGNORED_BY_BROWSERS.sub("", str(value)).lower()
                if target.startswith(UNSAFE_SCHEMES):
                    problems.append(f"unsafe {name}: {str(element)[:200]}")
    return problems


def assert_inert(html: str) -> None:
    problems = inert_problems(html)
    assert not problems, problems


@pytest.fixture
def approve_and_publish(world):
    """The editor approves a page that a provider submitted; returns the live page."""

    def approve(page):
        page.refresh_from_db()
        editor = Client()
        editor.force_login(world.editor)
        task_state = page.current_workflow_state.current_task_state
        response = editor.post(
            f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/", {"comment": ""}
        )
        assert response.status_code == 302, response
        page.refresh_from_db()
        assert page.live
        return page.specific

    return approve
