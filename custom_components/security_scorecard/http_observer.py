"""HTTP server settings (ServerFacts.http / HttpSettings of src/facts/types.ts).

Where each value is read, in order of preference:
1. The UI-managed settings of Home Assistant 2026.8+ (homeassistant/components/http/config.py:
   `async_get_and_load_store` gives the HTTPConfigStore with `stable`, `pending` and `default`
   slots; `active_config_type` names the one the running server started with); origin
   "store". From then on the `http:` YAML is migrated once and ignored.
2. The running server: `hass.http` (HomeAssistantHTTP keeps ssl_certificate, ssl_key,
   server_host, server_port, trusted_proxies, ssl_profile) and the ban middleware keys on
   its aiohttp app (http/ban.py KEY_BAN_MANAGER / KEY_LOGIN_THRESHOLD).
3. configuration.yaml's `http:` key for what the server keeps only inside middlewares
   (use_x_forwarded_for, cors_allowed_origins, use_x_frame_options); origin "yaml", or
   "default" when there is no `http:` key.
Paths of certificates are reported as booleans only.
"""

from __future__ import annotations

from ipaddress import ip_network
import logging
from pathlib import Path
from typing import Any

from homeassistant.core import HomeAssistant

_LOGGER = logging.getLogger(__name__)

# homeassistant/components/http/__init__.py defaults (HTTP_SCHEMA).
DEFAULT_PORT = 8123
NO_LOGIN_ATTEMPT_THRESHOLD = -1


def _str_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, (str, bytes)) or not isinstance(value, (list, tuple, set, frozenset)):
        value = [value]
    return [str(item) for item in value]


def _origins(value: Any) -> list[str]:
    """CORS origins without userinfo: an origin never carries credentials, a typo might."""
    out: list[str] = []
    for item in _str_list(value):
        scheme, sep, rest = item.partition("://")
        if sep and "@" in rest.split("/", 1)[0]:
            item = f"{scheme}://{rest.split('@', 1)[1]}"
        out.append(item)
    return out


def _network_list(value: Any) -> list[str]:
    """CIDR strings, as HA would parse them (invalid entries are kept as typed)."""
    out: list[str] = []
    for item in _str_list(value):
        try:
            out.append(str(ip_network(item, strict=False)))
        except ValueError:
            out.append(item)
    return out


def _bool(value: Any, default: bool) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "on", "enable")
    if isinstance(value, (int, float)):
        return bool(value)
    return default


