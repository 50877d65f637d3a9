"""The last sync is written to .storage at most once per SYNC_SAVE_DELAY, and not lost
when the entry unloads or Home Assistant stops before the delayed write."""

from __future__ import annotations

from collections.abc import Generator
from datetime import timedelta
from typing import Any
from unittest.mock import patch

import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_fire_time_changed,
)
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from homeassistant.const import EVENT_HOMEASSISTANT_FINAL_WRITE
from homeassistant.core import HomeAssistant
from homeassistant.helpers.storage import Store
from homeassistant.util import dt as dt_util

from custom_components.security_scorecard.const import STORE_KEY, SYNC_BURST, SYNC_SAVE_DELAY


@pytest.fixture
def writes() -> Generator[list[Any], None, None]:
    """The data of every write of the last-sync Store (on top of phcc's in-memory storage)."""
    seen: list[Any] = []
    original = Store._async_write_data

    # (self, path, data) on 2024.3, (self, data) on current releases: the data comes last,
    # and holds "data" once written (current releases resolve a data_func while writing).
    async def spy(self: Store, *args: Any) -> None:
        await original(self, *args)
        if self.key == STORE_KEY:
            seen.append(args[-1]["data"])

    with patch.object(Store, "_async_write_data", spy):
        yield seen


def sync(score: int) -> dict[str, Any]:
    return {
        "type": "security_scorecard/sync",
        "score": score,
        "grade": "F",
        "coverage": 0.5,
        "evaluated_at": dt_util.utcnow().isoformat(),
        "failing": [],
    }


async def _send(client: Any, score: int) -> None:
    await client.send_json_auto_id(sync(score))
    assert (await client.receive_json())["success"]


async def test_a_burst_of_syncs_is_one_write_of_the_newest(
    hass: HomeAssistant,
    writes: list[Any],
    entry: MockConfigEntry,
    hass_ws_client: WebSocketGenerator,
    hass_storage: dict[str, Any],
) -> None:
    client = await hass_ws_client(hass)
    for score in range(5):
        await _send(client, score)
    await hass.async_block_till_done()
    assert writes == []  # nothing yet: the write waits SYNC_SAVE_DELAY

    async_fire_time_changed(hass, dt_util.utcnow() + timedelta(seconds=SYNC_SAVE_DELAY + 1))
    await hass.async_block_till_done()
    assert [w["score"] for w in writes] == [4]
    assert hass_storage[STORE_KEY]["data"]["score"] == 4

    # The next syncs start a new window: again one write, of the newest.
    for score in range(5, SYNC_BURST):
        await _send(client, score)
    await hass.async_block_till_done()
    assert len(writes) == 1
    async_fire_time_changed(hass, dt_util.utcnow() + timedelta(seconds=2 * SYNC_SAVE_DELAY + 2))
    await hass.async_block_till_done()
    assert [w["score"] for w in writes] == [4, SYNC_BURST - 1]


async def test_unload_writes_the_pending_sync(
    hass: HomeAssistant,
    writes: list[Any],
    entry: MockConfigEntry,
    hass_ws_client: WebSocketGenerator,
) -> None:
    client = await hass_ws_client(hass)
    await _send(client, 33)
    assert writes == []
    assert await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()
    assert [w["score"] for w in writes] == [33]
    # The delayed write was replaced, not left to run again later.
    async_fire_time_changed(hass, dt_util.utcnow() + timedelta(seconds=SYNC_SAVE_DELAY + 1))
    await hass.async_block_till_done()
    assert len(writes) == 1


async def test_shutdown_writes_the_pending_sync(
    hass: HomeAssistant,
    writes: list[Any],
    entry: MockConfigEntry,
    hass_ws_client: WebSocketGenerator,
) -> None:
    client = await hass_ws_client(hass)
    await _send(client, 44)
    assert writes == []
    hass.bus.async_fire(EVENT_HOMEASSISTANT_FINAL_WRITE)
    await hass.async_block_till_done()
    assert [w["score"] for w in writes] == [44]
