"""The `where` placeholder the card and CLI send (src/score/where.ts) passes the sync's validation.

Every check of the shipped catalog declares `where`; the shapes where.ts produces (file:line
lists, quoted names, add-on slugs, "(+N)", the whole instance) are plain text within the bound.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from homeassistant.util import dt as dt_util

from custom_components.security_scorecard.catalog import parse_catalog
from custom_components.security_scorecard.const import MAX_PLACEHOLDER_LEN
from custom_components.security_scorecard.sync import parse_sync

SHIPPED = Path(__file__).resolve().parents[2] / "custom_components" / "security_scorecard" / "catalog.json"


def _catalog():
    return parse_catalog(json.loads(SHIPPED.read_text(encoding="utf-8")))


def test_every_shipped_check_declares_where() -> None:
    catalog = _catalog()
    assert catalog.checks
    assert all("where" in entry.placeholders for entry in catalog.checks.values())


@pytest.mark.parametrize(
    "where",
    [
        "configuration.yaml:12, configuration.yaml:30",
        "configuration.yaml:1, packages/net.yaml:2, automations.yaml:3 (+2)",
        '"Alice", "Bob" (+1)',
        '"Node-RED"',
        "core_ssh, a0d7b954_vscode",
        "www/backup.tar",
        ".gitignore",
        "Home Assistant",
        "Home Assistant (+3)",
    ],
)
def test_where_shapes_are_accepted(where: str) -> None:
    assert len(where) <= MAX_PLACEHOLDER_LEN
    payload = {
        "score": 50,
        "grade": "F",
        "coverage": 0.9,
        "evaluated_at": dt_util.utcnow().isoformat(),
        "failing": [{"id": "auth-admin-mfa", "placeholders": {"count": "2", "total": "3", "where": where}}],
    }
    state = parse_sync(payload, _catalog(), now=dt_util.utcnow())
    assert state.failing[0].placeholders["where"] == where
