"""security_scorecard/sync: validation, Repairs mirror, sensor, restart."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    mock_restore_cache_with_extra_data,
)
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from homeassistant.core import HomeAssistant, State
from homeassistant.helpers import issue_registry as ir
from homeassistant.util import dt as dt_util

from custom_components.security_scorecard.const import DOMAIN, STORE_KEY
from scorecard_support import make_entry

SENSOR = "sensor.security_scorecard_score"
# sync accepts an evaluated_at within a day of the server's clock.
NOW = dt_util.utcnow().isoformat()


def payload(failing: list[dict[str, Any]] | None = None, **over: Any) -> dict[str, Any]:
    msg: dict[str, Any] = {
        "type": "security_scorecard/sync",
        "score": 62,
        "grade": "C+",
        "coverage": 0.8,
        "evaluated_at": NOW,
        "failing": failing if failing is not None else [],
    }
    msg.update(over)
    return msg


async def _sync(hass_ws_client: WebSocketGenerator, hass: HomeAssistant, msg: dict[str, Any]) -> dict[str, Any]:
    client = await hass_ws_client(hass)
    await client.send_json_auto_id(msg)
    return await client.receive_json()


def domain_issues(hass: HomeAssistant) -> dict[str, ir.IssueEntry]:
    return {
        issue_id: issue
        for (domain, issue_id), issue in ir.async_get(hass).issues.items()
        if domain == DOMAIN and issue.active
    }


async def test_creates_and_removes_issues(
    hass: HomeAssistant, entry: MockConfigEntry, hass_ws_client: WebSocketGenerator
) -> None:
    msg = await _sync(
        hass_ws_client,
        hass,
        payload(
            [
                {"id": "auth-owner-mfa", "placeholders": {"user": "Owner"}},
                {"id": "network-trusted-proxies-open", "placeholders": {}},
                {"id": "secrets-plaintext-credential", "placeholders": {"count": "2"}},
                {"id": "updates-core-current", "placeholders": {}},
                {"id": "backups-info", "placeholders": {}},
            ]
        ),
    )
    assert msg["success"], msg
    assert msg["result"]["failing"] == 5
    issues = domain_issues(hass)
    # low and info findings stay in the card.
    assert set(issues) == {
        "auth-owner-mfa",
        "network-trusted-proxies-open",
        "secrets-plaintext-credential",
    }
    owner = issues["auth-owner-mfa"]
    assert owner.severity == ir.IssueSeverity.CRITICAL
    assert owner.translation_key == "auth-owner-mfa"
    assert owner.translation_placeholders == {"user": "Owner"}
    assert owner.is_fixable is False
    assert owner.learn_more_url.startswith("https://www.home-assistant.io/docs/authentication")
    assert issues["network-trusted-proxies-open"].severity == ir.IssueSeverity.ERROR
    assert issues["secrets-plaintext-credential"].severity == ir.IssueSeverity.WARNING

    # Now only one still fails: the others are deleted.
    msg = await _sync(
        hass_ws_client, hass, payload([{"id": "secrets-plaintext-credential", "placeholders": {}}])
    )
    assert msg["success"]
    assert set(domain_issues(hass)) == {"secrets-plaintext-credential"}

    msg = await _sync(hass_ws_client, hass, payload([]))
    assert domain_issues(hass) == {}


async def test_placeholders_markup_refused(
    hass: HomeAssistant, entry: MockConfigEntry, hass_ws_client: WebSocketGenerator
) -> None:
    # Markup is refused, not stripped (test_sync_validation.py has the full set).
    msg = await _sync(
        hass_ws_client,
        hass,
        payload([{"id": "auth-owner-mfa", "placeholders": {"user": "<b>x</b> `code`"}}]),
    )
    assert not msg["success"]
    assert "must be plain text" in msg["error"]["message"]
    assert "<b>" not in msg["error"]["message"]
    assert domain_issues(hass) == {}


@pytest.mark.parametrize(
    ("msg", "needle"),
    [
        (payload([{"id": "no-such-check", "placeholders": {}}]), "unknown check id: no-such-check"),
        (payload([{"id": "Bad ID <script>", "placeholders": {}}]), "failing[0].id is not a check id"),
        (payload([{"id": f"c{i}", "placeholders": {}} for i in range(201)]), "more than 200"),
        (
            payload([{"id": "auth-owner-mfa", "placeholders": {f"k{i}": "v" for i in range(9)}}]),
            "more than 8",
        ),
        (
            payload([{"id": "auth-owner-mfa", "placeholders": {"user": "x" * 101}}]),
            "longer than 100",
        ),
        (
            payload([{"id": "auth-owner-mfa", "placeholders": {"user": 5}}]),
            "must be a string",
        ),
        (
            payload(
                [
                    {"id": "auth-owner-mfa", "placeholders": {}},
                    {"id": "auth-owner-mfa", "placeholders": {}},
                ]
            ),
            "duplicate check id",
        ),
        (payload(score=101), "score"),
        (payload(score=True), "score"),
        (payload(score=50.5), "score"),
        (payload(grade="ABCD"), "grade"),
        (payload(grade="<b>"), "grade"),
        (payload(coverage=1.5), "coverage"),
        (payload(evaluated_at="yesterday"), "evaluated_at"),
        (payload(failing={"id": "x"}), "failing must be a list"),
    ],
)
async def test_refused(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    hass_ws_client: WebSocketGenerator,
    msg: dict[str, Any],
    needle: str,
) -> None:
    # A valid sync first, to prove a refused one changes nothing.
    assert (await _sync(hass_ws_client, hass, payload([{"id": "auth-owner-mfa", "placeholders": {}}])))[
        "success"
    ]
    result = await _sync(hass_ws_client, hass, msg)
    assert not result["success"]
    assert result["error"]["code"] == "invalid_format"
    assert needle in result["error"]["message"]
    assert "<script>" not in result["error"]["message"]
    assert set(domain_issues(hass)) == {"auth-owner-mfa"}
    assert hass.states.get(SENSOR).state == "62"


async def test_null_score_accepted(
    hass: HomeAssistant, entry: MockConfigEntry, hass_ws_client: WebSocketGenerator
) -> None:
    assert (await _sync(hass_ws_client, hass, payload(score=None, grade="N/A")))["success"]
    assert hass.states.get(SENSOR).state == "unknown"


async def test_sensor_state_and_attributes(
    hass: HomeAssistant, entry: MockConfigEntry, hass_ws_client: WebSocketGenerator
) -> None:
    state = hass.states.get(SENSOR)
    assert state.state == "unknown"
    msg = await _sync(
        hass_ws_client,
        hass,
        payload([{"id": "updates-core-current", "placeholders": {}}], score=91, grade="A"),
    )
    assert msg["success"]
    await hass.async_block_till_done()
    state = hass.states.get(SENSOR)
    assert state.state == "91"
    assert state.attributes["grade"] == "A"
    assert state.attributes["coverage"] == 0.8
    assert state.attributes["failing_count"] == 1
    assert state.attributes["evaluated_at"] == NOW
    assert state.attributes["state_class"] == "measurement"
    assert state.attributes["friendly_name"] == "Security Scorecard Score"


async def test_restart_restores_and_drops_stale(
    hass: HomeAssistant,
    hass_storage: dict[str, Any],
    config_dir: Path,
    test_catalog: None,
    fake_observers: None,
) -> None:
    # What the registries hold after a restart: issues from before, one no longer failing.
    for issue_id in ("auth-owner-mfa", "network-trusted-proxies-open"):
        ir.async_create_issue(
            hass, DOMAIN, issue_id, is_fixable=False, is_persistent=True,
            severity=ir.IssueSeverity.ERROR, translation_key=issue_id,
        )
    ir.async_create_issue(
        hass, "other_domain", "keep-me", is_fixable=False,
        severity=ir.IssueSeverity.WARNING, translation_key="keep-me",
    )
    hass_storage[STORE_KEY] = {
        "version": 1,
        "minor_version": 1,
        "key": STORE_KEY,
        "data": {
            "score": 40,
            "grade": "D+",
            "coverage": 0.5,
            "evaluated_at": "2024-03-01T12:00:00+00:00",
            "failing": [
                {"id": "auth-owner-mfa", "placeholders": {"user": "Owner"}},
                {"id": "removed-from-catalog", "placeholders": {}},
            ],
        },
    }
    entry = make_entry(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()

    issues = domain_issues(hass)
    assert set(issues) == {"auth-owner-mfa"}
    assert issues["auth-owner-mfa"].severity == ir.IssueSeverity.CRITICAL
    assert ir.async_get(hass).async_get_issue("other_domain", "keep-me") is not None
    state = hass.states.get(SENSOR)
    assert state.state == "40"
    assert state.attributes["grade"] == "D+"
    assert state.attributes["failing_count"] == 1


async def test_sensor_restores_without_stored_sync(
    hass: HomeAssistant, config_dir: Path, test_catalog: None, fake_observers: None
) -> None:
    mock_restore_cache_with_extra_data(
        hass,
        (
            (
                State(SENSOR, "77", {"grade": "B", "coverage": 0.9, "failing_count": 3, "evaluated_at": "x"}),
                {"native_value": 77, "native_unit_of_measurement": None},
            ),
        ),
    )
    entry = make_entry(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    state = hass.states.get(SENSOR)
    assert state.state == "77"
    assert state.attributes["grade"] == "B"
    assert state.attributes["failing_count"] == 3


async def test_removal_clears_issues(
    hass: HomeAssistant, entry: MockConfigEntry, hass_ws_client: WebSocketGenerator
) -> None:
    assert (await _sync(hass_ws_client, hass, payload([{"id": "auth-owner-mfa", "placeholders": {}}])))[
        "success"
    ]
    assert domain_issues(hass)
    assert await hass.config_entries.async_remove(entry.entry_id)
    await hass.async_block_till_done()
    assert domain_issues(hass) == {}
