"""What a loaded config entry holds while it runs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from homeassistant.core import CALLBACK_TYPE, HomeAssistant, callback
from homeassistant.helpers.storage import Store

from .catalog import Catalog
from .const import DOMAIN, SYNC_BURST, SYNC_INTERVAL, SYNC_SAVE_DELAY
from .host_observer import SudoProbe
from .outline import OutlineCache
from .rate_limit import TokenBucket
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
    sync_limiter: TokenBucket = field(
        default_factory=lambda: TokenBucket(SYNC_BURST, SYNC_INTERVAL)
    )
    _sync_listeners: list[Callable[[], None]] = field(default_factory=list)
    # A delayed write of last_sync is scheduled and has not run yet.
    _save_pending: bool = False

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
        self._async_schedule_save()

    @callback
    def _async_schedule_save(self) -> None:
        """Write last_sync at most once per SYNC_SAVE_DELAY; the Store also writes it at shutdown.

        One delayed write is scheduled at a time and reads last_sync when it runs, so a
        burst of syncs costs one write of the newest.
        """
        if self._save_pending:
            return
        self._save_pending = True
        self.store.async_delay_save(self._data_to_save, SYNC_SAVE_DELAY)

    @callback
    def _data_to_save(self) -> dict[str, Any]:
        self._save_pending = False
        return self.last_sync.as_dict() if self.last_sync is not None else {}

    async def async_flush_save(self) -> None:
        """Write a pending last_sync now (the entry unloads; the next setup restores it)."""
        if self._save_pending and self.last_sync is not None:
            self._save_pending = False
            await self.store.async_save(self.last_sync.as_dict())


def get_runtime(hass: HomeAssistant) -> ScorecardRuntime | None:
    """The runtime of the (single) loaded entry, if any."""
    runtime = hass.data.get(DOMAIN)
    return runtime if isinstance(runtime, ScorecardRuntime) else None
