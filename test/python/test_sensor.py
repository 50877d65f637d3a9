"""sensor.security_scorecard_score: follows syncs, restores after a restart."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    mock_restore_cache_with_extra_data,
)
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from homeassistant.core import HomeAssistant, State

from custom_components.security_scorecard.const import STORE_KEY
from scorecard_support import NOW, SENSOR, make_entry, payload, sync_over_ws




async def test_null_score_accepted(
    hass: HomeAssistant, entry: MockConfigEntry, hass_ws_client: WebSocketGenerator
) -> None:
    assert (await sync_over_ws(hass_ws_client, hass, payload(score=None, grade="N/A")))["success"]
    assert hass.states.get(SENSOR).state == "unknown"


async def test_sensor_state_and_attributes(
    hass: HomeAssistant, entry: MockConfigEntry, hass_ws_client: WebSocketGenerator
) -> None:
    state = hass.states.get(SENSOR)
    assert state.state == "unknown"
    msg = await sync_over_ws(
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
