"""Validation of the `security_scorecard/sync` payload.

Validated by hand rather than with a voluptuous schema: Home Assistant logs a schema
error with the offending value (websocket_api/connection.py), and these messages must
name fields, never echo what was sent (except a well-formed, unknown check id).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
import re
from typing import Any
import unicodedata

from homeassistant.util import dt as dt_util

from .catalog import Catalog
from .const import (
    MAX_FAILING,
    MAX_GRADE_LEN,
    MAX_ID_LEN,
    MAX_PLACEHOLDER_LEN,
    MAX_PLACEHOLDERS,
)

ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_KEY_RE = re.compile(r"^[a-z_][a-z0-9_]{0,31}$")
# Markup that could turn a placeholder into HTML, a link or code in the Repairs dialog.
_MARKUP_RE = re.compile(r"[<>\[\]`\\]")
# What the frontend's Markdown (GFM autolinks) would render as a link.
_LINK_RE = re.compile(r"[a-z][a-z0-9+.\-]*:/|\bwww\.|mailto:|[^\s@]@[^\s@]+\.[^\s@]", re.IGNORECASE)
# Controls, format characters (bidi overrides and isolates, zero-width), line and paragraph
# separators, private use and surrogates: none belongs in one line of plain text.
_NOT_PLAIN_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Co", "Cs"})
# The card or CLI stamps the evaluation with its own clock; a day either way allows for a
# wrong clock or a time zone slip, not for a date that would sort stale syncs as new.
MAX_CLOCK_SKEW = timedelta(days=1)
NO_GRADE = "N/A"
VULNERABLE_GRADE = "V"


class SyncError(Exception):
    """The payload is refused; `code` is a WebSocket error code."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True, slots=True)
class FailingCheck:
    """One failing check with its sanitised placeholders."""

    id: str
    placeholders: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class SyncState:
    """The last evaluation the card or CLI reported."""

    score: int | None
    grade: str
    coverage: float
    evaluated_at: str
    failing: tuple[FailingCheck, ...]

    def as_dict(self) -> dict[str, Any]:
        """JSON form for the Store."""
        return {
            "score": self.score,
            "grade": self.grade,
            "coverage": self.coverage,
            "evaluated_at": self.evaluated_at,
            "failing": [{"id": f.id, "placeholders": dict(f.placeholders)} for f in self.failing],
        }


def plain_text_problem(value: str) -> str | None:
    """Why `value` is not one line of plain text, or None; never quotes the value."""
    if any(unicodedata.category(char) in _NOT_PLAIN_CATEGORIES for char in value):
        return "must be plain text (no control, bidi or invisible characters)"
    if _MARKUP_RE.search(value):
        return "must be plain text (no markup characters < > [ ] ` \\)"
    if _LINK_RE.search(value):
        return "must be plain text (no link, web address or e-mail address)"
    return None


def _invalid(message: str) -> SyncError:
    return SyncError("invalid_format", message)


def _parse_grade(grade: Any, score: int | None, catalog: Catalog) -> str:
    if not isinstance(grade, str) or not grade or len(grade) > MAX_GRADE_LEN:
        raise _invalid(f"grade must be a string of 1 to {MAX_GRADE_LEN} characters")
    if grade not in catalog.grades:
        raise _invalid(f"grade must be one of {', '.join(catalog.grades)}")
    if grade == NO_GRADE and score is not None:
        raise _invalid(f"grade {NO_GRADE} (nothing assessed) comes with a null score")
    if grade not in (NO_GRADE, VULNERABLE_GRADE) and score is None:
        raise _invalid(f"grade {grade} needs a score; a null score has grade {NO_GRADE}")
    return grade


def _parse_evaluated_at(value: Any, now: datetime | None) -> str:
    parsed = (
        dt_util.parse_datetime(value) if isinstance(value, str) and len(value) <= 40 else None
    )
    if parsed is None:
        raise _invalid("evaluated_at must be an ISO-8601 date and time")
    if parsed.tzinfo is None:
        raise _invalid("evaluated_at must name its time zone (e.g. a trailing Z)")
    if now is not None and abs(parsed - now) > MAX_CLOCK_SKEW:
        raise _invalid(
            "evaluated_at must be within a day of the server's clock "
            f"(server time {now.isoformat(timespec='seconds')}); check the sender's clock"
        )
    return str(value)