def _int(value: Any, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _load_yaml_http(config_dir: str) -> tuple[dict[str, Any] | None, str | None]:
    """Return the `http:` mapping of configuration.yaml (blocking: run in an executor).

    Uses Home Assistant's own loader so !include and !secret resolve as they do at
    startup. The values never leave this module except through the normalised fields.
    """
    # Local import: loading the YAML machinery is only needed here.
    from homeassistant.config import YAML_CONFIG_FILE, load_yaml_config_file  # noqa: PLC0415
    from homeassistant.util.yaml import Secrets  # noqa: PLC0415

    try:
        config = load_yaml_config_file(
            str(Path(config_dir) / YAML_CONFIG_FILE), Secrets(Path(config_dir))
        )
    except Exception as err:  # noqa: BLE001 - any failure: report defaults, say why
        # Only the exception type: YAML error text can quote the offending line.
        return None, type(err).__name__
    http = config.get("http") if isinstance(config, dict) else None
    return (http if isinstance(http, dict) else None), None


# The settings of a store slot; its metadata (created_at is a datetime, error a status) stays out.
_STORE_KEYS = frozenset(
    {
        "server_host", "server_port", "ssl_certificate", "ssl_peer_certificate", "ssl_key",
        "cors_allowed_origins", "use_x_forwarded_for", "trusted_proxies",
        "login_attempts_threshold", "ip_ban_enabled", "ssl_profile", "use_x_frame_options",
    }
)


async def _async_load_store(hass: HomeAssistant) -> tuple[dict[str, Any], str] | None:
    """(settings, origin) the server runs with, UI-managed (2026.8+); None before that.

    The origin is "default" when the server started from the built-in defaults, as
    src/collect/sources/server.ts mapHttpConfig says for the same store over `http/config`.
    """
    try:
        from homeassistant.components.http import config as http_config  # noqa: PLC0415
    except ImportError:
        return None
    get_store = getattr(http_config, "async_get_and_load_store", None)
    if get_store is None:
        return None
    try:
        store = await get_store(hass)
        active = str(getattr(store, "active_config_type", "stable"))
        if active == "pending":
            slot = store.pending
        elif active == "default":
            slot = store.default
        else:
            slot = store.stable
    except Exception:  # noqa: BLE001 - fall back to YAML and the running server
        _LOGGER.debug("http settings store could not be read")
        return None
    if not isinstance(slot, dict):
        return None
    data = {key: value for key, value in slot.items() if key in _STORE_KEYS}
    return data, ("default" if active == "default" else "store")


def _ban_settings(hass: HomeAssistant) -> tuple[bool | None, int | None]:
    """ip_ban_enabled and login_attempts_threshold from the running server's app."""
    server = getattr(hass, "http", None)
    app = getattr(server, "app", None)
    if app is None:
        return None, None
    try:
        from homeassistant.components.http.ban import (  # noqa: PLC0415
            KEY_BAN_MANAGER,
            KEY_LOGIN_THRESHOLD,
        )
    except ImportError:
        return None, None
    try:
        # The keys are strings on 2024.3 and aiohttp AppKeys later: importing them works for both.
        enabled = KEY_BAN_MANAGER in app
        threshold = app.get(KEY_LOGIN_THRESHOLD) if enabled else None
    except Exception:  # noqa: BLE001
        return None, None
    return enabled, (int(threshold) if isinstance(threshold, int) else None)


async def async_observe_http(hass: HomeAssistant) -> dict[str, Any]:
    """Return HttpSettings."""
    stored = await _async_load_store(hass)
    if stored is not None:
        conf, origin = stored
    else:
        yaml_conf, _error = await hass.async_add_executor_job(
            _load_yaml_http, hass.config.config_dir
        )
        conf, origin = (yaml_conf, "yaml") if yaml_conf is not None else ({}, "default")

    server = getattr(hass, "http", None)
    ban_enabled, threshold = _ban_settings(hass)

    def running(attr: str, fallback: Any) -> Any:
        value = getattr(server, attr, None) if server is not None else None
        return fallback if value is None else value

    server_host = running("server_host", conf.get("server_host"))
    return {
        "ssl_certificate": bool(running("ssl_certificate", conf.get("ssl_certificate"))),
        "ssl_key": bool(running("ssl_key", conf.get("ssl_key"))),
        "ssl_profile": str(running("ssl_profile", conf.get("ssl_profile") or "modern")),
        "server_host": _str_list(server_host) if server_host else None,
        "server_port": _int(running("server_port", conf.get("server_port")), DEFAULT_PORT),
        "use_x_forwarded_for": _bool(conf.get("use_x_forwarded_for"), False),
        "trusted_proxies": _network_list(
            running("trusted_proxies", None) or conf.get("trusted_proxies")
        ),
        "ip_ban_enabled": ban_enabled
        if ban_enabled is not None
        else _bool(conf.get("ip_ban_enabled"), True),
        "login_attempts_threshold": threshold
        if threshold is not None
        else _int(conf.get("login_attempts_threshold"), NO_LOGIN_ATTEMPT_THRESHOLD),
        "cors_allowed_origins": _origins(
            conf.get("cors_allowed_origins", ["https://cast.home-assistant.io"])
        ),
        "use_x_frame_options": _bool(conf.get("use_x_frame_options"), True),
        "origin": origin,
    }
