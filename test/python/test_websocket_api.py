"""The WebSocket commands: sync mirrors Repairs; decisions and decide; admin only."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from homeassistant.core import HomeAssistant
from homeassistant.helpers import issue_registry as ir
from homeassistant.util import dt as dt_util

from custom_components.security_scorecard.const import (
    DECISIONS_STORE_KEY,
    MAX_REASON_LEN,
    SYNC_BURST,
)
from scorecard_support import SENSOR, domain_issues, payload, sync_over_ws




async def test_creates_and_removes_issues(
    hass: HomeAssistant, entry: MockConfigEntry, hass_ws_client: WebSocketGenerator
) -> None:
    msg = await sync_over_ws(
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
    msg = await sync_over_ws(
        hass_ws_client, hass, payload([{"id": "secrets-plaintext-credential", "placeholders": {}}])
    )
    assert msg["success"]
    assert set(domain_issues(hass)) == {"secrets-plaintext-credential"}

    msg = await sync_over_ws(hass_ws_client, hass, payload([]))
    assert domain_issues(hass) == {}


async def test_placeholders_markup_refused(
    hass: HomeAssistant, entry: MockConfigEntry, hass_ws_client: WebSocketGenerator
) -> None:
    # Markup is refused, not stripped (test_sync_validation.py has the full set).
    msg = await sync_over_ws(
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
    assert (await sync_over_ws(hass_ws_client, hass, payload([{"id": "auth-owner-mfa", "placeholders": {}}])))[
        "success"
    ]
    result = await sync_over_ws(hass_ws_client, hass, msg)
    assert not result["success"]
    assert result["error"]["code"] == "invalid_format"
    assert needle in result["error"]["message"]
    assert "<script>" not in result["error"]["message"]
    assert set(domain_issues(hass)) == {"auth-owner-mfa"}
    assert hass.states.get(SENSOR).state == "62"


@pytest.mark.parametrize(
    "command",
    [
        {"type": "security_scorecard/facts"},
        {"type": "security_scorecard/subscribe"},
        {
            "type": "security_scorecard/sync",
            "score": 50,
            "grade": "C",
            "coverage": 0.5,
            "evaluated_at": "2024-03-01T00:00:00+00:00",
            "failing": [],
        },
        {"type": "security_scorecard/decisions"},
        {
            "type": "security_scorecard/decide",
            "check_id": "auth-owner-mfa",
            "decision": {"kind": "risk_accepted", "reason": "x"},
        },
        {"type": "security_scorecard/decide", "check_id": "auth-owner-mfa", "decision": None},
    ],
)
async def test_admin_only(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    hass_ws_client: WebSocketGenerator,
    hass_read_only_access_token: str,
    command: dict[str, Any],
) -> None:
    client = await hass_ws_client(hass, hass_read_only_access_token)
    await client.send_json_auto_id(dict(command))
    msg = await client.receive_json()
    assert not msg["success"]
    assert msg["error"]["code"] == "unauthorized"


async def test_not_loaded_after_unload(
    hass: HomeAssistant, entry: MockConfigEntry, hass_ws_client: WebSocketGenerator
) -> None:
    assert await hass.config_entries.async_unload(entry.entry_id)
    client = await hass_ws_client(hass)
    for command in (
        {"type": "security_scorecard/facts"},
        {"type": "security_scorecard/decisions"},
        {"type": "security_scorecard/decide", "check_id": "auth-owner-mfa", "decision": None},
    ):
        await client.send_json_auto_id(command)
        msg = await client.receive_json()
        assert msg["error"]["code"] == "not_loaded", command


def decide(check_id: Any, decision: Any) -> dict[str, Any]:
    return {"type": "security_scorecard/decide", "check_id": check_id, "decision": decision}


async def _send(client: Any, msg: dict[str, Any]) -> dict[str, Any]:
    await client.send_json_auto_id(msg)
    return await client.receive_json()


async def test_decide_sets_lists_and_clears(
    hass: HomeAssistant, entry: MockConfigEntry, hass_ws_client: WebSocketGenerator
) -> None:
    client = await hass_ws_client(hass)
    assert (await _send(client, {"type": "security_scorecard/decisions"}))["result"] == {"decisions": {}}
    msg = await _send(
        client, decide("network-trusted-proxies-open", {"kind": "mitigated", "reason": "  Only the proxy reaches it  "})
    )
    assert msg["success"], msg
    decided = msg["result"]["decisions"]["network-trusted-proxies-open"]
    assert decided["kind"] == "mitigated"
    assert decided["reason"] == "Only the proxy reaches it"
    assert dt_util.parse_datetime(decided["decided_at"]) is not None
    listed = await _send(client, {"type": "security_scorecard/decisions"})
    assert listed["result"] == msg["result"]

    # Changing the kind replaces the decision; null clears it; clearing again is no error.
    msg = await _send(client, decide("network-trusted-proxies-open", {"kind": "risk_accepted", "reason": "LAN only"}))
    assert msg["result"]["decisions"]["network-trusted-proxies-open"]["kind"] == "risk_accepted"
    for _ in range(2):
        msg = await _send(client, decide("network-trusted-proxies-open", None))
        assert msg["success"] and msg["result"] == {"decisions": {}}


@pytest.mark.parametrize(
    ("check_id", "decision", "message"),
    [
        ("no-such-check", {"kind": "mitigated", "reason": "x"}, "unknown check id: no-such-check"),
        ("Not An Id!", {"kind": "mitigated", "reason": "x"}, "check_id is not a check id"),
        (42, {"kind": "mitigated", "reason": "x"}, "check_id is not a check id"),
        ("auth-owner-mfa", {"kind": "accepted", "reason": "x"}, "decision.kind must be one of risk_accepted, mitigated"),
        ("auth-owner-mfa", {"kind": "mitigated"}, "decision.reason must be a non-empty string"),
        ("auth-owner-mfa", {"kind": "mitigated", "reason": "   "}, "decision.reason must be a non-empty string"),
        ("auth-owner-mfa", {"kind": "mitigated", "reason": "x" * (MAX_REASON_LEN + 1)}, "longer than 200"),
        ("auth-owner-mfa", {"kind": "mitigated", "reason": "see <b>here</b>"}, "no markup characters"),
        ("auth-owner-mfa", {"kind": "mitigated", "reason": "see https://evil.example"}, "no link"),
        ("auth-owner-mfa", {"kind": "mitigated", "reason": "\u202eevil"}, "no control, bidi"),
        ("auth-owner-mfa", {"kind": "mitigated", "reason": "x", "by": "me"}, "an object with kind and reason"),
        ("auth-owner-mfa", "accepted", "an object with kind and reason"),
    ],
)
async def test_decide_refuses_bad_input(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    hass_ws_client: WebSocketGenerator,
    check_id: Any,
    decision: Any,
    message: str,
) -> None:
    client = await hass_ws_client(hass)
    msg = await _send(client, decide(check_id, decision))
    assert not msg["success"]
    assert msg["error"]["code"] == "invalid_format"
    assert message in msg["error"]["message"]
    # The reason is never echoed back.
    if isinstance(decision, dict) and isinstance(decision.get("reason"), str) and len(decision["reason"]) > 3:
        assert decision["reason"] not in msg["error"]["message"]
    assert (await _send(client, {"type": "security_scorecard/decisions"}))["result"] == {"decisions": {}}


async def test_a_decided_check_is_not_a_repairs_issue(
    hass: HomeAssistant, entry: MockConfigEntry, hass_ws_client: WebSocketGenerator
) -> None:
    client = await hass_ws_client(hass)
    failing = [
        {"id": "auth-owner-mfa", "placeholders": {"user": "Owner"}},
        {"id": "network-trusted-proxies-open", "placeholders": {}},
    ]
    assert (await _send(client, payload(failing)))["success"]
    assert set(domain_issues(hass)) == {"auth-owner-mfa", "network-trusted-proxies-open"}

    # Deciding removes the issue at once, without waiting for a judge to sync again.
    await _send(client, decide("network-trusted-proxies-open", {"kind": "risk_accepted", "reason": "LAN only"}))
    assert set(domain_issues(hass)) == {"auth-owner-mfa"}
    # A judge that does not know the decision yet (an old CLI) cannot raise it again.
    msg = await _send(client, payload(failing))
    assert msg["result"]["repairs"] == ["auth-owner-mfa"]
    assert set(domain_issues(hass)) == {"auth-owner-mfa"}
    # Undo: the last sync reported the check failing, so its issue is back at once.
    await _send(client, decide("network-trusted-proxies-open", None))
    assert set(domain_issues(hass)) == {"auth-owner-mfa", "network-trusted-proxies-open"}
    # A decided check that a judge left out of its sync (as every judge does) stays gone
    # after an undo until a sync reports it failing again.
    await _send(client, decide("network-trusted-proxies-open", {"kind": "mitigated", "reason": "VPN"}))
    assert (await _send(client, payload(failing[:1])))["success"]
    await _send(client, decide("network-trusted-proxies-open", None))
    assert set(domain_issues(hass)) == {"auth-owner-mfa"}


async def test_decisions_persist_across_a_restart(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    hass_ws_client: WebSocketGenerator,
    hass_storage: dict[str, Any],
) -> None:
    client = await hass_ws_client(hass)
    await _send(client, decide("auth-owner-mfa", {"kind": "mitigated", "reason": "Only reachable over VPN"}))
    await hass.async_block_till_done()
    stored = hass_storage[DECISIONS_STORE_KEY]["data"]["decisions"]
    assert stored["auth-owner-mfa"]["reason"] == "Only reachable over VPN"

    # Unload and load again: the decisions come back from .storage.
    assert await hass.config_entries.async_reload(entry.entry_id)
    await hass.async_block_till_done()
    listed = await _send(client, {"type": "security_scorecard/decisions"})
    assert listed["result"]["decisions"]["auth-owner-mfa"]["kind"] == "mitigated"
    assert listed["result"]["decisions"]["auth-owner-mfa"]["decided_at"] == stored["auth-owner-mfa"]["decided_at"]

    # Removing the integration removes them with its other stored data.
    assert await hass.config_entries.async_remove(entry.entry_id)
    await hass.async_block_till_done()
    assert DECISIONS_STORE_KEY not in hass_storage


async def test_a_flood_of_decisions_is_refused(
    hass: HomeAssistant, entry: MockConfigEntry, hass_ws_client: WebSocketGenerator
) -> None:
    client = await hass_ws_client(hass)
    answers = [
        await _send(client, decide("auth-owner-mfa", {"kind": "mitigated", "reason": f"reason {i}"}))
        for i in range(SYNC_BURST + 1)
    ]
    assert all(a["success"] for a in answers[:SYNC_BURST])
    assert answers[-1]["error"]["code"] == "rate_limited"
