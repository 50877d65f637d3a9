"""WebSocket commands: facts, subscribe, sync, decisions, decide, evaluations. All admin-only."""

from __future__ import annotations

import asyncio
from typing import Any

import voluptuous as vol

from homeassistant.components import websocket_api
from homeassistant.core import HomeAssistant, callback
from homeassistant.util import dt as dt_util

from .const import (
    CONTRACT_VERSION,
    ERR_INCOMPATIBLE,
    INCOMPATIBLE_MESSAGE,
    WS_DECIDE,
    WS_DECISIONS,
    WS_EVALUATIONS,
    WS_FACTS,
    WS_SUBSCRIBE,
    WS_SYNC,
)
from .decisions import parse_check_id, parse_decision
from .facts import FactsPayload, delta_body, facts_message, full_body
from .rate_limit import TokenBucket
from .repairs import async_mirror
from .runtime import ScorecardRuntime, async_loaded_entry
from .sync import SyncError, parse_sync

ERR_NOT_LOADED = "not_loaded"
ERR_RATE_LIMITED = "rate_limited"


@callback
def async_register(hass: HomeAssistant) -> None:
    """Register the commands (async_setup: once per run; there is no unregister)."""
    websocket_api.async_register_command(hass, ws_facts)
    websocket_api.async_register_command(hass, ws_subscribe)
    websocket_api.async_register_command(hass, ws_sync)
    websocket_api.async_register_command(hass, ws_decisions)
    websocket_api.async_register_command(hass, ws_decide)
    websocket_api.async_register_command(hass, ws_evaluations)


def _runtime_or_error(
    hass: HomeAssistant, connection: websocket_api.ActiveConnection, msg_id: int
) -> ScorecardRuntime | None:
    entry = async_loaded_entry(hass)
    if entry is None:
        connection.send_error(msg_id, ERR_NOT_LOADED, "Security Scorecard is not loaded")
        return None
    return entry.runtime_data


def _refused_as_flood(
    connection: websocket_api.ActiveConnection, msg_id: int, what: str, limiter: TokenBucket
) -> bool:
    """Send rate_limited and return True when `limiter` has no token left."""
    if (retry_in := limiter.try_take()) is None:
        return False
    connection.send_error(
        msg_id,
        ERR_RATE_LIMITED,
        f"Too many {what}: at most {limiter.burst} at once, then one every "
        f"{limiter.interval:g} s; try again in {max(retry_in, 0.1):.1f} s",
    )
    return True


def _incompatible(connection: websocket_api.ActiveConnection, msg: dict[str, Any], required: bool) -> bool:
    """Send incompatible_version and return True when the caller speaks another contract.

    `contract` is checked here, not by the schema: a voluptuous refusal would not say why.
    """
    contract = msg.get("contract")
    if contract is None and not required:
        return False
    if contract.__class__ is int and contract == CONTRACT_VERSION:
        return False
    connection.send_error(msg["id"], ERR_INCOMPATIBLE, INCOMPATIBLE_MESSAGE)
    return True


@websocket_api.websocket_command(
    {
        vol.Required("type"): WS_FACTS,
        # The caller's wire contract; without one, contract 1's form (an older CLI).
        vol.Optional("contract"): object,
        # Debugging: every outline entry, not only those the checks read.
        vol.Optional("full", default=False): bool,
    }
)
@websocket_api.require_admin
@websocket_api.async_response
async def ws_facts(
    hass: HomeAssistant, connection: websocket_api.ActiveConnection, msg: dict[str, Any]
) -> None:
    """Return ServerFacts."""
    if (runtime := _runtime_or_error(hass, connection, msg["id"])) is None:
        return
    if _incompatible(connection, msg, required=False):
        return
    collector = runtime.collector
    # A failing part is a marker inside, not an error. Serialised in the executor: the
    # event loop only queues the bytes.
    if msg.get("contract") is None:
        body = await collector.async_legacy_body()
    else:
        body = await hass.async_add_executor_job(full_body, await collector.async_payload(full=msg["full"]))
    connection.send_message(await hass.async_add_executor_job(facts_message, "result", msg["id"], body))


