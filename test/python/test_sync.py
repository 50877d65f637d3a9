"""security_scorecard/sync validation: known grades, a recent evaluated_at, declared
placeholder keys, plain text; and a restored sync keeps what the catalog still allows."""

from __future__ import annotations

from datetime import timedelta
import json
from pathlib import Path
from typing import Any

import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from homeassistant.core import HomeAssistant
from homeassistant.helpers import issue_registry as ir
from homeassistant.util import dt as dt_util

from custom_components.security_scorecard.catalog import DEFAULT_GRADES, parse_catalog
from custom_components.security_scorecard.const import DOMAIN
from custom_components.security_scorecard.sync import (
    SyncError,
    parse_sync,
    restore_sync,
)
from scorecard_support import TEST_CATALOG

CATALOG = parse_catalog(TEST_CATALOG)
SHIPPED = Path(__file__).resolve().parents[2] / "custom_components" / "security_scorecard" / "catalog.json"
NOW = dt_util.utcnow()


def payload(failing: list[dict[str, Any]] | None = None, **over: Any) -> dict[str, Any]:
    msg: dict[str, Any] = {
        "score": 62,
        "grade": "C+",
        "coverage": 0.8,
        "evaluated_at": NOW.isoformat(),
        "failing": failing if failing is not None else [],
    }
    msg.update(over)
    return msg


def owner(user: str) -> list[dict[str, Any]]:
    return [{"id": "auth-owner-mfa", "placeholders": {"user": user}}]


def refused(msg: dict[str, Any]) -> str:
    with pytest.raises(SyncError) as err:
        parse_sync(msg, CATALOG, now=NOW)
    assert err.value.code == "invalid_format"
    return err.value.message


@pytest.mark.parametrize("grade", DEFAULT_GRADES)
def test_every_known_grade_accepted(grade: str) -> None:
    score = None if grade == "N/A" else 50
    assert parse_sync(payload(grade=grade, score=score), CATALOG, now=NOW).grade == grade


@pytest.mark.parametrize("grade", ["Z", "E", "a", "A++", "AA", "B-+", "n/a", "T"])
def test_unknown_grade_refused(grade: str) -> None:
    message = refused(payload(grade=grade))
    assert message.startswith("grade must be one of A+, A, A-,")
    assert message.endswith("F, V, N/A")


def test_grade_and_score_agree() -> None:
    assert "null score" in refused(payload(grade="N/A", score=40))
    assert "needs a score" in refused(payload(grade="B", score=None))
    # "V" replaces any grade, also when nothing was scored.
    assert parse_sync(payload(grade="V", score=None), CATALOG, now=NOW).grade == "V"


@pytest.mark.parametrize(
    "evaluated_at",
    [
        "9999-12-31T23:59:59+00:00",
        "1970-01-01T00:00:00Z",
        (NOW + timedelta(days=1, minutes=1)).isoformat(),
        (NOW - timedelta(days=1, minutes=1)).isoformat(),
    ],
)
def test_evaluated_at_outside_a_day_refused(evaluated_at: str) -> None:
    message = refused(payload(evaluated_at=evaluated_at))
    assert "within a day of the server's clock" in message
    assert evaluated_at not in message


@pytest.mark.parametrize(
    "evaluated_at",
    [
        (NOW - timedelta(hours=23)).isoformat(),
        (NOW + timedelta(hours=23)).isoformat(),
        NOW.strftime("%Y-%m-%dT%H:%M:%S.%fZ"),  # the card's toISOString() form
        NOW.astimezone(dt_util.get_time_zone("Pacific/Auckland")).isoformat(),
    ],
)
def test_evaluated_at_within_a_day_accepted(evaluated_at: str) -> None:
    assert parse_sync(payload(evaluated_at=evaluated_at), CATALOG, now=NOW).evaluated_at == evaluated_at


def test_evaluated_at_without_zone_refused() -> None:
    assert "time zone" in refused(payload(evaluated_at=NOW.strftime("%Y-%m-%dT%H:%M:%S")))


def test_undeclared_placeholder_key_refused() -> None:
    message = refused(payload([{"id": "auth-owner-mfa", "placeholders": {"count": "3"}}]))
    assert message == (
        "failing[0].placeholders.count is not a placeholder of auth-owner-mfa (declared: user)"
    )
    message = refused(payload([{"id": "network-trusted-proxies-open", "placeholders": {"count": "1"}}]))
    assert message.endswith("(declared: none)")


def test_declared_placeholder_kept() -> None:
    state = parse_sync(payload(owner(" Owner 2 ")), CATALOG, now=NOW)
    assert state.failing[0].placeholders == {"user": "Owner 2"}


