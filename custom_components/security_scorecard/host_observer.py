"""The process and installation (HostFacts of src/facts/types.ts)."""

from __future__ import annotations

import grp
import os
import pwd
import shutil
import subprocess
import threading
import time
from typing import Any

from homeassistant.core import HomeAssistant
from homeassistant.helpers.system_info import async_get_system_info

from .const import SUDO_PROBE_INTERVAL, SUDO_TIMEOUT

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


class SudoProbe:
    """`_passwordless_sudo()`, tried at most once per SUDO_PROBE_INTERVAL.

    For the dedicated unprivileged account we advise, every try is a denied sudo attempt:
    written to the auth log and, with sudo's defaults (`mail_no_user`), mailed to root as
    an incident. The card asks for facts whenever a dashboard opens, so the answer is kept
    (sudoers rules change rarely; reloading the integration tries again at once).
    """

    def __init__(self, interval: float = SUDO_PROBE_INTERVAL) -> None:
        self._interval = interval
        self._lock = threading.Lock()  # two executor threads never probe twice
        self._value: bool | None = None
        self._tried_at: float | None = None

    def result(self) -> bool | None:
        """The last answer, or a new one when it is older than the interval (blocking)."""
        with self._lock:
            now = time.monotonic()
            if self._tried_at is None or now - self._tried_at >= self._interval:
                self._value = _passwordless_sudo()
                self._tried_at = now
            return self._value


def _observe_process(probe: SudoProbe | None) -> dict[str, Any]:
    facts = _process_identity()
    facts["passwordless_sudo"] = probe.result() if probe is not None else _passwordless_sudo()
    return facts


async def async_observe_host(hass: HomeAssistant, probe: SudoProbe | None = None) -> dict[str, Any]:
    """Return HostFacts (`probe`: the loaded entry's, so sudo is not tried at every call)."""
    process = await hass.async_add_executor_job(_observe_process, probe)
    info = await async_get_system_info(hass)
    return {
        **process,
        "installation_type": str(info.get("installation_type", "Unknown")),
        "docker": bool(info.get("docker", False)),
        "virtualenv": bool(info.get("virtualenv", False)),
        "safe_mode": bool(getattr(hass.config, "safe_mode", False)),
        "recovery_mode": bool(getattr(hass.config, "recovery_mode", False)),
    }
