"""Add-on settings as shapes (AddonSettingsFacts of src/facts/types.ts).

Only the server reads add-on info: `/addons/<slug>/info` carries the add-on's `options`,
which hold passwords and keys. Everything is reduced here to booleans, counts, port numbers
and allow-listed networks; no option value (other than a port or a network that parses as
one) leaves this module, and no exception message does either (callers log error types).

Shapes read (home-assistant/supervisor):
- supervisor/api/addons.py `APIAddons.list` (`/addons`: `addons[].slug`) and `APIAddons.info`
  (`/addons/<slug>/info`: name, slug, repository, state, version, version_latest,
  update_available, boot, protected, rating, auto_update, network, webui, ingress,
  ingress_panel, host_network, host_pid, docker_api, hassio_role, apparmor, privileged,
  full_access, devices, usb, uart, gpio, video, audio, options);
- supervisor/api/supervisor.py `APISupervisor.info` (`/supervisor/info`: debug, debug_block,
  diagnostics, channel);
- supervisor/addons/validate.py (`boot` auto|manual, `apparmor` bool in config.yaml,
  reported by the API as "default" | "disable" | "profile").

Known add-ons and the option keys read (their config.yaml `options`/`schema`):
- `core_ssh` home-assistant/addons ssh/config.yaml: password, authorized_keys;
- `a0d7b954_ssh` hassio-addons/addon-ssh ssh/config.yaml: ssh.password, ssh.authorized_keys,
  ssh.sftp, ssh.compatibility_mode;
- `core_samba` home-assistant/addons samba/config.yaml: password, allow_hosts,
  compatibility_mode (SMB1/NT1, samba/rootfs/usr/share/tempio/smb.gtpl);
- `core_mosquitto` home-assistant/addons mosquitto/config.yaml: logins, customize.active,
  and the pre-6.0 `anonymous` option (mosquitto/rootfs/usr/share/tempio/mosquitto.gtpl sets no
  allow_anonymous, so Mosquitto 2's default "off" holds unless a customize file changes it);
- `a0d7b954_ftp` hassio-addons/addon-ftp ftp/config.yaml: port, ssl, users.
"""

from __future__ import annotations

import asyncio
import ipaddress
import re
from typing import Any

from homeassistant.core import HomeAssistant

HASSIO = "hassio"
SUPERVISOR_TIMEOUT = 10

# Supervisor slugs: [a-z0-9_] (supervisor/store/validate.py); anything else is not put into a path.
_SLUG = re.compile(r"^[A-Za-z0-9_.-]{1,128}$")
# supervisor/addons/addon.py `webui`: "http://[HOST]:<host port>/…" once the port is mapped.
_WEBUI_PORT = re.compile(r"^[a-z]+://\[HOST\]:(\d{1,5})(?:/|$)")
_CONTAINER_PORT = re.compile(r"^\d{1,5}(?:/(?:tcp|udp))?$")


class AddonShapeError(Exception):
    """The Supervisor answered with a shape we do not know; the message names the field only."""


async def _supervisor_get(hass: HomeAssistant, path: str) -> Any:
    """`data` of a Supervisor GET, through Home Assistant's hassio handler.

    The one place the releases differ in how the handler is reached. 2024.3.3 keeps the
    `HassIO` handler at `hass.data["hassio"]` (hassio/handler.py, `send_command`); 2026.10.4
    keeps the same class at `hass.data[DATA_COMPONENT]` (a HassKey spelled "hassio") and adds
    the typed aiohasupervisor client (`get_supervisor_client`). The raw handler is used on
    both: its answer is the Supervisor's own JSON, so one reducer reads one shape, while
    aiohasupervisor's models rename and drop keys between versions.
    """
    handler = hass.data.get(HASSIO)
    if handler is None or not hasattr(handler, "send_command"):
        raise AddonShapeError("hassio handler not available")
    answer = await handler.send_command(path, method="get", timeout=SUPERVISOR_TIMEOUT)
    if not isinstance(answer, dict) or answer.get("result") != "ok":
        raise AddonShapeError(f"{_label(path)}: not ok")
    return answer.get("data")