@websocket_api.websocket_command({vol.Required("type"): WS_SUBSCRIBE, vol.Optional("contract"): object})
@websocket_api.require_admin
@websocket_api.async_response
async def ws_subscribe(
    hass: HomeAssistant, connection: websocket_api.ActiveConnection, msg: dict[str, Any]
) -> None:
    """Send ServerFacts now (an event, `kind: "full"`), then only what changed (`kind: "delta"`).

    Each subscription remembers what it last sent; a delta names that message's `seq` as its
    `base`, and is computed and sent in order (one lock per subscription).
    """
    runtime = _runtime_or_error(hass, connection, msg["id"])
    if runtime is None:
        return
    if _incompatible(connection, msg, required=True):
        return
    payload = await runtime.collector.async_payload()
    msg_id = msg["id"]
    sent = _Sent(payload)

    async def send_delta(new_payload: FactsPayload) -> None:
        async with sent.lock:
            body = await hass.async_add_executor_job(delta_body, sent.payload, new_payload, sent.seq + 1, sent.seq)
            if body is None or msg_id not in connection.subscriptions:  # nothing new, or unsubscribed meanwhile
                return
            message = await hass.async_add_executor_job(facts_message, "event", msg_id, body)
            sent.payload = new_payload
            sent.seq += 1
            connection.send_message(message)

    @callback
    def forward(new_payload: FactsPayload) -> None:
        hass.async_create_task(send_delta(new_payload))

    first = await hass.async_add_executor_job(
        lambda: facts_message("event", msg_id, full_body(payload, 0))
    )
    connection.subscriptions[msg_id] = runtime.watcher.async_add(forward, payload)
    connection.send_result(msg_id)
    connection.send_message(first)


class _Sent:
    """What one subscription last sent, and the lock that keeps its deltas in order."""

    def __init__(self, payload: FactsPayload) -> None:
        self.payload = payload
        self.seq = 0
        self.lock = asyncio.Lock()


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
    if _refused_as_flood(connection, msg["id"], "syncs", runtime.sync_limiter):
        return
    try:
        state = parse_sync(msg, runtime.catalog, now=dt_util.utcnow())
    except SyncError as err:
        connection.send_error(msg["id"], err.code, err.message)
        return
    repairs = async_mirror(hass, runtime.catalog, state, runtime.decisions.decided)
    runtime.async_set_sync(state)
    connection.send_result(msg["id"], {"failing": len(state.failing), "repairs": repairs})


@websocket_api.websocket_command({vol.Required("type"): WS_DECISIONS})
@websocket_api.require_admin
@callback
def ws_decisions(
    hass: HomeAssistant, connection: websocket_api.ActiveConnection, msg: dict[str, Any]
) -> None:
    """The owner's decisions by check id: {kind, reason, decided_at}."""
    if (runtime := _runtime_or_error(hass, connection, msg["id"])) is None:
        return
    connection.send_result(msg["id"], {"decisions": runtime.decisions.as_dict()})


@websocket_api.websocket_command(
    {
        vol.Required("type"): WS_DECIDE,
        # Shapes are checked in decisions.py, whose messages never echo the reason.
        vol.Required("check_id"): object,
        vol.Required("decision"): object,
    }
)
@websocket_api.require_admin
@websocket_api.async_response
async def ws_decide(
    hass: HomeAssistant, connection: websocket_api.ActiveConnection, msg: dict[str, Any]
) -> None:
    """Set (`decision: {kind, reason}`) or clear (`decision: null`) one check's decision.

    Answers with all decisions. Repairs follow the last sync at once: a decided check's
    issue goes now; a cleared one is back if the last sync reported the check failing,
    else with the next sync that does (judges leave decided checks out of their syncs).
    """
    if (runtime := _runtime_or_error(hass, connection, msg["id"])) is None:
        return
    if _refused_as_flood(connection, msg["id"], "decisions", runtime.decide_limiter):
        return
    try:
        check_id = parse_check_id(msg["check_id"], runtime.catalog)
        raw = msg["decision"]
        decided_at = dt_util.utcnow().isoformat(timespec="seconds")
        decision = None if raw is None else parse_decision(raw, decided_at)
    except SyncError as err:
        connection.send_error(msg["id"], err.code, err.message)
        return
    await runtime.decisions.async_set(check_id, decision)
    async_mirror(hass, runtime.catalog, runtime.last_sync, runtime.decisions.decided)
    connection.send_result(msg["id"], {"decisions": runtime.decisions.as_dict()})


@websocket_api.websocket_command({vol.Required("type"): WS_EVALUATIONS})
@websocket_api.require_admin
@callback
def ws_evaluations(
    hass: HomeAssistant, connection: websocket_api.ActiveConnection, msg: dict[str, Any]
) -> None:
    """The last few distinct evaluations, oldest first: {evaluated_at, score, grade, failing ids}."""
    if (runtime := _runtime_or_error(hass, connection, msg["id"])) is None:
        return
    connection.send_result(msg["id"], {"evaluations": runtime.evaluations.as_list()})
