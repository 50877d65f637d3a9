"""The shipped catalog.json loads, and every check has Repairs text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from custom_components.security_scorecard.catalog import (
    EMPTY_CATALOG,
    load_catalog,
    parse_catalog,
)

INTEGRATION = Path(__file__).resolve().parents[2] / "custom_components" / "security_scorecard"


@pytest.mark.skipif(not (INTEGRATION / "catalog.json").exists(), reason="catalog.json not generated yet")
def test_shipped_catalog_loads_and_is_translated() -> None:
    catalog = load_catalog()
    assert catalog.checks, "catalog.json has no checks"
    strings = json.loads((INTEGRATION / "translations" / "en.json").read_text())
    assert set(strings["issues"]) == set(catalog.checks)
    for entry in catalog.checks.values():
        assert entry.learn_more_url is None or entry.learn_more_url.startswith("https://")


def test_missing_catalog_refuses_everything(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    assert load_catalog(tmp_path / "catalog.json") is EMPTY_CATALOG
    assert "missing" in caplog.text


@pytest.mark.parametrize(
    "data",
    [
        {"version": 2, "checks": []},
        {"version": 1, "checks": {}},
        {"version": 1, "checks": [{"id": "Bad Id", "severity": "high"}]},
        {"version": 1, "checks": [{"id": "ok-id", "severity": "severe"}]},
    ],
)
def test_bad_catalog_rejected(data: object) -> None:
    with pytest.raises(ValueError):
        parse_catalog(data)


def test_non_https_learn_more_dropped() -> None:
    catalog = parse_catalog(
        {"version": 1, "checks": [{"id": "a-b", "severity": "low", "learn_more_url": "javascript:x"}]}
    )
    assert catalog.checks["a-b"].learn_more_url is None


@pytest.mark.skipif(not (INTEGRATION / "catalog.json").exists(), reason="catalog.json not generated yet")
async def test_sync_with_shipped_catalog(
    hass, config_dir, fake_observers, hass_ws_client  # noqa: ANN001 - fixtures
) -> None:
    from homeassistant.helpers import issue_registry as ir
    from homeassistant.util import dt as dt_util

    from custom_components.security_scorecard.const import DOMAIN, REPAIRS_SEVERITIES
    from scorecard_support import make_entry

    catalog = load_catalog()
    serious = next(c for c in catalog.checks.values() if c.severity in REPAIRS_SEVERITIES)
    entry = make_entry(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    client = await hass_ws_client(hass)
    await client.send_json_auto_id(
        {
            "type": "security_scorecard/sync",
            "score": 80,
            "grade": "B+",
            "coverage": 1,
            "evaluated_at": dt_util.utcnow().isoformat(),
            "failing": [{"id": serious.id, "placeholders": {}}],
        }
    )
    msg = await client.receive_json()
    assert msg["success"], msg
    issue = ir.async_get(hass).async_get_issue(DOMAIN, serious.id)
    assert issue is not None and issue.learn_more_url == serious.learn_more_url
