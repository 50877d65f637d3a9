"""WebSocket commands: facts, subscribe, sync. All admin-only."""

from __future__ import annotations

from typing import Any

import voluptuous as vol

from homeassistant.components import websocket_api
from homeassistant.core import HomeAssistant, callback
from homeassistant.util import dt as dt_util

from .const import DOMAIN, WS_FACTS, WS_SUBSCRIBE, WS_SYNC
from .facts import FactsPayload, async_facts_payload, facts_message
from .repairs import async_mirror
from .runtime import ScorecardRuntime, get_runtime
from .sync import SyncError, parse_sync

ERR_NOT_LOADED = "not_loaded"
ERR_RATE_LIMITED = "rate_limited"
_REGISTERED = f"{DOMAIN}_ws_registered"


@callback
def async_register(hass: HomeAssistant) -> None:
    """Register the commands once per Home Assistant run (there is no unregister)."""
    if hass.data.get(_REGISTERED):
        return
    hass.data[_REGISTERED] = True
    websocket_api.async_register_command(hass, ws_facts)
    websocket_api.async_register_command(hass, ws_subscribe)
    websocket_api.async_register_command(hass, ws_sync)


def _runtime_or_error(
    hass: HomeAssistant, connection: websocket_api.ActiveConnection, msg_id: int
) -> ScorecardRuntime | None:
    runtime = get_runtime(hass)
    if runtime is None:
        connection.send_error(msg_id, ERR_NOT_LOADED, "Security Scorecard is not loaded")
    return runtime


@websocket_api.websocket_command({vol.Required("type"): WS_FACTS})
@websocket_api.require_admin
@websocket_api.async_response
async def ws_facts(
    hass: HomeAssistant, connection: websocket_api.ActiveConnection, msg: dict[str, Any]
) -> None:
    """Return ServerFacts."""
    if _runtime_or_error(hass, connection, msg["id"]) is None:
        return
    payload = await async_facts_payload(hass)  # a failing part is a marker inside, not an error
    # Serialised in the executor: the event loop only queues the bytes.
    connection.send_message(await hass.async_add_executor_job(facts_message, "result", msg["id"], payload))


@websocket_api.websocket_command({vol.Required("type"): WS_SUBSCRIBE})
@websocket_api.require_admin
@websocket_api.async_response
async def ws_subscribe(
    hass: HomeAssistant, connection: websocket_api.ActiveConnection, msg: dict[str, Any]
) -> None:
    """Send ServerFacts now (as an event) and again whenever they change."""
    runtime = _runtime_or_error(hass, connection, msg["id"])
    if runtime is None:
        return
    payload = await async_facts_payload(hass)
    msg_id = msg["id"]

    async def send_event(new_payload: FactsPayload) -> None:
        message = await hass.async_add_executor_job(facts_message, "event", msg_id, new_payload)
        if msg_id in connection.subscriptions:  # still subscribed after the executor hop
            connection.send_message(message)

    @callback
    def forward(new_payload: FactsPayload) -> None:
        hass.async_create_task(send_event(new_payload))

    first = await hass.async_add_executor_job(facts_message, "event", msg_id, payload)
    connection.subscriptions[msg_id] = runtime.watcher.async_add(forward, payload)
    connection.send_result(msg_id)
    connection.send_message(first)


@websocket_api.websocket_command(
    {
        vol.Required("type"): WS_SYNC,
        # Shapes are checked in sync.parse_sync, whose messages never echo values.
        vol.Required("score"): object,
        vol.Required("grade"): object,
        vol.Required("coverage"): object,
        vol.Required("evaluated_at"): object,
        vol.Required("failing"): object,
    }
)
@websocket_api.require_admin
@callback
def ws_sync(
    hass: HomeAssistant, connection: websocket_api.ActiveConnection, msg: dict[str, Any]
) -> None:
    """Mirror an evaluation into Repairs and the score sensor.

    A callback, not a task: nothing here waits (the Store write is delayed and coalesced),
    so a sync costs the event loop one short step.
    """
    runtime = _runtime_or_error(hass, connection, msg["id"])
    if runtime is None:
        return
    # Before validation: a flood of any payload is refused at the price of a clock read.
    if (retry_in := runtime.sync_limiter.try_take()) is not None:
        limiter = runtime.sync_limiter
        connection.send_error(
            msg["id"],
            ERR_RATE_LIMITED,
            f"Too many syncs: at most {limiter.burst} at once, then one every "
            f"{limiter.interval:g} s; try again in {max(retry_in, 0.1):.1f} s",
        )
        return
    try:
        state = parse_sync(msg, runtime.catalog, now=dt_util.utcnow())
    except SyncError as err:
        connection.send_error(msg["id"], err.code, err.message)
        return
    repairs = async_mirror(hass, runtime.catalog, state)
    runtime.async_set_sync(state)
    connection.send_result(msg["id"], {"failing": len(state.failing), "repairs": repairs})
