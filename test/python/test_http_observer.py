"""http_observer: the `http:` YAML path, run on every supported release.

Releases before 2026.8 have no UI-managed settings store, so the observer reads the running
server and configuration.yaml's `http:` block; 2026.8+ run from the store (test_facts.py
covers both through the WebSocket command, each on its own release). Here the store is taken
away the ways it can be missing or fail, so the YAML path and its normalisation are checked on
the current release as well as on 2024.3. No running server: every value comes from the YAML.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
import sys
import types
from typing import Any

import pytest

import homeassistant.components.http as http_package
from homeassistant.core import HomeAssistant

from custom_components.security_scorecard.http_observer import async_observe_http

CANARY = "CANARY-5f1e2d3c4b"
STORE_MODULE = "homeassistant.components.http.config"

HTTP_YAML = (
    "http:\n"
    "  server_host: 0.0.0.0\n"  # one string: a list of one
    "  server_port: 8443\n"
    "  ssl_certificate: /ssl/fullchain.pem\n"
    "  ssl_key: !secret ssl_key\n"
    "  ssl_profile: intermediate\n"
    '  use_x_forwarded_for: "on"\n'  # a string as HA's schema would coerce it
    "  trusted_proxies:\n"
    "    - 172.30.33.5/24\n"  # host bits set: normalised as HA parses it (strict=False)
    "    - not-a-network\n"  # kept as typed: the check reports it
    "  ip_ban_enabled: 0\n"
    "  login_attempts_threshold: many\n"  # not a number: the default
    "  cors_allowed_origins:\n"
    f"    - https://admin:{CANARY}@a.example/path\n"  # userinfo never leaves
    "    - https://b.example\n"
    "  use_x_frame_options: false\n"
)
FROM_YAML = {
    "ssl_certificate": True,
    "ssl_key": True,
    "ssl_profile": "intermediate",
    "server_host": ["0.0.0.0"],
    "server_port": 8443,
    "use_x_forwarded_for": True,
    "trusted_proxies": ["172.30.33.0/24", "not-a-network"],
    "ip_ban_enabled": False,
    "login_attempts_threshold": -1,
    "cors_allowed_origins": ["https://a.example/path", "https://b.example"],
    "use_x_frame_options": False,
    "origin": "yaml",
}
DEFAULTS = {
    "ssl_certificate": False,
    "ssl_key": False,
    "ssl_profile": "modern",
    "server_host": None,
    "server_port": 8123,
    "use_x_forwarded_for": False,
    "trusted_proxies": [],
    "ip_ban_enabled": True,
    "login_attempts_threshold": -1,
    "cors_allowed_origins": ["https://cast.home-assistant.io"],
    "use_x_frame_options": True,
    "origin": "default",
}


class _Store:
    """The parts of 2026.8+'s HTTPConfigStore the observer reads (http/config.py)."""

    def __init__(self, active: str, pending: dict[str, Any] | None) -> None:
        self.active_config_type = active
        self.stable = {"server_port": 9999}
        self.pending = pending
        self.default = {"server_port": 9999}


def _no_module(monkeypatch: pytest.MonkeyPatch) -> None:
    """Before 2026.8: there is no http/config.py to import."""
    monkeypatch.delattr(http_package, "config", raising=False)
    monkeypatch.setitem(sys.modules, STORE_MODULE, None)  # import raises ModuleNotFoundError


def _store_module(monkeypatch: pytest.MonkeyPatch, **functions: Callable[..., Any]) -> None:
    module = types.ModuleType(STORE_MODULE)
    for name, function in functions.items():
        setattr(module, name, function)
    monkeypatch.setitem(sys.modules, STORE_MODULE, module)
    monkeypatch.setattr(http_package, "config", module, raising=False)


def _module_without_the_loader(monkeypatch: pytest.MonkeyPatch) -> None:
    """An http/config.py without async_get_and_load_store (a release that never had the store)."""
    _store_module(monkeypatch)


def _store_that_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    async def async_get_and_load_store(_hass: HomeAssistant) -> _Store:
        raise OSError("storage unreadable")

    _store_module(monkeypatch, async_get_and_load_store=async_get_and_load_store)


def _active_slot_empty(monkeypatch: pytest.MonkeyPatch) -> None:
    """The store names `pending` active while it holds none (promoted or reverted meanwhile)."""

    async def async_get_and_load_store(_hass: HomeAssistant) -> _Store:
        return _Store("pending", None)

    _store_module(monkeypatch, async_get_and_load_store=async_get_and_load_store)


NO_STORE: dict[str, Callable[[pytest.MonkeyPatch], None]] = {
    "no store module": _no_module,
    "module without the loader": _module_without_the_loader,
    "store fails to load": _store_that_fails,
    "active slot empty": _active_slot_empty,
}


@pytest.fixture(params=list(NO_STORE))
def without_store(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    NO_STORE[request.param](monkeypatch)


async def test_yaml_block_read_and_normalised(hass: HomeAssistant, config_dir: Path, without_store: None) -> None:
    (config_dir / "configuration.yaml").write_text(HTTP_YAML, encoding="utf-8")
    (config_dir / "secrets.yaml").write_text(f"ssl_key: /ssl/{CANARY}.pem\n", encoding="utf-8")
    http = await async_observe_http(hass)
    assert http == FROM_YAML
    assert CANARY not in repr(http)


async def test_no_http_block_is_the_built_in_defaults(hass: HomeAssistant, config_dir: Path, without_store: None) -> None:
    http = await async_observe_http(hass)
    assert http == DEFAULTS


@pytest.mark.parametrize(
    "text",
    [
        "http: [unclosed\n",  # not YAML
        "http:\n  ssl_key: !secret absent\n",  # a secret that is not there
        "http: not-a-mapping\n",
        "- a list, not a mapping\n",
    ],
)
async def test_unusable_configuration_is_the_defaults(
    hass: HomeAssistant, config_dir: Path, without_store: None, text: str
) -> None:
    """Whatever configuration.yaml holds, the observer answers; it never raises or guesses."""
    (config_dir / "configuration.yaml").write_text(text, encoding="utf-8")
    assert await async_observe_http(hass) == DEFAULTS
