"""security_scorecard/facts: every ServerFacts field, admin only."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
import sys
from typing import Any
from unittest.mock import patch

import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry, MockUser
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from homeassistant.auth.mfa_modules import auth_mfa_module_from_config
from homeassistant.auth.models import Credentials
from homeassistant.auth.providers import auth_provider_from_config
from homeassistant.core import HomeAssistant

from custom_components.security_scorecard import host_observer

from ha_compat import EXPECT, RELEASE
from scorecard_support import FAKE_FILES, FAKE_OUTLINE

SERVER_FACTS_KEYS = {
    "schema_version",
    "http",
    "auth_providers",
    "accounts",
    "tokens",
    "host",
    "files",
    "outline",
    "addon_settings",
}
HTTP_KEYS = {
    "ssl_certificate",
    "ssl_key",
    "ssl_profile",
    "server_host",
    "server_port",
    "use_x_forwarded_for",
    "trusted_proxies",
    "ip_ban_enabled",
    "login_attempts_threshold",
    "cors_allowed_origins",
    "use_x_frame_options",
    "origin",
}
ACCOUNT_KEYS = {
    "id", "name", "username", "is_owner", "is_admin", "is_active", "local_only",
    "system_generated", "credential_types", "mfa_modules",
}
TOKEN_KEYS = {
    "id", "user_id", "type", "client_name", "client_id", "created_at", "last_used_at",
    "last_used_ip", "expire_at",
}
HOST_KEYS = {
    "uid", "user", "is_root", "in_sudo_group", "passwordless_sudo", "installation_type",
    "docker", "virtualenv", "safe_mode", "recovery_mode",
}


async def _facts(hass_ws_client: WebSocketGenerator, hass: HomeAssistant, token: str | None = None) -> dict[str, Any]:
    client = await (hass_ws_client(hass) if token is None else hass_ws_client(hass, token))
    await client.send_json_auto_id({"type": "security_scorecard/facts"})
    msg = await client.receive_json()
    assert msg["success"], msg
    return msg["result"]


async def test_shape(
    hass: HomeAssistant, entry: MockConfigEntry, hass_ws_client: WebSocketGenerator
) -> None:
    facts = await _facts(hass_ws_client, hass)
    assert set(facts) == SERVER_FACTS_KEYS
    assert facts["schema_version"] == 1
    assert set(facts["http"]) == HTTP_KEYS
    assert set(facts["host"]) == HOST_KEYS
    assert facts["outline"] == FAKE_OUTLINE
    assert facts["files"] == FAKE_FILES
    assert facts["accounts"] and all(set(a) == ACCOUNT_KEYS for a in facts["accounts"])
    assert facts["tokens"] and all(set(t) == TOKEN_KEYS for t in facts["tokens"])


async def test_http_defaults(
    hass: HomeAssistant, entry: MockConfigEntry, hass_ws_client: WebSocketGenerator
) -> None:
    http = (await _facts(hass_ws_client, hass))["http"]
    assert http == {
        "ssl_certificate": False,
        "ssl_key": False,
        "ssl_profile": "modern",
        "server_host": EXPECT.default_server_host,
        "server_port": 8123,
        "use_x_forwarded_for": False,
        "trusted_proxies": [],
        "ip_ban_enabled": True,
        "login_attempts_threshold": -1,
        "cors_allowed_origins": ["https://cast.home-assistant.io"],
        "use_x_frame_options": True,
        "origin": EXPECT.origin_without_yaml,
    }


# An `http:` block written after start: 2024.3 reads the YAML; current releases migrate YAML
# into `.storage/http` once, at the first start, and then run from the store (http/config.py).
YAML_BLOCK_WRITTEN_AFTER_START: dict[str, dict[str, object]] = {
    "2024.3": {
        "origin": "yaml",
        "use_x_forwarded_for": True,
        "use_x_frame_options": False,
        "cors_allowed_origins": ["https://a.example"],
    },
    "2026.10": {
        "origin": "store",
        "use_x_forwarded_for": False,
        "use_x_frame_options": True,
        "cors_allowed_origins": ["https://cast.home-assistant.io"],
    },
}


async def test_http_from_yaml_and_running_server(
    hass: HomeAssistant,
    config_dir: Path,
    entry: MockConfigEntry,
    hass_ws_client: WebSocketGenerator,
) -> None:
    (config_dir / "configuration.yaml").write_text(
        "http:\n"
        "  use_x_forwarded_for: true\n"
        "  trusted_proxies: !secret proxies\n"
        "  cors_allowed_origins: [https://a.example]\n"
        "  use_x_frame_options: false\n"
    )
    (config_dir / "secrets.yaml").write_text("proxies: 0.0.0.0/0\n")
    # The running server is what counts for what it keeps.
    hass.http.trusted_proxies = [__import__("ipaddress").ip_network("10.0.0.0/8")]
    http = (await _facts(hass_ws_client, hass))["http"]
    assert {k: http[k] for k in YAML_BLOCK_WRITTEN_AFTER_START[RELEASE]} == YAML_BLOCK_WRITTEN_AFTER_START[RELEASE]
    assert http["trusted_proxies"] == ["10.0.0.0/8"]


class _HttpConfigStore:
    """Home Assistant 2026.8+'s HTTPConfigStore as the observer reads it.

    Shape copied from home-assistant/core homeassistant/components/http/config.py
    (`async_get_and_load_store`, the `stable`/`pending`/`default` ConfData slots with their
    `created_at`/`error` metadata, `ActiveConfigType`), which Python 3.11 cannot run.
    """

    def __init__(self, active: str) -> None:
        created = datetime(2026, 8, 1, tzinfo=UTC)
        base = {
            "server_port": 8123, "cors_allowed_origins": ["https://cast.home-assistant.io"],
            "login_attempts_threshold": -1, "ip_ban_enabled": True, "ssl_profile": "modern",
            "use_x_frame_options": True, "created_at": created, "error": None,
        }
        self.stable = {**base, "use_x_forwarded_for": True, "trusted_proxies": ["172.30.33.0/24"]}
        self.pending = {**base, "server_port": 8443, "cors_allowed_origins": ["https://b.example"], "error": None}
        self.default = dict(base)
        self.active_config_type = active


@pytest.mark.parametrize(
    ("active", "port", "xff"), [("stable", 8123, True), ("pending", 8443, False), ("default", 8123, False)]
)
async def test_http_from_the_ui_managed_store(
    hass: HomeAssistant,
    config_dir: Path,
    entry: MockConfigEntry,
    hass_ws_client: WebSocketGenerator,
    monkeypatch: pytest.MonkeyPatch,
    active: str,
    port: int,
    xff: bool,
) -> None:
    """2026.8+: the store's active slot wins over a leftover (ignored) http: YAML block."""
    import types

    import homeassistant.components.http as http_package

    store = _HttpConfigStore(active)

    async def async_get_and_load_store(_hass: HomeAssistant) -> _HttpConfigStore:
        return store

    module = types.ModuleType("homeassistant.components.http.config")
    module.async_get_and_load_store = async_get_and_load_store  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, module.__name__, module)
    monkeypatch.setattr(http_package, "config", module, raising=False)
    (config_dir / "configuration.yaml").write_text("http:\n  use_x_frame_options: false\n")
    hass.http.server_port = None  # what the running server keeps is checked elsewhere
    http = (await _facts(hass_ws_client, hass))["http"]
    assert http["origin"] == ("default" if active == "default" else "store")
    assert http["server_port"] == port
    assert http["use_x_forwarded_for"] is xff
    assert http["use_x_frame_options"] is True  # the YAML block is not read
    assert http["cors_allowed_origins"] == (["https://b.example"] if active == "pending" else ["https://cast.home-assistant.io"])
    assert ("created_at" not in http) and ("error" not in http)


