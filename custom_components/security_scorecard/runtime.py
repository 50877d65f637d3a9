"""What a loaded config entry holds while it runs."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from homeassistant.config_entries import ConfigEntry, ConfigEntryState
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers.dispatcher import async_dispatcher_send
from homeassistant.helpers.storage import Store

from .catalog import Catalog
from .const import DOMAIN, SYNC_BURST, SYNC_INTERVAL, SYNC_SAVE_DELAY
from .decisions import DecisionStore
from .evaluations import EVENT_EVALUATED, EvaluationLog
from .facts import FactsCollector
from .rate_limit import TokenBucket
from .sync import SyncState
from .watcher import FactsWatcher


def sync_signal(entry_id: str) -> str:
    """The dispatcher signal sent after every accepted sync of an entry (the sensor listens)."""
    return f"{DOMAIN}_sync_{entry_id}"


@dataclass
class ScorecardRuntime:
    """Catalog, last sync, decisions, the facts collector and its watcher of a loaded entry."""

    hass: HomeAssistant
    entry_id: str
    catalog: Catalog
    store: Store[dict[str, Any]]
    collector: FactsCollector
    watcher: FactsWatcher
    decisions: DecisionStore
    last_sync: SyncState | None = None
    # The last few distinct evaluations (ids and scores), stored beside last_sync.
    evaluations: EvaluationLog = field(default_factory=EvaluationLog)
    card_url: str | None = None
    # The sidebar panel's URL path while it is registered (panel.py).
    panel_url_path: str | None = None
    sync_limiter: TokenBucket = field(
        default_factory=lambda: TokenBucket(SYNC_BURST, SYNC_INTERVAL)
    )
    # Decisions are admin-made and rare; the same bound as syncs keeps a loop from
    # turning into a write per message.
    decide_limiter: TokenBucket = field(
        default_factory=lambda: TokenBucket(SYNC_BURST, SYNC_INTERVAL)
    )
    # A delayed write of last_sync is scheduled and has not run yet.
    _save_pending: bool = False

    @callback
    def async_set_sync(self, state: SyncState) -> None:
        """Record an accepted sync, tell the listeners (the sensor), then fire the change.

        The event comes after the sensor has its new state, so an automation it triggers
        reads the new score from the sensor too.
        """
        self.last_sync = state
        change = self.evaluations.record(state)
        async_dispatcher_send(self.hass, sync_signal(self.entry_id))
        self._async_schedule_save()
        self.hass.bus.async_fire(EVENT_EVALUATED, change.event_data(self.catalog))

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
        return self._stored()

    def _stored(self) -> dict[str, Any]:
        """The last sync with the evaluation log beside it (restore_sync ignores the extra key)."""
        if self.last_sync is None:
            return {}
        return {**self.last_sync.as_dict(), "evaluations": self.evaluations.as_list()}

    async def async_flush_save(self) -> None:
        """Write a pending last_sync now (the entry unloads; the next setup restores it)."""
        if self._save_pending and self.last_sync is not None:
            self._save_pending = False
            await self.store.async_save(self._stored())


if TYPE_CHECKING:
    ScorecardConfigEntry = ConfigEntry[ScorecardRuntime]
else:  # ConfigEntry is generic on current releases; 2024.3's cannot be subscripted
    ScorecardConfigEntry = ConfigEntry


@callback
def async_loaded_entry(hass: HomeAssistant) -> ScorecardConfigEntry | None:
    """The (single) loaded entry, whose runtime_data is the runtime; None when none is loaded.

    Current releases list loaded entries themselves (async_loaded_entries, added after 2024.3);
    2024.3 only lists all entries, so their state is read here.
    """
    manager = hass.config_entries
    if hasattr(manager, "async_loaded_entries"):
        entries: list[ScorecardConfigEntry] = manager.async_loaded_entries(DOMAIN)
    else:
        entries = [e for e in manager.async_entries(DOMAIN) if e.state is ConfigEntryState.LOADED]
    return entries[0] if entries else None
