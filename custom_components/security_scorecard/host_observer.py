"""The process and installation (HostFacts of src/facts/types.ts)."""

from __future__ import annotations

import grp
import os
import pwd
import shutil
import subprocess
from typing import Any

from homeassistant.core import HomeAssistant
from homeassistant.helpers.system_info import async_get_system_info

from .const import SUDO_TIMEOUT

SUDO_GROUPS = ("sudo", "wheel", "admin")


def _process_identity() -> dict[str, Any]:
    """uid, user name and sudo-group membership (blocking: nss lookups)."""
    uid = os.getuid()
    try:
        user: str | None = pwd.getpwuid(uid).pw_name
    except KeyError:
        user = None
    group_ids = set(os.getgroups()) | {os.getgid()}
    in_sudo_group = False
    for name in SUDO_GROUPS:
        try:
            group = grp.getgrnam(name)
        except KeyError:
            continue
        if group.gr_gid in group_ids or (user is not None and user in group.gr_mem):
            in_sudo_group = True
            break
    return {"uid": uid, "user": user, "is_root": uid == 0, "in_sudo_group": in_sudo_group}


def _passwordless_sudo() -> bool | None:
    """`sudo -n true` succeeds without a password; None when sudo is absent or hangs."""
    sudo = shutil.which("sudo")
    if sudo is None:
        return None
    try:
        result = subprocess.run(  # noqa: S603 - fixed argv, no shell
            [sudo, "-n", "true"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=SUDO_TIMEOUT,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return result.returncode == 0


def _observe_process() -> dict[str, Any]:
    facts = _process_identity()
    facts["passwordless_sudo"] = _passwordless_sudo()
    return facts


async def async_observe_host(hass: HomeAssistant) -> dict[str, Any]:
    """Return HostFacts."""
    process = await hass.async_add_executor_job(_observe_process)
    info = await async_get_system_info(hass)
    return {
        **process,
        "installation_type": str(info.get("installation_type", "Unknown")),
        "docker": bool(info.get("docker", False)),
        "virtualenv": bool(info.get("virtualenv", False)),
        "safe_mode": bool(getattr(hass.config, "safe_mode", False)),
        "recovery_mode": bool(getattr(hass.config, "recovery_mode", False)),
    }
