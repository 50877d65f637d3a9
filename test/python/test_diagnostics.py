"""Diagnostics: counts and shapes only."""

from __future__ import annotations

from unittest.mock import patch

from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.typing import ClientSessionGenerator

from homeassistant.core import HomeAssistant
from homeassistant.setup import async_setup_component

from ha_compat import EXPECT
from custom_components.security_scorecard.diagnostics import _redact_urls
from scorecard_support import get_diagnostics_for_config_entry


async def test_diagnostics_shape(
    hass: HomeAssistant, entry: MockConfigEntry, hass_client: ClientSessionGenerator
) -> None:
    assert await async_setup_component(hass, "diagnostics", {})
    diag = await get_diagnostics_for_config_entry(hass, hass_client, entry)
    assert diag["schema_version"] == 1
    assert diag["catalog_checks"] == 5
    assert diag["last_sync"] is None
    facts = diag["facts"]
    assert facts["http"]["origin"] == EXPECT.origin_without_yaml
    assert facts["http"]["cors_allowed_origins_count"] == 1
    assert "cors_allowed_origins" not in facts["http"]
    assert facts["accounts"]["count"] >= 1
    assert facts["outline"] == {
        "files": 1, "reachable": 1, "entries": 0, "errors": {}, "truncated": False,
    }
    # No ids, names or token metadata: only counts.
    text = str(diag)
    for user in await hass.auth.async_get_users():
        assert user.id not in text


def test_redact_urls() -> None:
    assert _redact_urls({"a": ["see https://u:p@x.example/y now"], "b": 3}) == {
        "a": ["see **REDACTED_URL** now"],
        "b": 3,
    }


async def test_diagnostics_keep_the_marker_of_a_part_that_failed(
    hass: HomeAssistant, entry: MockConfigEntry, hass_client: ClientSessionGenerator
) -> None:
    assert await async_setup_component(hass, "diagnostics", {})
    with patch(
        "custom_components.security_scorecard.facts._collect_files",
        side_effect=PermissionError("/config/secret-path"),
    ):
        diag = await get_diagnostics_for_config_entry(hass, hass_client, entry)
    facts = diag["facts"]
    assert facts["files"] == {"error": "files: PermissionError"}
    assert facts["accounts"]["count"] >= 1 and facts["http"]["origin"] == EXPECT.origin_without_yaml
    assert "secret-path" not in str(diag)
