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
from .const import CONTRACT_VERSION, FACTS_TIMEOUT, SCHEMA_VERSION
from .files_observer import collect_files
from .host_observer import SudoProbe, async_observe_host
from .http_observer import async_observe_http
from .outline import OutlineCache, build_outline, iter_outline_json_compact
from .outline.relevance import (
    Relevance,
    RelevantCache,
    full_file_json,
    load_relevance,
    relevant_files_json,
)

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
        # Each outline file's relevant wire JSON: a rebuild re-encodes only changed files.
        self.relevant_cache = RelevantCache()
        self._relevance: Relevance | None = None

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

    async def async_payload(self, full: bool = False) -> FactsPayload:
        """Collect ServerFacts and serialise them in the executor (the relevant outline unless `full`)."""
        facts = await self.async_collect()
        relevance = await self._async_relevance()
        return await self._hass.async_add_executor_job(_serialise, facts, relevance, self.relevant_cache, full)

    async def async_legacy_body(self) -> bytes:
        """ServerFacts in contract 1's form (see legacy_body), serialised in the executor."""
        facts = await self.async_collect()
        return await self._hass.async_add_executor_job(legacy_body, facts)

    async def _async_relevance(self) -> Relevance | None:
        """The generated declaration of what the checks read (read once; None if unreadable:
        then the outline goes out whole, never cut by a guess)."""
        if self._relevance is None:
            try:
                self._relevance = await self._hass.async_add_executor_job(load_relevance)
            except (OSError, ValueError) as err:
                _LOGGER.warning("outline/relevance.json is unreadable (%s); sending the whole outline", type(err).__name__)
                return None
        return self._relevance


async def async_outline(hass: HomeAssistant) -> dict[str, Any]:
    """A one-off outline with a fresh cache; a loaded entry uses its collector's instead."""
    return await FactsCollector(hass).async_outline()


@dataclass(frozen=True, slots=True)
class FactsPayload:
    """ServerFacts ready for the wire: serialised and fingerprinted off the event loop.

    Kept in parts (docs/architecture.md, "Outline on the wire"): each ServerFacts part and
    each outline file as compact JSON, each file with a content hash, so a subscription can
    send only what changed since its last message. Every step runs in the executor.
    """

    parts: dict[str, bytes]  # every ServerFacts part but the outline, compact JSON
    files: tuple[tuple[str, str, bytes], ...]  # outline files: (path, content hash, compact JSON)
    outline_rest: bytes  # the outline's other keys (form, truncated, version), JSON without braces
    digest: str  # changes when the facts change (token usage times excluded)
    paths: list[str]  # the outline's files, for the watcher's polling


def _reduced_tokens(tokens: Any) -> Any:
    # Token usage changes on every request: it must not count as a change of the facts.
    if not isinstance(tokens, list):  # a ServerPartError marker
        return tokens
    return [{k: v for k, v in t.items() if k not in ("last_used_at", "last_used_ip")} for t in tokens]


def _dump(value: Any) -> bytes:
    return json.dumps(value, separators=(",", ":"), sort_keys=True, default=str).encode()


def _serialise(
    facts: dict[str, Any], relevance: Relevance | None, cache: RelevantCache | None = None, full: bool = False
) -> FactsPayload:
    """Blocking (run in the executor): the parts, file hashes and digest of a facts dict.

    The outline goes out relevant (only what a check reads) unless `full` (debugging).
    """
    parts = {key: _dump(value) for key, value in facts.items() if key != "outline"}
    digest = hashlib.sha256()
    for key in sorted(facts):
        if key != "outline":
            value = _reduced_tokens(facts[key]) if key == "tokens" else facts[key]
            digest.update(key.encode() + b"=" + _dump(value) + b"\n")
    outline = facts.get("outline")
    files: list[tuple[str, str, bytes]] = []
    if isinstance(outline, dict) and "files" in outline:
        if full or relevance is None:
            texts = [(r["path"], full_file_json(r)) for r in outline["files"]]
        else:
            texts = relevant_files_json(outline, relevance, cache)
        for path, text in texts:
            data = text.encode()
            files.append((path, hashlib.sha256(data).hexdigest()[:16], data))
        rest = {key: value for key, value in outline.items() if key != "files"}
        rest["form"] = "full" if full or relevance is None else "relevant"
        outline_rest = _dump(rest)[1:-1]
    else:  # the outline's ServerPartError marker
        outline_rest = b""
        parts["outline"] = _dump(outline)
    digest.update(b"outline=" + outline_rest + b"\n")
    for path, content_hash, _data in files:
        digest.update(path.encode() + b"\0" + content_hash.encode() + b"\n")
    return FactsPayload(
        parts=parts,
        files=tuple(files),
        outline_rest=outline_rest,
        digest=digest.hexdigest(),
        paths=outline_paths(outline if isinstance(outline, dict) else None),
    )


