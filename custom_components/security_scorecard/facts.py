"""Assemble ServerFacts (src/facts/types.ts) from the observers.

Outline and file modes are walked in an executor with a time bound. When a part cannot
be observed the whole answer fails with a message naming the part: ServerFacts has no
per-part "unavailable", and a made-up default would read as a finding.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
import hashlib
import json
import logging
import os
from pathlib import Path
from typing import Any

from homeassistant.core import HomeAssistant

from .auth_observer import async_observe_accounts, async_observe_tokens, observe_auth_providers
from .const import FACTS_TIMEOUT, SCHEMA_VERSION
from .host_observer import async_observe_host
from .http_observer import async_observe_http

_LOGGER = logging.getLogger(__name__)


class FactsError(Exception):
    """A part of the facts could not be observed; the message names the part, never a value."""


def _build_outline(config_dir: str) -> dict[str, Any]:
    from .outline import build_outline  # noqa: PLC0415 - written in parallel; import late

    return build_outline(config_dir)


def _collect_files(config_dir: str) -> dict[str, Any]:
    from .files_observer import collect_files  # noqa: PLC0415

    return collect_files(config_dir)


async def _in_executor(hass: HomeAssistant, part: str, func: Any, *args: Any) -> Any:
    try:
        return await asyncio.wait_for(
            hass.async_add_executor_job(func, *args), timeout=FACTS_TIMEOUT
        )
    except TimeoutError as err:
        raise FactsError(f"{part}: timed out after {FACTS_TIMEOUT:.0f} s") from err
    except Exception as err:  # noqa: BLE001 - report the part and the error type only
        _LOGGER.debug("%s observer failed: %s", part, type(err).__name__)
        raise FactsError(f"{part}: {type(err).__name__}") from err


async def async_outline(hass: HomeAssistant) -> dict[str, Any]:
    """The config outline; a time-out becomes a truncated, empty outline (in-contract)."""
    try:
        return await asyncio.wait_for(
            hass.async_add_executor_job(_build_outline, hass.config.config_dir),
            timeout=FACTS_TIMEOUT,
        )
    except TimeoutError:
        from .outline import _num_text  # noqa: PLC0415

        # The outline's own time limit has this name and message (outline README,
        # "Limits"): one name for one limit, whichever side stopped the walk.
        return {
            "version": 1,
            "files": [],
            "truncated": {"limit": "max_seconds", "message": f"Stopped after {_num_text(FACTS_TIMEOUT)} seconds."},
        }
    except Exception as err:  # noqa: BLE001
        raise FactsError(f"outline: {type(err).__name__}") from err


async def async_collect_facts(hass: HomeAssistant) -> dict[str, Any]:
    """Return ServerFacts."""
    config_dir = hass.config.config_dir
    outline, files, http, host = await asyncio.gather(
        async_outline(hass),
        _in_executor(hass, "files", _collect_files, config_dir),
        async_observe_http(hass),
        async_observe_host(hass),
    )
    return {
        "schema_version": SCHEMA_VERSION,
        "http": http,
        "auth_providers": observe_auth_providers(hass),
        "accounts": await async_observe_accounts(hass),
        "tokens": await async_observe_tokens(hass),
        "host": host,
        "files": files,
        "outline": outline,
    }


def facts_digest(facts: dict[str, Any]) -> str:
    """Fingerprint of a facts payload, ignoring token usage that changes on every request."""
    reduced = dict(facts)
    reduced["tokens"] = [
        {k: v for k, v in t.items() if k not in ("last_used_at", "last_used_ip")}
        for t in facts.get("tokens", [])
    ]
    return hashlib.sha256(json.dumps(reduced, sort_keys=True, default=str).encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class FileSignature:
    """mtime/ctime/size/mode of the files an outline read, plus the folders that can gain new files."""

    entries: tuple[tuple[str, int, int, int, int], ...]


def outline_paths(outline: dict[str, Any] | None) -> list[str]:
    """Relative paths of the outline's files."""
    if not outline:
        return []
    return [f["path"] for f in outline.get("files", []) if isinstance(f.get("path"), str)]


def file_signature(config_dir: str, paths: list[str]) -> FileSignature:
    """Stat the outline's files and the config folder (blocking: run in an executor)."""
    base = Path(config_dir)
    watch = {".", "configuration.yaml", "secrets.yaml", *paths}
    watch |= {str(Path(p).parent) for p in paths}
    entries: list[tuple[str, int, int, int, int]] = []
    for rel in sorted(watch):
        try:
            st = os.stat(base / rel)
        except OSError:
            entries.append((rel, -1, -1, -1, -1))
            continue
        # ctime and mode too: a chmod of secrets.yaml changes no mtime.
        entries.append((rel, st.st_mtime_ns, st.st_ctime_ns, st.st_size, st.st_mode))
    return FileSignature(tuple(entries))