async def test_http_ban_settings_from_app(
    hass: HomeAssistant, entry: MockConfigEntry, hass_ws_client: WebSocketGenerator
) -> None:
    from homeassistant.components.http.ban import KEY_BAN_MANAGER, KEY_LOGIN_THRESHOLD

    assert KEY_BAN_MANAGER in hass.http.app  # default ip_ban_enabled
    hass.http.app._state[KEY_LOGIN_THRESHOLD] = 5  # frozen app: set the stored value
    http = (await _facts(hass_ws_client, hass))["http"]
    assert http["ip_ban_enabled"] is True
    assert http["login_attempts_threshold"] == 5


async def test_http_broken_yaml_is_default_origin(
    hass: HomeAssistant,
    config_dir: Path,
    entry: MockConfigEntry,
    hass_ws_client: WebSocketGenerator,
) -> None:
    (config_dir / "configuration.yaml").write_text("http: [unclosed\n")
    http = (await _facts(hass_ws_client, hass))["http"]
    assert http["origin"] == EXPECT.origin_without_yaml


async def test_auth_providers_and_mfa_modules(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    hass_admin_user: MockUser,
    hass_ws_client: WebSocketGenerator,
) -> None:
    trusted = await auth_provider_from_config(
        hass,
        hass.auth._store,
        {
            "type": "trusted_networks",
            "trusted_networks": ["192.168.1.0/24", "fd00::/8"],
            "trusted_users": {"192.168.1.10": [hass_admin_user.id]},
            "allow_bypass_login": True,
        },
    )
    hass.auth._providers[(trusted.type, trusted.id)] = trusted
    totp = await auth_mfa_module_from_config(hass, {"type": "totp"})
    hass.auth._mfa_modules[totp.id] = totp

    facts = (await _facts(hass_ws_client, hass))["auth_providers"]
    by_type = {p["type"]: p for p in facts["providers"]}
    assert by_type["homeassistant"] == {
        "type": "homeassistant",
        "id": None,
        "name": "Home Assistant Local",
        "trusted_networks": None,
        "trusted_users_networks": None,
        "allow_bypass_login": None,
    }
    tn = by_type["trusted_networks"]
    assert tn["trusted_networks"] == ["192.168.1.0/24", "fd00::/8"]
    assert tn["trusted_users_networks"] == ["192.168.1.10/32"]
    assert tn["allow_bypass_login"] is True
    assert facts["mfa_modules"] == [{"id": "totp", "type": "totp", "name": "Time-based One Time Password"}]


