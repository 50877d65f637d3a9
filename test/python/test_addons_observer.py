"""addon_settings: add-on settings reduced to shapes, from the stand-in Supervisor's fixtures.

The fixtures (test/fixtures/supervisor/) are the answers the real-HA tests' stand-in serves;
here a fake `hassio` handler serves the same JSON through `send_command`, the call both
releases' handler has (hassio/handler.py HassIO.send_command).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from homeassistant.core import HomeAssistant

from custom_components.security_scorecard.addons_observer import reduce_addon

FIXTURES = Path(__file__).parents[1] / "fixtures" / "supervisor"
CANARY = "CNRY-addon-9f3e"


def _routes(addon_set: str) -> dict[str, Any]:
    routes: dict[str, Any] = {}
    for name in ("system", addon_set):
        doc = json.loads((FIXTURES / f"{name}.json").read_text())
        routes.update({path: route["data"] for path, route in doc["routes"].items()})
    return routes


class FakeHassIO:
    """Answers `send_command(path, method="get")` as the Supervisor would, from the fixtures."""

    def __init__(self, routes: dict[str, Any], fail: Exception | None = None) -> None:
        self.routes = routes
        self.fail = fail
        self.asked: list[str] = []

    async def send_command(self, command: str, method: str = "post", **_: Any) -> dict[str, Any]:
        self.asked.append(f"{method} {command}")
        if self.fail is not None:
            raise self.fail
        return {"result": "ok", "data": self.routes[command]}


async def _facts(hass_ws_client: WebSocketGenerator, hass: HomeAssistant) -> tuple[dict[str, Any], str]:
    client = await hass_ws_client(hass)
    await client.send_json_auto_id({"type": "security_scorecard/facts"})
    raw = await client.receive_str()  # the frame as sent, to search for the canary
    msg = json.loads(raw)
    assert msg["success"], msg
    return msg["result"], raw


def _with_supervisor(hass: HomeAssistant, handler: FakeHassIO) -> None:
    hass.config.components.add("hassio")
    hass.data["hassio"] = handler


async def test_no_supervisor_says_so(
    hass: HomeAssistant, entry: MockConfigEntry, hass_ws_client: WebSocketGenerator
) -> None:
    facts, _ = await _facts(hass_ws_client, hass)
    assert facts["addon_settings"] == {"absent": "supervisor"}


async def test_weak_set_as_shapes_without_the_canary(
    hass: HomeAssistant, entry: MockConfigEntry, hass_ws_client: WebSocketGenerator
) -> None:
    handler = FakeHassIO(_routes("weak"))
    _with_supervisor(hass, handler)
    facts, raw = await _facts(hass_ws_client, hass)
    assert CANARY not in raw
    settings = facts["addon_settings"]
    assert settings["supervisor"] == {"debug": True, "debug_block": False, "diagnostics": True, "channel": "stable"}
    by_slug = {a["slug"]: a for a in settings["addons"]}
    assert list(by_slug) == ["core_ssh", "core_samba", "core_mosquitto", "a0d7b954_ftp", "a0d7b954_portainer"]
    ssh = by_slug["core_ssh"]
    assert ssh["options"] == {"kind": "ssh", "password_set": True, "authorized_keys": 0, "sftp": None, "compatibility_mode": None}
    assert ssh["ports"] == [{"container": "22/tcp", "host": 22}]
    assert (ssh["ingress"], ssh["webui_port"], ssh["hassio_role"], ssh["repository"]) == (True, None, "manager", "core")
    assert by_slug["core_samba"]["options"] == {
        "kind": "samba",
        "password_set": True,
        "allow_hosts": ["10.0.0.0/8", "192.168.0.0/16", "0.0.0.0/0"],
        "allow_hosts_unparsed": 0,
        "compatibility_mode": True,
    }
    assert by_slug["core_mosquitto"]["options"] == {"kind": "mosquitto", "logins": 1, "anonymous": True, "customize_active": False}
    assert by_slug["a0d7b954_ftp"]["options"] == {"kind": "ftp", "port": 21, "ssl": False, "users": 1}
    assert (by_slug["a0d7b954_ftp"]["apparmor"], by_slug["a0d7b954_ftp"]["privileged"]) == ("disable", ["SYS_ADMIN"])
    portainer = by_slug["a0d7b954_portainer"]
    assert (portainer["docker_api"], portainer["webui_port"], portainer["options"]) == (True, 9000, None)
    assert portainer["ports"] == [{"container": "8000/tcp", "host": None}, {"container": "9000/tcp", "host": 9000}]
    # Only GETs, and never anything that changes the Supervisor.
    assert all(asked.startswith("get ") for asked in handler.asked)


async def test_hardened_set_as_shapes_without_the_canary(
    hass: HomeAssistant, entry: MockConfigEntry, hass_ws_client: WebSocketGenerator
) -> None:
    _with_supervisor(hass, FakeHassIO(_routes("hardened")))
    facts, raw = await _facts(hass_ws_client, hass)
    assert CANARY not in raw
    by_slug = {a["slug"]: a for a in facts["addon_settings"]["addons"]}
    # The key's comment holds the canary: counted, never sent.
    assert by_slug["core_ssh"]["options"]["authorized_keys"] == 1
    assert by_slug["core_ssh"]["options"]["password_set"] is False
    assert by_slug["core_mosquitto"]["options"]["anonymous"] is None
    assert facts["addon_settings"]["supervisor"]["debug"] is False


async def test_unknown_shape_names_the_field_only(
    hass: HomeAssistant, entry: MockConfigEntry, hass_ws_client: WebSocketGenerator
) -> None:
    routes = _routes("weak")
    routes["/addons/core_ssh/info"] = {**routes["/addons/core_ssh/info"], "rating": CANARY}
    _with_supervisor(hass, FakeHassIO(routes))
    facts, raw = await _facts(hass_ws_client, hass)
    assert facts["addon_settings"] == {"error": "addon_settings: /addons/<slug>/info: unexpected shape at rating"}
    assert CANARY not in raw
    # The other parts still arrive.
    assert "uid" in facts["host"]


async def test_supervisor_error_is_the_part_error(
    hass: HomeAssistant, entry: MockConfigEntry, hass_ws_client: WebSocketGenerator
) -> None:
    _with_supervisor(hass, FakeHassIO({}, fail=RuntimeError(f"bad answer {CANARY}")))
    facts, raw = await _facts(hass_ws_client, hass)
    assert facts["addon_settings"] == {"error": "addon_settings: RuntimeError"}
    assert CANARY not in raw


@pytest.mark.parametrize(
    ("allow_hosts", "networks", "unparsed"),
    [
        (["192.168.1.7/24", " fe80::/10 "], ["192.168.1.0/24", "fe80::/10"], 0),
        (["nas.local", CANARY, 42], [], 3),
    ],
)
def test_samba_networks_only(allow_hosts: list[Any], networks: list[str], unparsed: int) -> None:
    info = _routes("weak")["/addons/core_samba/info"]
    reduced = reduce_addon({**info, "options": {**info["options"], "allow_hosts": allow_hosts}})
    assert (reduced["options"]["allow_hosts"], reduced["options"]["allow_hosts_unparsed"]) == (networks, unparsed)
    assert CANARY not in json.dumps(reduced)


# The stand-in's answers must be what Home Assistant's own client accepts, or the real-HA
# tests would test a Supervisor that cannot exist. aiohasupervisor is 2026.10.4's client;
# 2024.3.3 reads the same JSON untyped.
_MODELS = {
    "/info": "root.RootInfo",
    "/host/info": "host.HostInfo",
    "/os/info": "os.OSInfo",
    "/core/info": "homeassistant.HomeAssistantInfo",
    "/core/stats": "homeassistant.HomeAssistantStats",
    "/supervisor/info": "supervisor.SupervisorInfo",
    "/supervisor/stats": "supervisor.SupervisorStats",
    "/network/info": "network.NetworkInfo",
    "/ingress/panels": "ingress.IngressPanels",
    "/jobs/info": "jobs.JobsInfo",
    "/mounts": "mounts.MountsInfo",
    "/resolution/info": "resolution.ResolutionInfo",
    "/store": "addons.StoreInfo",
    "/addons": "addons.AddonsList",
    "/addons/*/stats": "addons.AddonsStats",
    "/discovery": "discovery.DiscoveryList",
    "/backups": "backups.BackupList",
    "/backups/info": "backups.BackupsInfo",
}


@pytest.mark.parametrize("addon_set", ["weak", "hardened"])
def test_fixtures_parse_with_home_assistants_client(addon_set: str) -> None:
    models = pytest.importorskip("aiohasupervisor.models")
    import importlib  # noqa: PLC0415

    def model(name: str) -> Any:
        module, cls = name.split(".")
        return getattr(importlib.import_module(f"aiohasupervisor.models.{module}"), cls)

    routes = _routes(addon_set)
    for path, name in _MODELS.items():
        model(name).from_dict(routes[path])
    addon_info = model("addons.InstalledAddonComplete")
    for path, data in routes.items():
        if path.startswith("/addons/") and path.endswith("/info"):
            assert addon_info.from_dict(data).slug == path.split("/")[2]
    assert models is not None
