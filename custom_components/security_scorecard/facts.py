"""Assemble ServerFacts (src/facts/types.ts) from the observers.

Outline and file modes are walked in an executor with a time bound. A part that cannot be
observed becomes `{"error": "<part>: <error type>"}` (ServerPartError): the other parts
still arrive, and the card marks only that part's checks "not assessed" — a made-up
default would read as a finding. The marker names no value and no path.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
import hashlib
import json
import logging
import os
from pathlib import Path
from typing import Any

from homeassistant.core import HomeAssistant

from .addons_observer import AddonShapeError, async_observe_addons
from .auth_observer import async_observe_accounts, async_observe_tokens, observe_auth_providers
from .const import FACTS_TIMEOUT, SCHEMA_VERSION
from .files_observer import collect_files
from .host_observer import SudoProbe, async_observe_host
from .http_observer import async_observe_http
from .outline import OutlineCache, build_outline, iter_outline_json_compact

_LOGGER = logging.getLogger(__name__)


class FactsError(Exception):
    """A part of the facts could not be observed; the message names the part, never a value."""


def is_part_error(value: Any) -> bool:
    """Whether a ServerFacts part is the could-not-observe marker."""
    return isinstance(value, dict) and value.keys() == {"error"}


async def _guarded(part: str, observation: Awaitable[Any]) -> Any:
    """The part's value, or its ServerPartError marker when the observer fails."""
    try:
        return await observation
    except FactsError as err:  # already "<part>: <what>"
        return {"error": str(err)}
    except Exception as err:  # noqa: BLE001 - one observer must not take the others down
        _LOGGER.debug("%s observer failed: %s", part, type(err).__name__)
        return {"error": f"{part}: {type(err).__name__}"}


async def _now(observe: Callable[..., Any], *args: Any) -> Any:
    """A synchronous observer as an awaitable, so _guarded treats it like the others."""
    return observe(*args)


def _build_outline(config_dir: str, cache: OutlineCache | None = None) -> dict[str, Any]:
    """The outline walk (blocking); a seam tests replace with a stand-in outline."""
    return build_outline(config_dir, cache=cache)


def _collect_files(config_dir: str) -> dict[str, Any]:
    """The file-mode walk (blocking); a seam tests replace with stand-in facts."""
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


async def _addon_settings(hass: HomeAssistant) -> dict[str, Any]:
    """Add-on settings as shapes; an unknown Supervisor answer names the field, never a value."""
    try:
        return await asyncio.wait_for(async_observe_addons(hass), timeout=FACTS_TIMEOUT)
    except TimeoutError as err:
        raise FactsError(f"addon_settings: timed out after {FACTS_TIMEOUT:.0f} s") from err
    except AddonShapeError as err:
        raise FactsError(f"addon_settings: {err}") from err


def _seconds_text(value: float) -> str:
    """A number of seconds as the outline writes its limits (JavaScript's String())."""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