async def test_accounts(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    hass_admin_user: MockUser,
    hass_read_only_user: MockUser,
    hass_ws_client: WebSocketGenerator,
) -> None:
    totp = await auth_mfa_module_from_config(hass, {"type": "totp"})
    hass.auth._mfa_modules[totp.id] = totp
    await hass.auth.async_enable_user_mfa(hass_admin_user, "totp", {})
    await hass.auth.async_link_user(
        hass_read_only_user,
        Credentials(
            auth_provider_type="homeassistant",
            auth_provider_id=None,
            data={"username": "viewer"},
            is_new=False,
        ),
    )
    owner = await hass.auth.async_create_user("Owner", local_only=True)
    owner.is_owner = True
    inactive = await hass.auth.async_create_user("Gone")
    await hass.auth.async_deactivate_user(inactive)

    accounts = {a["id"]: a for a in (await _facts(hass_ws_client, hass))["accounts"]}
    admin = accounts[hass_admin_user.id]
    assert admin["is_admin"] is True and admin["is_owner"] is False
    assert admin["mfa_modules"] == ["totp"]
    assert admin["credential_types"] == ["homeassistant"]  # linked by hass_access_token
    ro = accounts[hass_read_only_user.id]
    assert ro["is_admin"] is False and ro["mfa_modules"] == []
    assert ro["username"] == "viewer"
    assert accounts[owner.id]["is_owner"] is True
    assert accounts[owner.id]["local_only"] is True
    assert accounts[inactive.id]["is_active"] is False
    system = [a for a in accounts.values() if a["system_generated"]]
    assert all(not a["is_owner"] for a in system)


