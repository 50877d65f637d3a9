"""Security Scorecard: observes what only the server sees, mirrors findings into Repairs.

The backend never judges: checks run in TypeScript; this integration serves facts over
WebSocket, keeps the owner's decisions about findings, mirrors synced failing checks into
Repairs and a score sensor, and serves the card bundle.
"""

from __future__ import annotations

from typing import Any

from homeassistant.const import Platform
from homeassistant.core import HomeAssistant
from homeassistant.helpers import config_validation as cv
from homeassistant.helpers.storage import Store
from homeassistant.helpers.typing import ConfigType

from . import websocket_api
from .card_registration import async_register_card, async_register_static_path, async_unregister_card
from .catalog import load_catalog
from .const import (
    DECISIONS_STORE_KEY,
    DECISIONS_STORE_VERSION,
    DOMAIN,
    OPTION_PANEL,
    STORE_KEY,
    STORE_VERSION,
)
from .decisions import DecisionStore, restore_decisions
from .evaluations import restore_evaluations
from .facts import FactsCollector
from .panel import async_apply as async_apply_panel, async_remove as async_remove_panel
from .repairs import async_clear, async_mirror
from .runtime import ScorecardConfigEntry, ScorecardRuntime
from .sync import restore_sync
from .watcher import FactsWatcher

PLATFORMS = [Platform.SENSOR]
CONFIG_SCHEMA = cv.config_entry_only_config_schema(DOMAIN)


async def async_setup(hass: HomeAssistant, config: ConfigType) -> bool:
    """Once per run: the WebSocket commands and the card's static path (neither can be undone)."""
    websocket_api.async_register(hass)
    await async_register_static_path(hass)
    return True


async def async_setup_entry(hass: HomeAssistant, entry: ScorecardConfigEntry) -> bool:
    """Load the catalog, restore the last sync and the decisions, add the card and sensor."""
    catalog = await hass.async_add_executor_job(load_catalog)
    store: Store[dict[str, Any]] = Store(hass, STORE_VERSION, STORE_KEY)
    decisions_store: Store[dict[str, Any]] = Store(hass, DECISIONS_STORE_VERSION, DECISIONS_STORE_KEY)
    decisions = DecisionStore(decisions_store, restore_decisions(await decisions_store.async_load(), catalog))
    collector = FactsCollector(hass)
    stored = await store.async_load()
    last_sync = restore_sync(stored, catalog)
    runtime = ScorecardRuntime(
        hass=hass,
        entry_id=entry.entry_id,
        catalog=catalog,
        store=store,
        collector=collector,
        watcher=FactsWatcher(hass, collector),
        decisions=decisions,
        last_sync=last_sync,
        evaluations=restore_evaluations(stored, catalog, last_sync),
    )
    # Issues of the domain are exactly the stored failing checks: none stale after a restart.
    async_mirror(hass, catalog, runtime.last_sync, decisions.decided)
    entry.runtime_data = runtime
    runtime.card_url = await async_register_card(hass)
    await async_apply_panel(hass, runtime, bool(entry.options.get(OPTION_PANEL, False)))
    entry.async_on_unload(entry.add_update_listener(_async_options_updated))
    await hass.config_entries.async_forward_entry_setups(entry, PLATFORMS)
    return True


async def _async_options_updated(hass: HomeAssistant, entry: ScorecardConfigEntry) -> None:
    """The options flow saved: show or remove the panel (nothing else needs a reload)."""
    await async_apply_panel(hass, entry.runtime_data, bool(entry.options.get(OPTION_PANEL, False)))


async def async_unload_entry(hass: HomeAssistant, entry: ScorecardConfigEntry) -> bool:
    """Undo everything setup added (the static route and commands stay until restart)."""
    unloaded = await hass.config_entries.async_unload_platforms(entry, PLATFORMS)
    if not unloaded:
        return False
    runtime = entry.runtime_data
    runtime.watcher.async_stop()
    async_unregister_card(hass, runtime.card_url)
    async_remove_panel(hass, runtime)
    # The next setup restores Repairs from the stored sync: store the newest first.
    await runtime.async_flush_save()
    # Nothing can clear them while the entry is disabled or unloaded (sync answers
    # not_loaded), so they go now; setup recreates them from the stored last sync.
    async_clear(hass)
    return True


async def async_remove_entry(hass: HomeAssistant, entry: ScorecardConfigEntry) -> None:
    """The integration is deleted: remove its Repairs issues, stored sync and decisions."""
    async_clear(hass)
    await Store(hass, STORE_VERSION, STORE_KEY).async_remove()
    await Store(hass, DECISIONS_STORE_VERSION, DECISIONS_STORE_KEY).async_remove()
