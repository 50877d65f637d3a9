"""Repairs issues live only while the entry is loaded: unload, disable and removal clear
them; loading again (or a restart) recreates them from the stored last sync."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from homeassistant.config_entries import ConfigEntryDisabler, ConfigEntryState
from homeassistant.core import HomeAssistant
from homeassistant.helpers import issue_registry as ir
from homeassistant.util import dt as dt_util

from custom_components.security_scorecard.const import DOMAIN, STORE_KEY
from scorecard_support import SENSOR, domain_issues, make_entry, payload, sync_over_ws



async def _sync_failing(hass: HomeAssistant, hass_ws_client: WebSocketGenerator) -> None:
    client = await hass_ws_client(hass)
    await client.send_json_auto_id(
        {
            "type": "security_scorecard/sync",
            "score": 40,
            "grade": "D+",
            "coverage": 0.9,
            "evaluated_at": dt_util.utcnow().isoformat(),
            "failing": [
                {"id": "auth-owner-mfa", "placeholders": {"user": "Owner"}},
                {"id": "network-trusted-proxies-open", "placeholders": {}},
            ],
        }
    )
    assert (await client.receive_json())["success"]
    assert set(domain_issues(hass)) == {"auth-owner-mfa", "network-trusted-proxies-open"}


async def test_unload_clears_and_setup_recreates(
    hass: HomeAssistant, entry: MockConfigEntry, hass_ws_client: WebSocketGenerator
) -> None:
    await _sync_failing(hass, hass_ws_client)
    ir.async_create_issue(
        hass, "other_domain", "keep-me", is_fixable=False,
        severity=ir.IssueSeverity.WARNING, translation_key="keep-me",
    )

    # The sync's Store write is still pending (delayed): unload must not lose it.
    assert await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()
    assert entry.state is ConfigEntryState.NOT_LOADED
    assert domain_issues(hass) == {}
    assert ir.async_get(hass).async_get_issue("other_domain", "keep-me") is not None

    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    issues = domain_issues(hass)
    assert set(issues) == {"auth-owner-mfa", "network-trusted-proxies-open"}
    assert issues["auth-owner-mfa"].translation_placeholders == {"user": "Owner"}


async def test_disable_clears_and_enable_recreates(
    hass: HomeAssistant, entry: MockConfigEntry, hass_ws_client: WebSocketGenerator
) -> None:
    await _sync_failing(hass, hass_ws_client)

    assert await hass.config_entries.async_set_disabled_by(entry.entry_id, ConfigEntryDisabler.USER)
    await hass.async_block_till_done()
    assert domain_issues(hass) == {}
    # While disabled nothing can clear or refresh them: sync answers not_loaded.
    client = await hass_ws_client(hass)
    await client.send_json_auto_id(
        {
            "type": "security_scorecard/sync", "score": 100, "grade": "A+", "coverage": 1,
            "evaluated_at": dt_util.utcnow().isoformat(), "failing": [],
        }
    )
    msg = await client.receive_json()
    assert msg["error"]["code"] == "not_loaded"

    assert await hass.config_entries.async_set_disabled_by(entry.entry_id, None)
    await hass.async_block_till_done()
    assert entry.state is ConfigEntryState.LOADED
    assert set(domain_issues(hass)) == {"auth-owner-mfa", "network-trusted-proxies-open"}


async def test_removal_clears_issues_and_the_stored_sync(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    hass_ws_client: WebSocketGenerator,
    hass_storage: dict[str, Any],
) -> None:
    await _sync_failing(hass, hass_ws_client)
    assert await hass.config_entries.async_remove(entry.entry_id)
    await hass.async_block_till_done()
    assert domain_issues(hass) == {}
    assert STORE_KEY not in hass_storage

    # Added again, it starts clean: no issue comes back from the removed entry's sync.
    again = make_entry(hass)
    assert await hass.config_entries.async_setup(again.entry_id)
    await hass.async_block_till_done()
    assert domain_issues(hass) == {}




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


async def test_removal_clears_issues(
    hass: HomeAssistant, entry: MockConfigEntry, hass_ws_client: WebSocketGenerator
) -> None:
    assert (await sync_over_ws(hass_ws_client, hass, payload([{"id": "auth-owner-mfa", "placeholders": {}}])))[
        "success"
    ]
    assert domain_issues(hass)
    assert await hass.config_entries.async_remove(entry.entry_id)
    await hass.async_block_till_done()
    assert domain_issues(hass) == {}
