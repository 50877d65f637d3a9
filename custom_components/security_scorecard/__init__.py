"""Security Scorecard: observes what only the server sees, mirrors findings into Repairs.

The backend never judges (DESIGN.md): checks run in TypeScript; this integration serves
facts over WebSocket, mirrors synced failing checks into Repairs and a score sensor, and
serves the card bundle.
"""

from __future__ import annotations

import logging
from typing import Any

from homeassistant.config_entries import ConfigEntry
from homeassistant.const import Platform
from homeassistant.core import HomeAssistant
from homeassistant.helpers import config_validation as cv
from homeassistant.helpers.storage import Store
from homeassistant.helpers.typing import ConfigType

from . import websocket_api
from .catalog import load_catalog
from .const import DOMAIN, STORE_KEY, STORE_VERSION
from .frontend import async_register_card, async_unregister_card
from .repairs import async_clear, async_mirror
from .runtime import ScorecardRuntime, get_runtime
from .sync import restore_sync
from .watcher import FactsWatcher

_LOGGER = logging.getLogger(__name__)

PLATFORMS = [Platform.SENSOR]
CONFIG_SCHEMA = cv.config_entry_only_config_schema(DOMAIN)


async def async_setup(hass: HomeAssistant, config: ConfigType) -> bool:
    """Nothing to do without a config entry."""
    return True


async def async_setup_entry(hass: HomeAssistant, entry: ConfigEntry) -> bool:
    """Load the catalog, restore the last sync, register commands, card and sensor."""
    catalog = await hass.async_add_executor_job(load_catalog)
    store: Store[dict[str, Any]] = Store(hass, STORE_VERSION, STORE_KEY)
    runtime = ScorecardRuntime(catalog=catalog, store=store, watcher=FactsWatcher(hass))
    runtime.last_sync = restore_sync(await store.async_load(), catalog)
    # Issues of the domain are exactly the stored failing checks: none stale after a restart.
    async_mirror(hass, catalog, runtime.last_sync)

    hass.data[DOMAIN] = runtime
    # The quality-scale home of runtime state (typed in 2024.5+; a plain attribute on 2024.3).
    entry.runtime_data = runtime

    websocket_api.async_register(hass)
    runtime.card_url = await async_register_card(hass)
    await hass.config_entries.async_forward_entry_setups(entry, PLATFORMS)
    return True


async def async_unload_entry(hass: HomeAssistant, entry: ConfigEntry) -> bool:
    """Undo everything setup added (the static route stays until restart)."""
    unloaded = await hass.config_entries.async_unload_platforms(entry, PLATFORMS)
    if not unloaded:
        return False
    runtime = get_runtime(hass)
    if runtime is not None:
        runtime.watcher.async_stop()
        async_unregister_card(hass, runtime.card_url)
        # The next setup restores Repairs from the stored sync: store the newest first.
        await runtime.async_flush_save()
        hass.data.pop(DOMAIN, None)
    # Nothing can clear them while the entry is disabled or unloaded (sync answers
    # not_loaded), so they go now; setup recreates them from the stored last sync.
    async_clear(hass)
    return True


async def async_remove_entry(hass: HomeAssistant, entry: ConfigEntry) -> None:
    """The integration is deleted: remove its Repairs issues and stored sync."""
    async_clear(hass)
    await Store(hass, STORE_VERSION, STORE_KEY).async_remove()