def _label(path: str) -> str:
    """The endpoint for messages, with the slug replaced (it is harmless, but keep them uniform)."""
    return re.sub(r"^/addons/[^/]+/", "/addons/<slug>/", path)


def _req(data: Any, key: str, kind: type | tuple[type, ...], where: str) -> Any:
    value = data.get(key) if isinstance(data, dict) else None
    # bool is an int: a port or rating must not be a bool.
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise AddonShapeError(f"{where}: unexpected shape at {key}")
    return value


def _opt_bool(data: dict[str, Any], key: str) -> bool:
    return data.get(key) is True


def _opt_str(data: dict[str, Any], key: str) -> str | None:
    value = data.get(key)
    return value if isinstance(value, str) else None


def _is_set(value: Any) -> bool:
    """A credential option is set: a non-empty string (never the value itself)."""
    return isinstance(value, str) and value != ""


def _count_strings(value: Any) -> int:
    return sum(1 for item in value if _is_set(item)) if isinstance(value, list) else 0


def _ports(network: Any) -> list[dict[str, Any]]:
    """`network` {"22/tcp": 22 | null}: container port → host port, or none when disabled."""
    if network is None:
        return []
    if not isinstance(network, dict):
        raise AddonShapeError("/addons/<slug>/info: unexpected shape at network")
    ports = []
    for container, host in sorted(network.items()):
        if not isinstance(container, str) or not _CONTAINER_PORT.match(container):
            raise AddonShapeError("/addons/<slug>/info: unexpected shape at network")
        ok_host = isinstance(host, int) and not isinstance(host, bool) and 0 < host < 65536
        ports.append({"container": container, "host": host if ok_host else None})
    return ports


def _webui_port(webui: Any) -> int | None:
    if not isinstance(webui, str):
        return None
    match = _WEBUI_PORT.match(webui)
    return int(match.group(1)) if match else None


def _networks(value: Any) -> tuple[list[str], int]:
    """Allow-listed networks, normalised; entries that are no network are only counted."""
    networks: list[str] = []
    unparsed = 0
    for item in value if isinstance(value, list) else []:
        try:
            networks.append(str(ipaddress.ip_network(item.strip(), strict=False)))
        except (AttributeError, ValueError):
            unparsed += 1
    return networks, unparsed


def _ssh_official(options: dict[str, Any]) -> dict[str, Any]:
    return {
        "kind": "ssh",
        "password_set": _is_set(options.get("password")),
        "authorized_keys": _count_strings(options.get("authorized_keys")),
        "sftp": None,
        "compatibility_mode": None,
    }


def _ssh_community(options: dict[str, Any]) -> dict[str, Any]:
    ssh = options.get("ssh") if isinstance(options.get("ssh"), dict) else {}
    return {
        "kind": "ssh",
        "password_set": _is_set(ssh.get("password")),
        "authorized_keys": _count_strings(ssh.get("authorized_keys")),
        "sftp": _opt_bool(ssh, "sftp"),
        "compatibility_mode": _opt_bool(ssh, "compatibility_mode"),
    }


def _samba(options: dict[str, Any]) -> dict[str, Any]:
    networks, unparsed = _networks(options.get("allow_hosts"))
    return {
        "kind": "samba",
        "password_set": _is_set(options.get("password")),
        "allow_hosts": networks,
        "allow_hosts_unparsed": unparsed,
        "compatibility_mode": _opt_bool(options, "compatibility_mode"),
    }


def _mosquitto(options: dict[str, Any]) -> dict[str, Any]:
    customize = options.get("customize") if isinstance(options.get("customize"), dict) else {}
    anonymous = options.get("anonymous")
    return {
        "kind": "mosquitto",
        "logins": len(options["logins"]) if isinstance(options.get("logins"), list) else 0,
        "anonymous": anonymous if isinstance(anonymous, bool) else None,
        "customize_active": _opt_bool(customize, "active"),
    }


