"""Shared test data for the backend tests (imported by conftest and tests)."""

from __future__ import annotations

from typing import Any

from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from homeassistant.core import HomeAssistant
from homeassistant.helpers import issue_registry as ir
from homeassistant.util import dt as dt_util

from custom_components.security_scorecard.const import DOMAIN

# A small hand-written catalog: catalog.json is generated from src/ by another step.
TEST_CATALOG: dict[str, Any] = {
    "version": 1,
    "checks": [
        {
            "id": "auth-owner-mfa",
            "category": "accounts",
            "title": "The owner uses multi-factor authentication",
            "severity": "critical",
            "why": "A stolen owner password is full control.",
            "fix": "Enable TOTP for the owner.",
            "learn_more_url": "https://www.home-assistant.io/docs/authentication/multi-factor-auth/",
            "placeholders": ["user"],
        },
        {
            "id": "network-trusted-proxies-open",
            "category": "network",
            "title": "trusted_proxies is not the whole internet",
            "severity": "high",
            "why": "Anyone can spoof their address.",
            "fix": "List only your proxy.",
            "learn_more_url": "https://www.home-assistant.io/integrations/http/",
        },
        {
            "id": "secrets-plaintext-credential",
            "category": "secrets",
            "title": "No plaintext credentials in YAML",
            "severity": "medium",
            "why": "Configs get shared.",
            "fix": "Use !secret.",
            "learn_more_url": "https://www.home-assistant.io/docs/configuration/secrets/",
            "placeholders": ["count"],
        },
        {
            "id": "updates-core-current",
            "category": "updates",
            "title": "Home Assistant is up to date",
            "severity": "low",
            "why": "Updates fix bugs.",
            "fix": "Update.",
            "learn_more_url": "https://www.home-assistant.io/common-tasks/os/#update",
        },
        {
            "id": "backups-info",
            "category": "backups",
            "title": "Backups exist",
            "severity": "info",
            "why": "Backups help.",
            "fix": "Make one.",
            "learn_more_url": "https://www.home-assistant.io/common-tasks/os/#backups",
        },
    ],
}

FAKE_OUTLINE: dict[str, Any] = {
    "version": 1,
    "files": [
        {"path": "configuration.yaml", "reachable": True, "mount": None, "error": None, "entries": []}
    ],
    "truncated": None,
}

FAKE_FILES: dict[str, Any] = {
    "config_dir": {"exists": True, "mode": 0o755, "owner_uid": 0},
    "secrets_yaml": {"exists": False, "mode": None, "owner_uid": None},
    "storage_dir": {"exists": True, "mode": 0o700, "owner_uid": 0},
    "git": None,
    "www_sensitive": [],
}


def make_entry(hass: HomeAssistant) -> MockConfigEntry:
    """A config entry of the integration, added to hass."""
    entry = MockConfigEntry(domain=DOMAIN, title="Security Scorecard", data={}, unique_id=DOMAIN)
    entry.add_to_hass(hass)
    return entry


async def get_diagnostics_for_config_entry(hass: HomeAssistant, hass_client: Any, entry: MockConfigEntry) -> Any:
    """Diagnostics over HTTP, as the frontend downloads them (phcc lacks this helper)."""
    client = await hass_client()
    response = await client.get(f"/api/diagnostics/config_entry/{entry.entry_id}")
    assert response.status == 200
    return (await response.json())["data"]


SENSOR = "sensor.security_scorecard_score"
# sync accepts an evaluated_at within a day of the server's clock.
NOW = dt_util.utcnow().isoformat()


def payload(failing: list[dict[str, Any]] | None = None, **over: Any) -> dict[str, Any]:
    """A valid security_scorecard/sync message, with fields overridden."""
    msg: dict[str, Any] = {
        "type": "security_scorecard/sync",
        "score": 62,
        "grade": "C+",
        "coverage": 0.8,
        "evaluated_at": NOW,
        "failing": failing if failing is not None else [],
    }
    msg.update(over)
    return msg


async def sync_over_ws(hass_ws_client: WebSocketGenerator, hass: HomeAssistant, msg: dict[str, Any]) -> dict[str, Any]:
    """Send one message on a new WebSocket client; its answer."""
    client = await hass_ws_client(hass)
    await client.send_json_auto_id(msg)
    return await client.receive_json()


def domain_issues(hass: HomeAssistant) -> dict[str, ir.IssueEntry]:
    """The integration's active Repairs issues by id."""
    return {
        issue_id: issue
        for (domain, issue_id), issue in ir.async_get(hass).issues.items()
        if domain == DOMAIN and issue.active
    }