async def test_tokens_metadata_never_secret(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    hass_admin_user: MockUser,
    hass_ws_client: WebSocketGenerator,
) -> None:
    llat = await hass.auth.async_create_refresh_token(
        hass_admin_user,
        client_name="Grafana",
        token_type="long_lived_access_token",
        access_token_expiration=timedelta(days=3650),
    )
    llat.last_used_ip = "192.168.1.5"
    facts = await _facts(hass_ws_client, hass)
    tokens = {t["id"]: t for t in facts["tokens"]}
    info = tokens[llat.id]
    assert info["type"] == "long_lived_access_token"
    assert info["client_name"] == "Grafana"
    assert info["user_id"] == hass_admin_user.id
    assert info["created_at"] == llat.created_at.isoformat()
    assert info["expire_at"] is None
    normal = [t for t in facts["tokens"] if t["type"] == "normal"]
    assert normal and all(isinstance(t["expire_at"], float) for t in normal)

    text = str(facts)
    for user in await hass.auth.async_get_users():
        for token in user.refresh_tokens.values():
            assert token.token not in text
            assert token.jwt_key not in text


async def test_host(
    hass: HomeAssistant, entry: MockConfigEntry, hass_ws_client: WebSocketGenerator
) -> None:
    host = (await _facts(hass_ws_client, hass))["host"]
    import os

    assert host["uid"] == os.getuid()
    assert host["is_root"] is (os.getuid() == 0)
    assert host["passwordless_sudo"] is None  # sudo absent (patched)
    assert isinstance(host["installation_type"], str)
    assert host["safe_mode"] is False and host["recovery_mode"] is False
    hass.config.recovery_mode = True
    assert (await _facts(hass_ws_client, hass))["host"]["recovery_mode"] is True


@pytest.mark.parametrize(("returncode", "expected"), [(0, True), (1, False)])
def test_passwordless_sudo(returncode: int, expected: bool) -> None:
    with (
        patch.object(host_observer.shutil, "which", return_value="/usr/bin/sudo"),
        patch.object(host_observer.subprocess, "run") as run,
    ):
        run.return_value.returncode = returncode
        assert host_observer._passwordless_sudo() is expected
        argv = run.call_args.args[0]
        assert argv == ["/usr/bin/sudo", "-n", "true"]
        assert run.call_args.kwargs["timeout"] == 2.0


def test_passwordless_sudo_timeout_is_unknown() -> None:
    import subprocess

    with (
        patch.object(host_observer.shutil, "which", return_value="/usr/bin/sudo"),
        patch.object(host_observer.subprocess, "run", side_effect=subprocess.TimeoutExpired("sudo", 2)),
    ):
        assert host_observer._passwordless_sudo() is None


def test_sudo_probe_tries_once_per_interval() -> None:
    now = [1000.0]
    with (
        patch.object(host_observer.shutil, "which", return_value="/usr/bin/sudo"),
        patch.object(host_observer.subprocess, "run") as run,
        patch.object(host_observer.time, "monotonic", side_effect=lambda: now[0]),
    ):
        run.return_value.returncode = 1
        probe = host_observer.SudoProbe(interval=3600)
        assert probe.result() is False
        run.return_value.returncode = 0  # a NOPASSWD rule added meanwhile
        now[0] += 3599
        assert probe.result() is False  # the kept answer: sudo not tried again
        assert run.call_count == 1
        now[0] += 1
        assert probe.result() is True
        assert run.call_count == 2


async def test_facts_do_not_try_sudo_at_every_request(
    hass: HomeAssistant, entry: MockConfigEntry, hass_ws_client: WebSocketGenerator
) -> None:
    """Every try by an account without sudo rights is a logged (and mailed) incident."""
    with (
        patch.object(host_observer.shutil, "which", return_value="/usr/bin/sudo"),
        patch.object(host_observer.subprocess, "run") as run,
    ):
        run.return_value.returncode = 1
        first = (await _facts(hass_ws_client, hass))["host"]
        second = (await _facts(hass_ws_client, hass))["host"]
    assert first["passwordless_sudo"] is False and second["passwordless_sudo"] is False
    sudo_calls = [c for c in run.call_args_list if c.args and c.args[0][:1] == ["/usr/bin/sudo"]]
    assert len(sudo_calls) == 1


