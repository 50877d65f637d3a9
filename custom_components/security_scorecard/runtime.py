"""What a loaded config entry holds while it runs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from homeassistant.core import CALLBACK_TYPE, HomeAssistant, callback
from homeassistant.helpers.storage import Store

from .catalog import Catalog
from .const import DOMAIN
from .host_observer import SudoProbe
from .outline import OutlineCache
from .sync import SyncState
from .watcher import FactsWatcher


@dataclass
class ScorecardRuntime:
    """Catalog, last sync and the listeners to undo on unload."""

    catalog: Catalog
    store: Store[dict[str, Any]]
    watcher: FactsWatcher
    last_sync: SyncState | None = None
    card_url: str | None = None
    # The last outline build's per-file parses: a rebuild reads only changed files.
    outline_cache: OutlineCache = field(default_factory=OutlineCache)
    sudo_probe: SudoProbe = field(default_factory=SudoProbe)
    _sync_listeners: list[Callable[[], None]] = field(default_factory=list)

    @callback
    def async_add_sync_listener(self, listener: Callable[[], None]) -> CALLBACK_TYPE:
        """Call `listener` after every accepted sync."""
        self._sync_listeners.append(listener)

        @callback
        def remove() -> None:
            if listener in self._sync_listeners:
                self._sync_listeners.remove(listener)

        return remove

    @callback
    def async_set_sync(self, state: SyncState) -> None:
        """Record an accepted sync and tell the listeners (the sensor)."""
        self.last_sync = state
        for listener in list(self._sync_listeners):
            listener()


def get_runtime(hass: HomeAssistant) -> ScorecardRuntime | None:
    """The runtime of the (single) loaded entry, if any."""
    runtime = hass.data.get(DOMAIN)
    return runtime if isinstance(runtime, ScorecardRuntime) else None
