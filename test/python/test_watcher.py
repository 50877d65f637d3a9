"""The facts watcher behind security_scorecard/subscribe: the facts whole now, then only
what changed (a delta naming the message it follows), nothing when unchanged; a caller of
another contract is refused with a clear message."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any
from unittest.mock import patch

import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    MockUser,
    async_fire_time_changed,
)
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from homeassistant.const import EVENT_CORE_CONFIG_UPDATE
from homeassistant.core import HomeAssistant
from homeassistant.util import dt as dt_util

from custom_components.security_scorecard.const import DOMAIN
from scorecard_support import FAKE_OUTLINE


def outline_from_disk(config_dir: str, _cache: object = None) -> dict[str, Any]:
    """Stand-in outline: configuration.yaml's `password` entry on the line of its size, and an
    unchanging second file."""
    size = (Path(config_dir) / "configuration.yaml").stat().st_size
    entry = '{"line":%d,"path":["password"],"tag":null,"type":"null"}' % size
    other = {**FAKE_OUTLINE["files"][0], "path": "other.yaml", "reachable": False, "entries": [entry.replace("%d" % size, "1")]}
    return {**FAKE_OUTLINE, "files": [{**FAKE_OUTLINE["files"][0], "entries": [entry]}, other]}


async def _subscribe(hass: HomeAssistant, hass_ws_client: WebSocketGenerator) -> Any:
    client = await hass_ws_client(hass)
    await client.send_json_auto_id({"type": "security_scorecard/subscribe", "contract": 2})
    result = await client.receive_json()
    assert result["success"], result
    first = await client.receive_json()
    assert first["type"] == "event" and first["id"] == result["id"]
    assert first["event"]["contract"] == 2 and first["event"]["kind"] == "full" and first["event"]["seq"] == 0
    assert first["event"]["schema_version"] == 1
    client.sub_id = result["id"]
    client.first = first["event"]
    return client


@pytest.mark.parametrize("contract", [None, 1, 3, "2"])
async def test_another_contract_is_refused_clearly(
    hass: HomeAssistant, entry: MockConfigEntry, hass_ws_client: WebSocketGenerator, contract: Any
) -> None:
    """An older card (no contract) or a newer one: a clear error, never facts it would misread."""
    client = await hass_ws_client(hass)
    message: dict[str, Any] = {"type": "security_scorecard/subscribe"}
    if contract is not None:
        message["contract"] = contract
    await client.send_json_auto_id(message)
    result = await client.receive_json()
    assert not result["success"]
    assert result["error"] == {
        "code": "incompatible_version",
        "message": "the Security Scorecard integration and card are different versions: reload the page / update HACS",
    }
    assert not entry.runtime_data.watcher.running


async def _next_event(client: Any, timeout: float = 1.0) -> dict[str, Any] | None:
    try:
        msg = await client.receive_json(timeout=timeout)
    except TimeoutError:
        return None
    assert msg["type"] == "event"
    return msg["event"]


def test_poll_intervals() -> None:
    from custom_components.security_scorecard import const

    assert const.FILE_POLL_INTERVAL == timedelta(seconds=30)
    assert const.AUTH_POLL_INTERVAL >= timedelta(seconds=60)


def _advance(hass: HomeAssistant, seconds: float) -> None:
    async_fire_time_changed(hass, dt_util.utcnow() + timedelta(seconds=seconds))


async def test_user_event_pushes_new_facts(
    hass: HomeAssistant, entry: MockConfigEntry, hass_ws_client: WebSocketGenerator
) -> None:
    client = await _subscribe(hass, hass_ws_client)
    user = await hass.auth.async_create_user("New person")  # fires user_added
    await hass.async_block_till_done()
    _advance(hass, 3)  # debounce
    await hass.async_block_till_done()
    event = await _next_event(client)
    assert event is not None
    assert event["kind"] == "delta" and event["base"] == 0 and event["seq"] == 1
    # Only what changed: the accounts, not the outline or the host.
    assert set(event["parts"]) == {"accounts"} and "outline" not in event
    assert user.id in {a["id"] for a in event["parts"]["accounts"]}


async def test_unchanged_facts_not_resent(
    hass: HomeAssistant, entry: MockConfigEntry, hass_ws_client: WebSocketGenerator
) -> None:
    client = await _subscribe(hass, hass_ws_client)
    hass.bus.async_fire(EVENT_CORE_CONFIG_UPDATE)
    await hass.async_block_till_done()
    _advance(hass, 3)
    await hass.async_block_till_done()
    assert await _next_event(client, timeout=0.3) is None


async def test_yaml_change_detected_by_polling(
    hass: HomeAssistant, config_dir: Path, entry: MockConfigEntry, hass_ws_client: WebSocketGenerator
) -> None:
    with patch(
        "custom_components.security_scorecard.facts._build_outline", side_effect=outline_from_disk
    ):
        client = await _subscribe(hass, hass_ws_client)
        await hass.async_block_till_done()  # baseline signature
        (config_dir / "configuration.yaml").write_text("homeassistant:\n  name: Changed name\n")
        await entry.runtime_data.watcher._poll_files(None)  # the 30 s poll
        _advance(hass, 3)  # debounce
        await hass.async_block_till_done()
        event = await _next_event(client)
    assert event is not None
    assert event["kind"] == "delta" and event["parts"] == {}
    # Only the edited file (by content hash), not the unchanged other.yaml.
    assert [f["path"] for f in event["outline"]["files"]] == ["configuration.yaml"]
    assert event["outline"]["removed"] == []
    assert event["outline"]["files"][0]["entries"] == [[0, (config_dir / "configuration.yaml").stat().st_size, 0, 4]]
    assert client.first["outline"]["form"] == event["outline"]["form"] == "relevant"


async def test_token_change_detected_by_polling(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    hass_admin_user: MockUser,
    hass_ws_client: WebSocketGenerator,
) -> None:
    client = await _subscribe(hass, hass_ws_client)
    await hass.async_block_till_done()
    token = await hass.auth.async_create_refresh_token(
        hass_admin_user,
        client_name="New LLAT",
        token_type="long_lived_access_token",
        access_token_expiration=timedelta(days=365),
    )
    # No event exists for tokens: the 60 s digest poll finds it. Run that poll directly;
    # jumping the clock past 55 s would also fire the WebSocket heartbeat and drop the client.
    await entry.runtime_data.watcher._poll_auth(None)
    _advance(hass, 3)  # debounce
    await hass.async_block_till_done()
    event = await _next_event(client)
    assert event is not None
    assert token.id in {t["id"] for t in event["parts"]["tokens"]}


async def test_unsubscribe_stops_watcher(
    hass: HomeAssistant, entry: MockConfigEntry, hass_ws_client: WebSocketGenerator
) -> None:
    client = await _subscribe(hass, hass_ws_client)
    watcher = entry.runtime_data.watcher
    assert watcher.running
    await client.send_json_auto_id({"type": "unsubscribe_events", "subscription": client.sub_id})
    assert (await client.receive_json())["success"]
    assert not watcher.running


@pytest.mark.parametrize("close", [True, False])
async def test_unload_and_close_clean_up(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    hass_ws_client: WebSocketGenerator,
    close: bool,
) -> None:
    client = await _subscribe(hass, hass_ws_client)
    watcher = entry.runtime_data.watcher
    listeners_before = sum(hass.bus.async_listeners().values())
    assert hass.bus.async_listeners().get("user_added", 0) >= 1
    if close:
        await client.close()
        await hass.async_block_till_done()
    else:
        assert await hass.config_entries.async_unload(entry.entry_id)
        await hass.async_block_till_done()
    assert not watcher.running
    assert sum(hass.bus.async_listeners().values()) <= listeners_before - 4


async def test_a_newer_subscriber_brings_the_others_up_to_date(
    hass: HomeAssistant, config_dir: Path, entry: MockConfigEntry, hass_ws_client: WebSocketGenerator
) -> None:
    """A second subscriber's fresher facts reach the first one as a delta (before, the first
    missed that change: the watcher took the newer facts as already sent)."""
    with patch(
        "custom_components.security_scorecard.facts._build_outline", side_effect=outline_from_disk
    ):
        first = await _subscribe(hass, hass_ws_client)
        (config_dir / "configuration.yaml").write_text("homeassistant:\n  name: Changed by someone\n")
        await _subscribe(hass, hass_ws_client)
        await hass.async_block_till_done()
        event = await _next_event(first)
    assert event is not None and event["kind"] == "delta" and event["base"] == 0
    assert [f["path"] for f in event["outline"]["files"]] == ["configuration.yaml"]