async def test_a_failing_part_is_marked_and_the_others_still_arrive(
    hass: HomeAssistant, entry: MockConfigEntry, hass_ws_client: WebSocketGenerator
) -> None:
    client = await hass_ws_client(hass)
    with (
        patch(
            "custom_components.security_scorecard.facts._collect_files",
            side_effect=PermissionError("/config/secret-path"),
        ),
        patch(
            "custom_components.security_scorecard.facts.async_observe_host",
            side_effect=RuntimeError("CANARY-host-detail"),
        ),
    ):
        await client.send_json_auto_id({"type": "security_scorecard/facts"})
        msg = await client.receive_json()
    assert msg["success"]
    facts = msg["result"]
    # The marker names the part and the error type, never the path or message.
    assert facts["files"] == {"error": "files: PermissionError"}
    assert facts["host"] == {"error": "host: RuntimeError"}
    assert "secret-path" not in str(msg) and "CANARY" not in str(msg)
    for part in ("http", "auth_providers", "accounts", "tokens", "outline"):
        assert not (isinstance(facts[part], dict) and set(facts[part]) == {"error"}), part
    assert facts["outline"]["version"] == 1 and isinstance(facts["accounts"], list)


async def test_outline_timeout_is_truncated(hass: HomeAssistant) -> None:
    from custom_components.security_scorecard import facts as facts_module

    never = hass.loop.create_future()  # an outline walk that does not finish
    with (
        patch.object(hass, "async_add_executor_job", return_value=never),
        patch.object(facts_module, "FACTS_TIMEOUT", 0.01),
    ):
        outline = await facts_module.FactsCollector(hass).async_outline()
    assert outline["version"] == 1
    assert outline["files"] == []
    assert outline["truncated"]["limit"] == "max_seconds"


def test_payload_is_the_facts_in_parts_with_a_digest_that_ignores_token_use() -> None:
    import json

    from custom_components.security_scorecard.facts import _serialise, facts_message, full_body
    from custom_components.security_scorecard.outline.relevance import load_relevance

    relevance = load_relevance()
    entry = '{"line":1,"path":["password"],"tag":null,"type":"null"}'
    record = {"path": "configuration.yaml", "reachable": True, "mount": None, "error": None, "entries": [entry]}
    facts = {
        "schema_version": 1,
        "tokens": [{"id": "t1", "last_used_at": "2026-01-01T00:00:00+00:00", "last_used_ip": "10.0.0.2"}],
        "outline": {"version": 1, "files": [record], "truncated": None},
    }
    payload = _serialise(facts, relevance)
    wire_file = {
        "path": "configuration.yaml",
        "reachable": True,
        "mount": None,
        "error": None,
        "keys": ["password"],
        "nodes": [-1, 0],
        "entries": [[0, 1, 0, 4]],
    }
    expected = {
        "contract": 2,
        "kind": "full",
        "seq": 0,
        "schema_version": 1,
        "tokens": facts["tokens"],
        "outline": {"version": 1, "files": [wire_file], "truncated": None, "form": "relevant"},
    }
    assert json.loads(full_body(payload)) == expected
    assert payload.paths == ["configuration.yaml"]
    assert json.loads(facts_message("result", 7, full_body(payload))) == {"id": 7, "type": "result", "success": True, "result": expected}
    assert json.loads(facts_message("event", 8, full_body(payload))) == {"id": 8, "type": "event", "event": expected}
    # Token use changes on every request: not a change of the facts.
    used = {**facts, "tokens": [{**facts["tokens"][0], "last_used_at": "2026-02-02T00:00:00+00:00", "last_used_ip": "10.0.0.3"}]}
    assert _serialise(used, relevance).digest == payload.digest
    # A changed relevant outline entry or a new token is.
    moved = {**facts, "outline": {**facts["outline"], "files": [{**record, "entries": [entry.replace('"line":1', '"line":2')]}]}}
    assert _serialise(moved, relevance).digest != payload.digest
    assert _serialise({**facts, "tokens": [*facts["tokens"], {"id": "t2"}]}, relevance).digest != payload.digest
    # A part that could not be observed is serialised as its marker.
    failed = _serialise({**facts, "tokens": {"error": "tokens: RuntimeError"}}, relevance)
    assert json.loads(full_body(failed))["tokens"] == {"error": "tokens: RuntimeError"}
    assert failed.digest != payload.digest
