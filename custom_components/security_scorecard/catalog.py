"""The check catalog shipped with the integration (generated from src/checks by scripts/gen-catalog.ts).

The backend never judges: it only needs each failing check's severity and documentation
link to mirror findings into Repairs, and the set of ids to refuse unknown ones.
"""

from __future__ import annotations

from dataclasses import dataclass
import json
import logging
from pathlib import Path
import re
from typing import Any

from .const import CATALOG_FILENAME

_LOGGER = logging.getLogger(__name__)

SEVERITIES = ("critical", "high", "medium", "low", "info")
_ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_KEY_RE = re.compile(r"^[a-z_][a-z0-9_]{0,31}$")
# The grades of src/score/scoring-data.ts, for a catalog that does not list them (a
# hand-written one); the generated catalog.json lists them and test_catalog holds the two equal.
DEFAULT_GRADES: tuple[str, ...] = (
    "A+", "A", "A-", "B+", "B", "B-", "C+", "C", "C-", "D+", "D", "D-", "F", "V", "N/A",
)


@dataclass(frozen=True, slots=True)
class CatalogEntry:
    """One check as the backend needs it."""

    id: str
    category: str
    title: str
    severity: str
    learn_more_url: str | None
    # The only keys a sync may send in this check's placeholders.
    placeholders: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Catalog:
    """All checks by id, and the grades a scorecard can show."""

    version: int
    checks: dict[str, CatalogEntry]
    # Best first, as catalog.json lists them.
    grades: tuple[str, ...] = DEFAULT_GRADES

    def get(self, check_id: str) -> CatalogEntry | None:
        """Return the entry of a check id, if known."""
        return self.checks.get(check_id)


EMPTY_CATALOG = Catalog(version=1, checks={})


def _strings(raw: Any, what: str, pattern: re.Pattern[str] | None = None) -> tuple[str, ...]:
    if not isinstance(raw, list) or not all(isinstance(v, str) and v for v in raw):
        raise ValueError(f"catalog: {what} is not a list of strings")
    if pattern is not None and not all(pattern.match(v) for v in raw):
        raise ValueError(f"catalog: {what} has an invalid entry")
    return tuple(raw)


def parse_catalog(data: Any) -> Catalog:
    """Validate the catalog JSON; raises ValueError on a shape we do not know."""
    if not isinstance(data, dict) or data.get("version") != 1:
        raise ValueError("catalog: unsupported version")
    raw_checks = data.get("checks")
    if not isinstance(raw_checks, list):
        raise ValueError("catalog: 'checks' is not a list")
    checks: dict[str, CatalogEntry] = {}
    for index, raw in enumerate(raw_checks):
        if not isinstance(raw, dict):
            raise ValueError(f"catalog: check #{index} is not an object")
        check_id = raw.get("id")
        if not isinstance(check_id, str) or not _ID_RE.match(check_id):
            raise ValueError(f"catalog: check #{index} has an invalid id")
        severity = raw.get("severity")
        if severity not in SEVERITIES:
            raise ValueError(f"catalog: check {check_id} has an invalid severity")
        url = raw.get("learn_more_url")
        placeholders = frozenset(
            _strings(raw.get("placeholders", []), f"check {check_id} placeholders", _KEY_RE)
        )
        checks[check_id] = CatalogEntry(
            id=check_id,
            category=str(raw.get("category", "")),
            title=str(raw.get("title", check_id)),
            severity=severity,
            learn_more_url=url if isinstance(url, str) and url.startswith("https://") else None,
            placeholders=placeholders,
        )
    grades = _strings(data["grades"], "grades") if "grades" in data else DEFAULT_GRADES
    return Catalog(version=1, checks=checks, grades=grades)


def load_catalog(path: Path | None = None) -> Catalog:
    """Read catalog.json next to this module (blocking: call in an executor).

    A missing or broken catalog leaves the integration running with no known ids, so
    sync refuses every id instead of mirroring something it cannot describe.
    """
    path = path or Path(__file__).parent / CATALOG_FILENAME
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return parse_catalog(data)
    except FileNotFoundError:
        _LOGGER.warning("%s is missing; sync will refuse every check id", CATALOG_FILENAME)
    except (OSError, ValueError) as err:
        _LOGGER.warning("%s could not be used: %s", CATALOG_FILENAME, err)
    return EMPTY_CATALOG