class FactsCollector:
    """Builds ServerFacts; holds what outlives one collection (outline cache, sudo probe).

    Built once per loaded entry and handed to the watcher and the WebSocket commands, so
    no module has to look the runtime up to find them.
    """

    def __init__(
        self,
        hass: HomeAssistant,
        outline_cache: OutlineCache | None = None,
        sudo_probe: SudoProbe | None = None,
    ) -> None:
        """A collector with its own cache and probe unless given."""
        self._hass = hass
        # The last outline build's per-file parses: a rebuild reads only changed files.
        self.outline_cache = outline_cache if outline_cache is not None else OutlineCache()
        self.sudo_probe = sudo_probe if sudo_probe is not None else SudoProbe()

    async def async_outline(self) -> dict[str, Any]:
        """The config outline; a time-out becomes a truncated, empty outline (in-contract)."""
        hass = self._hass
        try:
            return await asyncio.wait_for(
                hass.async_add_executor_job(_build_outline, hass.config.config_dir, self.outline_cache),
                timeout=FACTS_TIMEOUT,
            )
        except TimeoutError:
            # The outline's own time limit has this name and message (outline README,
            # "Limits"): one name for one limit, whichever side stopped the walk.
            return {
                "version": 1,
                "files": [],
                "truncated": {
                    "limit": "max_seconds",
                    "message": f"Stopped after {_seconds_text(FACTS_TIMEOUT)} seconds.",
                },
            }
        except Exception as err:  # noqa: BLE001
            raise FactsError(f"outline: {type(err).__name__}") from err

    async def async_collect(self) -> dict[str, Any]:
        """Return ServerFacts; a part whose observer fails is its ServerPartError marker."""
        hass = self._hass
        config_dir = hass.config.config_dir
        outline, files, http, host, auth_providers, accounts, tokens, addon_settings = await asyncio.gather(
            _guarded("outline", self.async_outline()),
            _guarded("files", _in_executor(hass, "files", _collect_files, config_dir)),
            _guarded("http", async_observe_http(hass)),
            _guarded("host", async_observe_host(hass, self.sudo_probe)),
            _guarded("auth_providers", _now(observe_auth_providers, hass)),
            _guarded("accounts", async_observe_accounts(hass)),
            _guarded("tokens", async_observe_tokens(hass)),
            _guarded("addon_settings", _addon_settings(hass)),
        )
        return {
            "schema_version": SCHEMA_VERSION,
            "http": http,
            "auth_providers": auth_providers,
            "accounts": accounts,
            "tokens": tokens,
            "host": host,
            "files": files,
            "outline": outline,
            "addon_settings": addon_settings,
        }

    async def async_payload(self) -> FactsPayload:
        """Collect ServerFacts and serialise them in the executor."""
        facts = await self.async_collect()
        return await self._hass.async_add_executor_job(_serialise, facts)


async def async_outline(hass: HomeAssistant) -> dict[str, Any]:
    """A one-off outline with a fresh cache; a loaded entry uses its collector's instead."""
    return await FactsCollector(hass).async_outline()


@dataclass(frozen=True, slots=True)
class FactsPayload:
    """ServerFacts ready for the wire: serialised and fingerprinted off the event loop.

    A big config's outline is tens of megabytes of JSON; encoding, hashing or even copying
    it in one piece holds the GIL long enough to stall Home Assistant's event loop, so it
    is kept in pieces (about one per outline file) and every step runs in the executor.
    """

    parts: tuple[bytes, ...]  # ServerFacts as compact UTF-8 JSON, in pieces
    digest: str  # changes when the facts change (token usage times excluded)
    paths: list[str]  # the outline's files, for the watcher's polling


def _serialise(facts: dict[str, Any]) -> FactsPayload:
    """Blocking (run in the executor): JSON pieces and digest of a facts dict."""
    rest = {key: value for key, value in facts.items() if key != "outline"}
    head = json.dumps(rest, separators=(",", ":"), sort_keys=True, default=str).encode()
    # Token usage changes on every request: it must not count as a change of the facts.
    reduced = dict(rest)
    tokens = rest.get("tokens", [])
    if isinstance(tokens, list):  # not when it is a ServerPartError marker
        reduced["tokens"] = [
            {k: v for k, v in t.items() if k not in ("last_used_at", "last_used_ip")} for t in tokens
        ]
    digest = hashlib.sha256(json.dumps(reduced, sort_keys=True, default=str).encode())
    parts = [head[:-1] + (b',"outline":' if rest else b'"outline":')]
    for piece in iter_outline_json_compact(facts["outline"]):
        data = piece.encode()
        digest.update(data)
        parts.append(data)
    parts.append(b"}")
    return FactsPayload(parts=tuple(parts), digest=digest.hexdigest(), paths=outline_paths(facts.get("outline")))


def facts_message(kind: str, msg_id: int, payload: FactsPayload) -> bytes:
    """A WebSocket `result` or `event` message around the payload (blocking: executor).

    Written out rather than HA's construct_result_message so its signature cannot drift.
    """
    field = b',"type":"result","success":true,"result":' if kind == "result" else b',"type":"event","event":'
    return b"".join((b'{"id":', str(msg_id).encode(), field, *payload.parts, b"}"))


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