def _outline_json(files: Any, rest: bytes, removed: list[str] | None = None) -> bytes:
    body = b'{"files":[' + b",".join(data for _path, _hash, data in files) + b"]"
    if removed is not None:
        body += b',"removed":' + _dump(removed)
    return body + (b"," + rest if rest else b"") + b"}"


def _event_body(kind: str, seq: int, parts: dict[str, bytes], outline: bytes | None, base: int | None = None) -> bytes:
    head = {"contract": CONTRACT_VERSION, "kind": kind, "seq": seq}
    if base is not None:
        head["base"] = base
    pieces = [_dump(head)[:-1]]
    if kind == "delta":
        pieces.append(b',"parts":{' + b",".join(_dump(k) + b":" + v for k, v in sorted(parts.items())) + b"}")
    else:
        pieces.extend(b"," + _dump(k) + b":" + v for k, v in sorted(parts.items()))
    if outline is not None:
        pieces.append(b',"outline":' + outline)
    return b"".join(pieces) + b"}"


def full_body(payload: FactsPayload, seq: int = 0) -> bytes:
    """ServerFacts (contract CONTRACT_VERSION) as one JSON object: `kind: "full"`."""
    outline = _outline_json(payload.files, payload.outline_rest) if "outline" not in payload.parts else None
    return _event_body("full", seq, payload.parts, outline)


def delta_body(old: FactsPayload, new: FactsPayload, seq: int, base: int) -> bytes | None:
    """What changed from `old` to `new` (blocking: executor), or None when nothing did.

    `parts`: every changed ServerFacts part whole; `outline`: the changed and new files, the
    paths of removed ones and the outline's other keys; `base` is the seq it applies to.
    """
    parts = {k: v for k, v in new.parts.items() if old.parts.get(k) != v}
    outline: bytes | None = None
    if "outline" not in new.parts:
        if "outline" in old.parts:  # from a marker to an outline: the whole outline
            outline = _outline_json(new.files, new.outline_rest, [])
        else:
            before = {path: content_hash for path, content_hash, _data in old.files}
            changed = [f for f in new.files if before.get(f[0]) != f[1]]
            now = {path for path, _hash, _data in new.files}
            removed = [path for path, _hash, _data in old.files if path not in now]
            if changed or removed or new.outline_rest != old.outline_rest:
                outline = _outline_json(changed, new.outline_rest, removed)
    if not parts and outline is None:
        return None
    return _event_body("delta", seq, parts, outline, base)


def legacy_body(facts: dict[str, Any]) -> bytes:
    """ServerFacts as contract 1 had them (every outline entry as an object, no `contract`):
    what `security_scorecard/facts` answers a caller that names no contract (an older CLI)."""
    rest = {key: value for key, value in facts.items() if key != "outline"}
    head = json.dumps(rest, separators=(",", ":"), sort_keys=True, default=str).encode()
    outline = facts.get("outline")
    if not (isinstance(outline, dict) and "files" in outline):
        return head[:-1] + b',"outline":' + _dump(outline) + b"}"
    pieces = [head[:-1] + (b',"outline":' if rest else b'"outline":')]
    pieces.extend(piece.encode() for piece in iter_outline_json_compact(outline))
    pieces.append(b"}")
    return b"".join(pieces)


def facts_message(kind: str, msg_id: int, body: bytes) -> bytes:
    """A WebSocket `result` or `event` message around a body (blocking: executor).

    Written out rather than HA's construct_result_message so its signature cannot drift.
    """
    field = b',"type":"result","success":true,"result":' if kind == "result" else b',"type":"event","event":'
    return b"".join((b'{"id":', str(msg_id).encode(), field, body, b"}"))


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
