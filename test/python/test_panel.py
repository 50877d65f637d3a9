"""The sidebar panel: off by default, switched in the options flow, admin-only, gone on unload."""

from __future__ import annotations

from typing import Any

from pytest_homeassistant_custom_component.common import MockConfigEntry

from homeassistant.components import frontend
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType

from custom_components.security_scorecard.panel import PANEL_ELEMENT, PANEL_URL_PATH


def panel(hass: HomeAssistant) -> Any:
    return hass.data.get(frontend.DATA_PANELS, {}).get(PANEL_URL_PATH)


async def set_panel(hass: HomeAssistant, entry: MockConfigEntry, on: bool) -> None:
    result = await hass.config_entries.options.async_init(entry.entry_id)
    assert result["type"] == FlowResultType.FORM
    assert result["step_id"] == "init"
    result = await hass.config_entries.options.async_configure(result["flow_id"], {"panel": on})
    assert result["type"] == FlowResultType.CREATE_ENTRY
    await hass.async_block_till_done()


async def test_off_by_default_then_on_and_off(hass: HomeAssistant, entry: MockConfigEntry) -> None:
    assert panel(hass) is None
    result = await hass.config_entries.options.async_init(entry.entry_id)
    # The form shows the current value: off.
    schema = result["data_schema"].schema
    (key,) = schema
    assert str(key) == "panel" and key.default() is False

    await set_panel(hass, entry, True)
    assert entry.options == {"panel": True}
    registered = panel(hass)
    assert registered is not None
    assert registered.component_name == "custom"
    assert registered.require_admin is True
    custom = registered.config["_panel_custom"]
    assert custom["name"] == PANEL_ELEMENT
    # The same content-hash URL the integration adds to every page: the bundle loads once.
    assert custom["module_url"] == entry.runtime_data.card_url
    assert custom["module_url"].startswith("/security_scorecard/security-scorecard-card.js?v=")
    assert custom["embed_iframe"] is False

    await set_panel(hass, entry, False)
    assert panel(hass) is None


async def test_removed_on_unload_and_back_on_setup(hass: HomeAssistant, entry: MockConfigEntry) -> None:
    await set_panel(hass, entry, True)
    assert await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()
    assert panel(hass) is None
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    assert panel(hass) is not None
