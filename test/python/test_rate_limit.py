"""Sync flood control: the token bucket, and a flood of valid syncs refused over WebSocket."""

from __future__ import annotations

from typing import Any

import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from homeassistant.core import HomeAssistant
from homeassistant.util import dt as dt_util

from custom_components.security_scorecard.const import SYNC_BURST, SYNC_INTERVAL
from custom_components.security_scorecard.rate_limit import TokenBucket

SENSOR = "sensor.security_scorecard_score"


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_bucket_bursts_then_refills_at_its_rate() -> None:
    clock = FakeClock()
    bucket = TokenBucket(3, 2.0, clock)
    assert [bucket.try_take() for _ in range(3)] == [None, None, None]
    assert bucket.try_take() == pytest.approx(2.0)
    clock.now += 1.5
    assert bucket.try_take() == pytest.approx(0.5)
    clock.now += 0.5
    assert bucket.try_take() is None
    assert bucket.try_take() == pytest.approx(2.0)
    # A long pause refills to the burst, never beyond.
    clock.now += 3600
    assert [bucket.try_take() for _ in range(4)][:3] == [None, None, None]
    assert bucket.try_take() is not None


def test_bucket_survives_a_clock_going_back() -> None:
    clock = FakeClock()
    bucket = TokenBucket(1, 1.0, clock)
    assert bucket.try_take() is None
    clock.now -= 50
    assert bucket.try_take() == pytest.approx(1.0)


@pytest.mark.parametrize(("burst", "interval"), [(0, 1.0), (1, 0.0), (2, -1.0)])
def test_bucket_refuses_nonsense(burst: int, interval: float) -> None:
    with pytest.raises(ValueError):
        TokenBucket(burst, interval)


def sync(score: int) -> dict[str, Any]:
    return {
        "type": "security_scorecard/sync",
        "score": score,
        "grade": "F",
        "coverage": 0.5,
        "evaluated_at": dt_util.utcnow().isoformat(),
        "failing": [{"id": "auth-owner-mfa", "placeholders": {}}],
    }


async def test_flood_of_valid_syncs_refused_with_a_clear_error(
    hass: HomeAssistant, entry: MockConfigEntry, hass_ws_client: WebSocketGenerator
) -> None:
    client = await hass_ws_client(hass)
    results = []
    for score in range(SYNC_BURST + 20):
        await client.send_json_auto_id(sync(score))
        results.append(await client.receive_json())
    accepted = [r for r in results if r["success"]]
    refused = [r for r in results if not r["success"]]
    # Within the test's few milliseconds at most one token can have been refilled.
    assert SYNC_BURST <= len(accepted) <= SYNC_BURST + 1
    assert len(refused) >= 19
    error = refused[0]["error"]
    assert error["code"] == "rate_limited"
    assert error["message"].startswith(
        f"Too many syncs: at most {SYNC_BURST} at once, then one every {SYNC_INTERVAL:g} s; try again in "
    )
    # Refused syncs change nothing: the sensor shows the last accepted one.
    await hass.async_block_till_done()
    assert hass.states.get(SENSOR).state == str(len(accepted) - 1)