def _ftp(options: dict[str, Any]) -> dict[str, Any]:
    port = options.get("port")
    return {
        "kind": "ftp",
        "port": port if isinstance(port, int) and not isinstance(port, bool) else None,
        "ssl": _opt_bool(options, "ssl"),
        "users": len(options["users"]) if isinstance(options.get("users"), list) else 0,
    }


KNOWN_OPTIONS = {
    "core_ssh": _ssh_official,
    "a0d7b954_ssh": _ssh_community,
    "core_samba": _samba,
    "core_mosquitto": _mosquitto,
    "a0d7b954_ftp": _ftp,
}


def reduce_addon(info: Any) -> dict[str, Any]:
    """One `/addons/<slug>/info` answer as AddonSettings: shapes only, never an option value."""
    where = "/addons/<slug>/info"
    slug = _req(info, "slug", str, where)
    if not _SLUG.match(slug):
        raise AddonShapeError(f"{where}: unexpected shape at slug")
    privileged = _req(info, "privileged", list, where)
    apparmor = info.get("apparmor")
    devices = info.get("devices")
    options = info.get("options")
    reducer = KNOWN_OPTIONS.get(slug)
    return {
        "slug": slug,
        "name": _req(info, "name", str, where),
        "repository": _opt_str(info, "repository"),
        "state": _req(info, "state", str, where),
        "version": _opt_str(info, "version"),
        "version_latest": _opt_str(info, "version_latest"),
        "update_available": _opt_bool(info, "update_available"),
        "boot": _opt_str(info, "boot"),
        "protected": _req(info, "protected", bool, where),
        "rating": _req(info, "rating", int, where),
        "auto_update": _opt_bool(info, "auto_update"),
        "ports": _ports(info.get("network")),
        "webui_port": _webui_port(info.get("webui")),
        "ingress": _opt_bool(info, "ingress"),
        "ingress_panel": info.get("ingress_panel") if isinstance(info.get("ingress_panel"), bool) else None,
        "host_network": _req(info, "host_network", bool, where),
        "host_pid": _opt_bool(info, "host_pid"),
        "docker_api": _opt_bool(info, "docker_api"),
        "hassio_role": _opt_str(info, "hassio_role"),
        "apparmor": apparmor if isinstance(apparmor, str) else None,
        "privileged": sorted(p for p in privileged if isinstance(p, str)),
        "full_access": _req(info, "full_access", bool, where),
        "devices": len(devices) if isinstance(devices, list) else 0,
        "usb": _opt_bool(info, "usb"),
        "uart": _opt_bool(info, "uart"),
        "gpio": _opt_bool(info, "gpio"),
        "video": _opt_bool(info, "video"),
        "audio": _opt_bool(info, "audio"),
        "options": reducer(options) if reducer is not None and isinstance(options, dict) else None,
    }


def reduce_supervisor(info: Any) -> dict[str, Any]:
    """`/supervisor/info` reduced to the settings that matter here."""
    where = "/supervisor/info"
    diagnostics = info.get("diagnostics") if isinstance(info, dict) else None
    return {
        "debug": _req(info, "debug", bool, where),
        "debug_block": _opt_bool(info, "debug_block"),
        "diagnostics": diagnostics if isinstance(diagnostics, bool) else None,
        "channel": _opt_str(info, "channel"),
    }


async def async_observe_addons(hass: HomeAssistant) -> dict[str, Any]:
    """AddonSettingsFacts, or `{"absent": "supervisor"}` on Container/Core installs."""
    if HASSIO not in hass.config.components:
        return {"absent": "supervisor"}
    supervisor, listing = await asyncio.gather(
        _supervisor_get(hass, "/supervisor/info"), _supervisor_get(hass, "/addons")
    )
    entries = _req(listing, "addons", list, "/addons")
    slugs = [_req(entry, "slug", str, "/addons") for entry in entries]
    if any(not _SLUG.match(slug) for slug in slugs):
        raise AddonShapeError("/addons: unexpected shape at slug")
    infos = await asyncio.gather(*(_supervisor_get(hass, f"/addons/{slug}/info") for slug in slugs))
    return {
        "supervisor": reduce_supervisor(supervisor),
        "addons": [reduce_addon(info) for info in infos],
    }