@pytest.mark.parametrize(
    ("value", "what"),
    [
        ("evil\u202etxt.exe", "control"),  # right-to-left override
        ("a\u2066b\u2069", "control"),  # isolates
        ("a\u200bb", "control"),  # zero-width space
        ("a\u061cb", "control"),  # Arabic letter mark
        ("line\nbreak", "control"),
        ("tab\there", "control"),
        ("bell\x07", "control"),
        ("a\u2028b", "control"),
        ("c1\x85", "control"),
        ("<b>bold</b>", "markup"),
        ("[click](x)", "markup"),
        ("`code`", "markup"),
        ("back\\slash", "markup"),
        ("see https://evil.example/x", "link"),
        ("HTTP://EVIL.EXAMPLE", "link"),
        ("javascript:/x", "link"),
        ("www.evil.example", "link"),
        ("mail me: owner@evil.example", "link"),
        ("mailto:owner", "link"),
    ],
)
def test_not_plain_text_refused(value: str, what: str) -> None:
    message = refused(payload(owner(value)))
    assert message.startswith("failing[0].placeholders.user must be plain text")
    assert {"control": "control, bidi", "markup": "markup", "link": "link"}[what] in message
    assert value.strip() not in message


@pytest.mark.parametrize("value", ["3", "never", "2024.3.3", "a0d7b954_ssh", "docker, privileged", "GHSA-5hxg-r395-fqxx", "Zoë", ""])
def test_plain_text_accepted(value: str) -> None:
    assert parse_sync(payload(owner(value)), CATALOG, now=NOW).failing[0].placeholders == {"user": value}


def test_restore_keeps_an_old_sync_and_drops_what_is_no_longer_allowed() -> None:
    stored = payload(
        [
            {"id": "auth-owner-mfa", "placeholders": {"user": "Owner", "gone": "x"}},
            {"id": "secrets-plaintext-credential", "placeholders": {"count": "see www.x.example"}},
        ],
        evaluated_at="2024-03-01T12:00:00+00:00",
    )
    state = restore_sync(stored, CATALOG)
    assert state is not None
    assert [(f.id, f.placeholders) for f in state.failing] == [
        ("auth-owner-mfa", {"user": "Owner"}),
        ("secrets-plaintext-credential", {}),
    ]


def test_shipped_catalog_declares_grades_and_placeholders() -> None:
    if not SHIPPED.exists():
        pytest.skip("catalog.json not generated yet")
    data = json.loads(SHIPPED.read_text(encoding="utf-8"))
    # The fallback for hand-written catalogs is the generated list.
    assert tuple(data["grades"]) == DEFAULT_GRADES
    catalog = parse_catalog(data)
    # `where` (the evidence's places, src/score/where.ts) is every check's.
    assert catalog.checks["backup-recent"].placeholders == {"days", "where"}
    assert catalog.checks["host-addon-rating"].placeholders == {"count", "addon", "where"}


@pytest.mark.parametrize(
    "grades", [["A", 3], "A", [""]],
)
def test_catalog_with_bad_grades_rejected(grades: Any) -> None:
    with pytest.raises(ValueError):
        parse_catalog({**TEST_CATALOG, "grades": grades})


def test_catalog_with_bad_placeholder_key_rejected() -> None:
    bad = {"version": 1, "checks": [{"id": "a-b", "severity": "low", "placeholders": ["Bad Key"]}]}
    with pytest.raises(ValueError):
        parse_catalog(bad)


async def test_refusal_over_websocket_changes_nothing(
    hass: HomeAssistant, entry: MockConfigEntry, hass_ws_client: WebSocketGenerator
) -> None:
    client = await hass_ws_client(hass)
    await client.send_json_auto_id({"type": "security_scorecard/sync", **payload(owner("Owner"))})
    assert (await client.receive_json())["success"]
    for bad in (
        payload(grade="Z"),
        payload(evaluated_at="9999-01-01T00:00:00Z"),
        payload([{"id": "auth-owner-mfa", "placeholders": {"secret_key": "x"}}]),
        payload(owner("\u202eevil")),
    ):
        await client.send_json_auto_id({"type": "security_scorecard/sync", **bad})
        msg = await client.receive_json()
        assert not msg["success"]
        assert msg["error"]["code"] == "invalid_format"
    issues = {i: v for (d, i), v in ir.async_get(hass).issues.items() if d == DOMAIN}
    assert set(issues) == {"auth-owner-mfa"}
    assert issues["auth-owner-mfa"].translation_placeholders == {"user": "Owner"}
