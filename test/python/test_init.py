"""Setup, unload and removal."""

from __future__ import annotations

from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.security_scorecard.const import DOMAIN
from custom_components.security_scorecard.runtime import ScorecardRuntime, async_loaded_entry


async def test_setup_and_unload(hass: HomeAssistant, entry: MockConfigEntry) -> None:
    assert entry.state is ConfigEntryState.LOADED
    # entry.runtime_data is the one home of runtime state: nothing of ours in hass.data.
    assert isinstance(entry.runtime_data, ScorecardRuntime)
    assert DOMAIN not in hass.data
    assert not [key for key in hass.data if isinstance(key, str) and key.startswith(DOMAIN)]
    assert hass.states.get("sensor.security_scorecard_score") is not None

    assert await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()
    assert entry.state is ConfigEntryState.NOT_LOADED
    assert async_loaded_entry(hass) is None
