"""The evaluation log: bounded, distinct states, persisted with the last sync, served to
admins (security_scorecard/evaluations), and the security_scorecard_evaluated event."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from homeassistant.core import Event, HomeAssistant, callback
from homeassistant.helpers.storage import Store
from homeassistant.util import dt as dt_util

from custom_components.security_scorecard.catalog import parse_catalog
from custom_components.security_scorecard.const import STORE_KEY, STORE_VERSION, SYNC_BURST
from custom_components.security_scorecard.evaluations import (
    EVENT_EVALUATED,
    MAX_EVALUATIONS,
    EvaluationLog,
    restore_evaluations,
)
from custom_components.security_scorecard.sync import FailingCheck, SyncState

from scorecard_support import TEST_CATALOG, make_entry

CATALOG = parse_catalog(TEST_CATALOG)
SENSOR = "sensor.security_scorecard_score"


def state(score: int, *failing: str, minutes: int = 0) -> SyncState:
    at = (dt_util.utcnow() + timedelta(minutes=minutes)).isoformat()
    return SyncState(
        score=score,
        grade="C",
        coverage=0.9,
        evaluated_at=at,
        failing=tuple(FailingCheck(id=f, placeholders={"user": "Secret Owner"}) for f in failing),
    )


def sync_msg(score: int, *failing: str) -> dict[str, Any]:
    return {
        "type": "security_scorecard/sync",
        "score": score,
        "grade": "C",
        "coverage": 0.9,
        "evaluated_at": dt_util.utcnow().isoformat(),
        "failing": [{"id": f, "placeholders": {}} for f in failing],
    }


def test_change_against_the_previous_distinct_evaluation() -> None:
    log = EvaluationLog()
    first = log.record(state(50, "auth-owner-mfa", "secrets-plaintext-credential"))
    # Nothing to compare the first evaluation with: nothing is new.
    assert (first.previous, first.new_failing, first.fixed) == (None, (), ())
    second = log.record(state(60, "secrets-plaintext-credential", "network-trusted-proxies-open", minutes=1))
    assert second.previous is not None and second.previous.score == 50
    assert second.fixed == ("auth-owner-mfa",)
    assert second.new_failing == ("network-trusted-proxies-open",)
    data = second.event_data(CATALOG)
    assert data["previous_score"] == 50 and data["score"] == 60
    assert data["new_critical_high"] == ["network-trusted-proxies-open"]  # high
    assert len(log) == 2


def test_a_repeat_moves_the_newest_entry_instead_of_adding_one() -> None:
    log = EvaluationLog()
    log.record(state(50, "auth-owner-mfa"))
    log.record(state(60))
    repeat = log.record(state(60, minutes=5))
    assert (repeat.new_failing, repeat.fixed) == ((), ())
    entries = log.as_list()
    assert [e["score"] for e in entries] == [50, 60]
    assert entries[-1]["evaluated_at"] == repeat.current.evaluated_at


def test_bounded_and_holds_ids_only() -> None:
    log = EvaluationLog()
    for i in range(MAX_EVALUATIONS + 5):
        log.record(state(i, *(["auth-owner-mfa"] if i % 2 else []), minutes=i))
    entries = log.as_list()
    assert len(entries) == MAX_EVALUATIONS
    assert entries[-1]["score"] == MAX_EVALUATIONS + 4
    # Placeholders (places the evidence names) never reach the log.
    assert "Secret Owner" not in repr(entries)
    assert set(entries[0]) == {"evaluated_at", "score", "grade", "failing"}


def test_restore_drops_what_the_catalog_refuses_and_seeds_from_an_old_store() -> None:
    good = {"evaluated_at": "2026-01-02T03:04:05+00:00", "score": 40, "grade": "C", "failing": ["auth-owner-mfa", "gone-check"]}
    data = {
        "evaluations": [
            good,
            {"evaluated_at": "yesterday", "score": 40, "grade": "C", "failing": []},
            {"evaluated_at": "2026-01-02T03:04:05+00:00", "score": 140, "grade": "C", "failing": []},
            {"evaluated_at": "2026-01-02T03:04:05+00:00", "score": 40, "grade": "Z", "failing": []},
            "not an entry",
        ]
    }
    restored = restore_evaluations(data, CATALOG, None).as_list()
    assert restored == [{**good, "failing": ["auth-owner-mfa"]}]
    # A store from before the log: the last sync starts it.
    seeded = restore_evaluations({"score": 1}, CATALOG, state(70, "auth-owner-mfa")).as_list()
    assert [(e["score"], e["failing"]) for e in seeded] == [(70, ["auth-owner-mfa"])]
    assert restore_evaluations(None, CATALOG, None).as_list() == []


async def test_sync_fires_the_event_after_the_sensor_and_serves_the_log(
    hass: HomeAssistant, entry: MockConfigEntry, hass_ws_client: WebSocketGenerator
) -> None:
    events: list[dict[str, Any]] = []

    @callback
    def seen(event: Event) -> None:
        # The sensor already has the new score when the event fires.
        events.append({**event.data, "sensor": hass.states.get(SENSOR).state})

    hass.bus.async_listen(EVENT_EVALUATED, seen)
    client = await hass_ws_client(hass)
    for msg in (sync_msg(50, "auth-owner-mfa"), sync_msg(45, "network-trusted-proxies-open")):
        await client.send_json_auto_id(msg)
        assert (await client.receive_json())["success"]
    await hass.async_block_till_done()
    assert [e["sensor"] for e in events] == ["50", "45"]
    assert events[1]["previous_score"] == 50
    assert events[1]["fixed"] == ["auth-owner-mfa"]
    assert events[1]["new_critical_high"] == ["network-trusted-proxies-open"]

    await client.send_json_auto_id({"type": "security_scorecard/evaluations"})
    answer = await client.receive_json()
    assert answer["success"], answer
    log = answer["result"]["evaluations"]
    assert [(e["score"], e["failing"]) for e in log] == [(50, ["auth-owner-mfa"]), (45, ["network-trusted-proxies-open"])]


async def test_evaluations_is_admin_only(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    hass_ws_client: WebSocketGenerator,
    hass_read_only_access_token: str,
) -> None:
    client = await hass_ws_client(hass, hass_read_only_access_token)
    await client.send_json_auto_id({"type": "security_scorecard/evaluations"})
    answer = await client.receive_json()
    assert not answer["success"]
    assert answer["error"]["code"] == "unauthorized"


async def test_the_log_survives_an_unload(
    hass: HomeAssistant, entry: MockConfigEntry, hass_ws_client: WebSocketGenerator
) -> None:
    client = await hass_ws_client(hass)
    for msg in (sync_msg(30, "auth-owner-mfa"), sync_msg(35)):
        await client.send_json_auto_id(msg)
        assert (await client.receive_json())["success"]
    assert await hass.config_entries.async_unload(entry.entry_id)
    stored = await Store[dict[str, Any]](hass, STORE_VERSION, STORE_KEY).async_load()
    assert stored is not None and [e["score"] for e in stored["evaluations"]] == [30, 35]
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    client = await hass_ws_client(hass)
    await client.send_json_auto_id({"type": "security_scorecard/evaluations"})
    log = (await client.receive_json())["result"]["evaluations"]
    assert [e["score"] for e in log] == [30, 35]
    assert SYNC_BURST >= 2  # the two syncs above are within the burst


async def test_not_loaded(hass: HomeAssistant, hass_ws_client: WebSocketGenerator, config_dir: Any, test_catalog: None, fake_observers: None) -> None:
    config_entry = make_entry(hass)
    assert await hass.config_entries.async_setup(config_entry.entry_id)
    assert await hass.config_entries.async_unload(config_entry.entry_id)
    client = await hass_ws_client(hass)
    await client.send_json_auto_id({"type": "security_scorecard/evaluations"})
    answer = await client.receive_json()
    assert answer["error"]["code"] == "not_loaded"