def _parse_placeholders(raw: Any, where: str, check_id: str, declared: frozenset[str]) -> dict[str, str]:
    if not isinstance(raw, dict):
        raise _invalid(f"{where}.placeholders must be an object")
    if len(raw) > MAX_PLACEHOLDERS:
        raise _invalid(f"{where}.placeholders has more than {MAX_PLACEHOLDERS} entries")
    placeholders: dict[str, str] = {}
    for key, value in raw.items():
        if not isinstance(key, str) or not _KEY_RE.match(key):
            raise _invalid(f"{where}.placeholders has an invalid key")
        if key not in declared:
            allowed = ", ".join(sorted(declared)) or "none"
            raise _invalid(
                f"{where}.placeholders.{key} is not a placeholder of {check_id} (declared: {allowed})"
            )
        if not isinstance(value, str):
            raise _invalid(f"{where}.placeholders.{key} must be a string")
        if len(value) > MAX_PLACEHOLDER_LEN:
            raise _invalid(
                f"{where}.placeholders.{key} is longer than {MAX_PLACEHOLDER_LEN} characters"
            )
        if (problem := plain_text_problem(value)) is not None:
            raise _invalid(f"{where}.placeholders.{key} {problem}")
        placeholders[key] = value.strip()
    return placeholders


def parse_sync(payload: dict[str, Any], catalog: Catalog, *, now: datetime | None) -> SyncState:
    """Validate a sync payload; raises SyncError.

    `now` is the server's clock for the evaluated_at window; None skips that window (a
    stored sync restored at setup is old by design).
    """
    score = payload.get("score")
    if score is not None and (
        isinstance(score, bool) or not isinstance(score, int) or not 0 <= score <= 100
    ):
        raise _invalid("score must be an integer from 0 to 100, or null")

    grade = _parse_grade(payload.get("grade"), score, catalog)

    coverage = payload.get("coverage")
    if isinstance(coverage, bool) or not isinstance(coverage, (int, float)) or not (
        0.0 <= float(coverage) <= 1.0
    ):
        raise _invalid("coverage must be a number from 0 to 1")

    evaluated_at = _parse_evaluated_at(payload.get("evaluated_at"), now)

    failing_raw = payload.get("failing")
    if not isinstance(failing_raw, list):
        raise _invalid("failing must be a list")
    if len(failing_raw) > MAX_FAILING:
        raise _invalid(f"failing has more than {MAX_FAILING} entries")

    failing: list[FailingCheck] = []
    seen: set[str] = set()
    for index, item in enumerate(failing_raw):
        where = f"failing[{index}]"
        if not isinstance(item, dict) or set(item) - {"id", "placeholders"}:
            raise _invalid(f"{where} must be an object with id and placeholders")
        check_id = item.get("id")
        if not isinstance(check_id, str) or len(check_id) > MAX_ID_LEN or not ID_RE.match(check_id):
            raise _invalid(f"{where}.id is not a check id")
        if catalog.get(check_id) is None:
            raise _invalid(f"unknown check id: {check_id}")
        if check_id in seen:
            raise _invalid(f"duplicate check id: {check_id}")
        seen.add(check_id)
        entry = catalog.checks[check_id]
        placeholders = _parse_placeholders(
            item.get("placeholders", {}), where, check_id, entry.placeholders
        )
        failing.append(FailingCheck(id=check_id, placeholders=placeholders))

    return SyncState(
        score=score,
        grade=grade,
        coverage=float(coverage),
        evaluated_at=evaluated_at,
        failing=tuple(failing),
    )


def _restorable(item: Any, catalog: Catalog) -> dict[str, Any] | None:
    """A stored failing check as the current catalog allows it, or None when it is gone."""
    if not isinstance(item, dict) or (entry := catalog.get(str(item.get("id")))) is None:
        return None
    raw = item.get("placeholders")
    placeholders = {
        key: value
        for key, value in (raw.items() if isinstance(raw, dict) else ())
        if key in entry.placeholders
        and isinstance(value, str)
        and len(value) <= MAX_PLACEHOLDER_LEN
        and plain_text_problem(value) is None
    }
    return {"id": entry.id, "placeholders": placeholders}


def restore_sync(data: Any, catalog: Catalog) -> SyncState | None:
    """The stored last sync, re-validated without the clock window.

    Checks no longer in the catalog, and placeholders the catalog no longer declares (or
    an older version stored unchecked), are dropped rather than losing the whole sync.
    """
    if not isinstance(data, dict):
        return None
    failing = data.get("failing")
    if isinstance(failing, list):
        data = {
            **data,
            "failing": [r for f in failing if (r := _restorable(f, catalog)) is not None],
        }
    try:
        return parse_sync(data, catalog, now=None)
    except SyncError:
        return None
