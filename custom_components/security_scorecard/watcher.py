"""Push fresh facts to `security_scorecard/subscribe` subscribers when they change.

Triggers: core config updates and user add/update/remove events; a 30 s mtime/size
poll of the files the last outline read; a 60 s digest poll of users, MFA and refresh
tokens (no event exists for token changes). Triggers are coalesced by core's Debouncer
(at most one rebuild per DEBOUNCE_SECONDS, never two at once), and subscribers are told
only when the facts digest changed; each subscription then sends only its difference
(websocket_api.ws_subscribe). The watcher runs only while someone is subscribed.
"""

from __future__ import annotations

from collections.abc import Callable
import logging
from typing import Any

from homeassistant.const import EVENT_CORE_CONFIG_UPDATE
from homeassistant.core import CALLBACK_TYPE, Event, HomeAssistant, callback
from homeassistant.helpers.debounce import Debouncer
from homeassistant.helpers.event import async_track_time_interval

from .auth_observer import async_auth_digest
from .const import AUTH_POLL_INTERVAL, DEBOUNCE_SECONDS, FILE_POLL_INTERVAL
from .facts import FactsCollector, FactsPayload, FileSignature, file_signature

_LOGGER = logging.getLogger(__name__)

# homeassistant/auth/__init__.py
EVENT_USER_ADDED = "user_added"
EVENT_USER_UPDATED = "user_updated"
EVENT_USER_REMOVED = "user_removed"

Subscriber = Callable[[FactsPayload], None]


class FactsWatcher:
    """Shared change detection for all subscriptions."""

    def __init__(self, hass: HomeAssistant, collector: FactsCollector) -> None:
        """Initialise an idle watcher that rebuilds facts with `collector`."""
        self._hass = hass
        self._collector = collector
        self._subscribers: dict[int, Subscriber] = {}
        self._next_key = 0
        self._unsubs: list[CALLBACK_TYPE] = []
        self._debouncer: Debouncer[Any] = Debouncer(
            hass, _LOGGER, cooldown=DEBOUNCE_SECONDS, immediate=False, function=self.async_refresh
        )
        self._digest: str | None = None
        self._paths: list[str] = []
        self._file_sig: FileSignature | None = None
        self._auth_digest: str | None = None
        self._refreshing = False
        self._refresh_again = False

    @property
    def running(self) -> bool:
        """Whether listeners and polls are active."""
        return bool(self._unsubs)

    @callback
    def async_add(self, subscriber: Subscriber, facts: FactsPayload) -> CALLBACK_TYPE:
        """Add a subscriber that was just sent `facts`; returns its remover."""
        key = self._next_key
        self._next_key += 1
        if self._digest is not None and facts.digest != self._digest:
            # The newcomer's facts are fresher than what the others were sent: pass them on
            # (each subscription sends only its own difference, if any).
            for other in list(self._subscribers.values()):
                other(facts)
        self._subscribers[key] = subscriber
        self._remember(facts)
        if not self.running:
            self._start()

        @callback
        def remove() -> None:
            self._subscribers.pop(key, None)
            if not self._subscribers:
                self.async_stop()

        return remove

    def _remember(self, facts: FactsPayload) -> None:
        self._digest = facts.digest
        self._paths = facts.paths

    def _start(self) -> None:
        hass = self._hass
        for event_type in (
            EVENT_CORE_CONFIG_UPDATE,
            EVENT_USER_ADDED,
            EVENT_USER_UPDATED,
            EVENT_USER_REMOVED,
        ):
            self._unsubs.append(hass.bus.async_listen(event_type, self._on_event))
        self._unsubs.append(
            async_track_time_interval(hass, self._poll_files, FILE_POLL_INTERVAL)
        )
        self._unsubs.append(async_track_time_interval(hass, self._poll_auth, AUTH_POLL_INTERVAL))
        # Baselines, so the first poll compares against the state the subscriber saw.
        hass.async_create_task(self._baseline())

    async def _baseline(self) -> None:
        self._file_sig = await self._hass.async_add_executor_job(
            file_signature, self._hass.config.config_dir, self._paths
        )
        self._auth_digest = await async_auth_digest(self._hass)

    @callback
    def async_stop(self) -> None:
        """Stop listening and polling (last subscriber gone, or unload)."""
        for unsub in self._unsubs:
            unsub()
        self._unsubs.clear()
        self._debouncer.async_cancel()
        self._subscribers.clear()

    @callback
    def _on_event(self, _event: Event) -> None:
        self.async_schedule_refresh()

    @callback
    def async_schedule_refresh(self) -> None:
        """Rebuild the facts after DEBOUNCE_SECONDS; triggers until then share that rebuild."""
        if not self.running:
            return
        if self._refreshing:
            # A change during a rebuild may be missed by it; core's Debouncer drops calls
            # while its function runs (2024.3), so the running rebuild goes round again.
            self._refresh_again = True
            return
        self._debouncer.async_schedule_call()

    async def _poll_files(self, _now: Any) -> None:
        sig = await self._hass.async_add_executor_job(
            file_signature, self._hass.config.config_dir, self._paths
        )
        if self._file_sig is not None and sig != self._file_sig:
            self.async_schedule_refresh()
        self._file_sig = sig

    async def _poll_auth(self, _now: Any) -> None:
        digest = await async_auth_digest(self._hass)
        if self._auth_digest is not None and digest != self._auth_digest:
            self.async_schedule_refresh()
        self._auth_digest = digest

    async def async_refresh(self) -> None:
        """Rebuild the facts and push them if they changed (the Debouncer runs one at a time)."""
        self._refreshing = True
        try:
            while True:
                self._refresh_again = False
                facts = await self._collector.async_payload()
                if facts.digest != self._digest and self.running:
                    self._remember(facts)
                    for subscriber in list(self._subscribers.values()):
                        subscriber(facts)
                if not self._refresh_again:
                    return
        finally:
            self._refreshing = False
