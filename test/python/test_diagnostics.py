"""Diagnostics hold what a bug report needs (counts and shapes) and nothing that names a
person, token, path or finding; a non-admin gets only a note (core lets one download them
on 2024.3)."""

from __future__ import annotations

from datetime import timedelta
from http import HTTPStatus
from pathlib import Path
from typing import Any
from unittest.mock import patch

from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.typing import ClientSessionGenerator, WebSocketGenerator

from homeassistant.core import HomeAssistant
from homeassistant.setup import async_setup_component
from homeassistant.util import dt as dt_util

from ha_compat import EXPECT
from custom_components.security_scorecard.diagnostics import _redact_urls
from scorecard_support import get_diagnostics_for_config_entry

USER_NAME = "Zaphod Beeblebrox"
TOKEN_NAME = "garage-door-token-name"


async def _sync(hass: HomeAssistant, hass_ws_client: WebSocketGenerator) -> None:
    client = await hass_ws_client(hass)
    await client.send_json_auto_id(
        {
            "type": "security_scorecard/sync",
            "score": 40,
            "grade": "D+",
            "coverage": 0.9,
            "evaluated_at": dt_util.utcnow().isoformat(),
            "failing": [
                {"id": "auth-owner-mfa", "placeholders": {"user": USER_NAME}},
                {"id": "network-trusted-proxies-open", "placeholders": {}},
                {"id": "updates-core-current", "placeholders": {}},
            ],
        }
    )
    assert (await client.receive_json())["success"]


async def test_admin_gets_counts_and_shapes_only(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    config_dir: Path,
    hass_client: ClientSessionGenerator,
    hass_ws_client: WebSocketGenerator,
) -> None:
    assert await async_setup_component(hass, "diagnostics", {})
    user = await hass.auth.async_create_user(USER_NAME)
    await hass.auth.async_create_refresh_token(
        user, client_name=TOKEN_NAME, token_type="long_lived_access_token",
        access_token_expiration=timedelta(days=30),
    )
    await _sync(hass, hass_ws_client)

    diag = await get_diagnostics_for_config_entry(hass, hass_client, entry)
    assert diag["last_sync"] == {
        "score": 40,
        "grade": "D+",
        "coverage": 0.9,
        "evaluated_at": diag["last_sync"]["evaluated_at"],
        "failing_count": 3,
        "failing_by_severity": {"critical": 1, "high": 1, "low": 1},
        "with_placeholders": 1,
        "repairs_issues": 2,
    }
    assert diag["facts"]["accounts"]["count"] >= 2
    assert diag["facts"]["tokens"].get("long_lived_access_token") == 1
    text = str(diag)
    for absent in (USER_NAME, TOKEN_NAME, user.id, str(config_dir), "auth-owner-mfa", "updates-core-current"):
        assert absent not in text, absent


async def test_non_admin_gets_no_data(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    hass_client: ClientSessionGenerator,
    hass_read_only_access_token: str,
    hass_ws_client: WebSocketGenerator,
) -> None:
    assert await async_setup_component(hass, "diagnostics", {})
    await _sync(hass, hass_ws_client)
    client = await hass_client(hass_read_only_access_token)
    response = await client.get(f"/api/diagnostics/config_entry/{entry.entry_id}")
    if response.status == HTTPStatus.UNAUTHORIZED:
        return  # core refuses non-admins itself (2026.5 and later)
    # Core of 2024.3 serves any signed-in user: the integration's part is only a note.
    assert response.status == HTTPStatus.OK
    data: dict[str, Any] = (await response.json())["data"]
    assert data == {"schema_version": 1, "admin_required": True}


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
