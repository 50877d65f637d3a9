"""Validation of the `security_scorecard/sync` payload.

Validated by hand rather than with a voluptuous schema: Home Assistant logs a schema
error with the offending value (websocket_api/connection.py), and these messages must
name fields, never echo what was sent (except a well-formed, unknown check id).
"""

from __future__ import annotations

from dataclasses import dataclass, field
import re
from typing import Any

from homeassistant.util import dt as dt_util

from .catalog import Catalog
from .const import (
    MAX_FAILING,
    MAX_GRADE_LEN,
    MAX_ID_LEN,
    MAX_PLACEHOLDER_LEN,
    MAX_PLACEHOLDERS,
)

_ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_KEY_RE = re.compile(r"^[a-z_][a-z0-9_]{0,31}$")
# Markup that could turn a placeholder into a link, HTML or code in the Repairs dialog.
_MARKUP_RE = re.compile(r"[<>\[\]`\r\n\u2028\u2029]")
_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f]")
_GRADE_RE = re.compile(r"^[A-Za-z][A-Za-z+\-]{0,2}$")


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


def sanitize_placeholder(value: str) -> str:
    """Strip markup and control characters."""
    return _CONTROL_RE.sub("", _MARKUP_RE.sub("", value)).strip()


def _invalid(message: str) -> SyncError:
    return SyncError("invalid_format", message)


def parse_sync(payload: dict[str, Any], catalog: Catalog) -> SyncState:
    """Validate and sanitise a sync payload; raises SyncError."""
    score = payload.get("score")
    if score is not None and (
        isinstance(score, bool) or not isinstance(score, int) or not 0 <= score <= 100
    ):
        raise _invalid("score must be an integer from 0 to 100, or null")

    grade = payload.get("grade")
    if not isinstance(grade, str) or not grade or len(grade) > MAX_GRADE_LEN:
        raise _invalid(f"grade must be a string of 1 to {MAX_GRADE_LEN} characters")
    if not _GRADE_RE.match(grade):
        raise _invalid("grade must be letters with an optional + or -")

    coverage = payload.get("coverage")
    if isinstance(coverage, bool) or not isinstance(coverage, (int, float)) or not (
        0.0 <= float(coverage) <= 1.0
    ):
        raise _invalid("coverage must be a number from 0 to 1")

    evaluated_at = payload.get("evaluated_at")
    if (
        not isinstance(evaluated_at, str)
        or len(evaluated_at) > 40
        or dt_util.parse_datetime(evaluated_at) is None
    ):
        raise _invalid("evaluated_at must be an ISO-8601 date and time")

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
        if not isinstance(check_id, str) or len(check_id) > MAX_ID_LEN or not _ID_RE.match(check_id):
            raise _invalid(f"{where}.id is not a check id")
        if catalog.get(check_id) is None:
            raise _invalid(f"unknown check id: {check_id}")
        if check_id in seen:
            raise _invalid(f"duplicate check id: {check_id}")
        seen.add(check_id)
        raw_placeholders = item.get("placeholders", {})
        if not isinstance(raw_placeholders, dict):
            raise _invalid(f"{where}.placeholders must be an object")
        if len(raw_placeholders) > MAX_PLACEHOLDERS:
            raise _invalid(f"{where}.placeholders has more than {MAX_PLACEHOLDERS} entries")
        placeholders: dict[str, str] = {}
        for key, value in raw_placeholders.items():
            if not isinstance(key, str) or not _KEY_RE.match(key):
                raise _invalid(f"{where}.placeholders has an invalid key")
            if not isinstance(value, str):
                raise _invalid(f"{where}.placeholders.{key} must be a string")
            if len(value) > MAX_PLACEHOLDER_LEN:
                raise _invalid(
                    f"{where}.placeholders.{key} is longer than {MAX_PLACEHOLDER_LEN} characters"
                )
            placeholders[key] = sanitize_placeholder(value)
        failing.append(FailingCheck(id=check_id, placeholders=placeholders))

    return SyncState(
        score=score,
        grade=grade,
        coverage=float(coverage),
        evaluated_at=evaluated_at,
        failing=tuple(failing),
    )


def restore_sync(data: Any, catalog: Catalog) -> SyncState | None:
    """The stored last sync, re-validated; checks no longer in the catalog are dropped."""
    if not isinstance(data, dict):
        return None
    failing = data.get("failing")
    if isinstance(failing, list):
        data = {
            **data,
            "failing": [
                f for f in failing if isinstance(f, dict) and catalog.get(str(f.get("id"))) is not None
            ],
        }
    try:
        return parse_sync(data, catalog)
    except SyncError:
        return None
