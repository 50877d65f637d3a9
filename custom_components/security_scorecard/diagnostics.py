"""Diagnostics: counts and shapes of what the integration observes, never a value.

Only what a bug report needs: versions, counts, flags, error types. No user, token or
check names, no paths; every string that is not a fixed vocabulary word is replaced by a
count, and any URL-looking text left is redacted as a second line of defence.

Who can download them: core's HTTP view (/api/diagnostics/...) had no admin check up to
2026.4, so on 2024.3.3 any signed-in user (a non-admin too) gets the file, with core's
wrapper (versions, installation type, custom integrations); the config entry id it needs
is in the device registry, which non-admins can list. Core added the admin check in 2026.5
(home-assistant/core#169234; 2026.10.4 has it): a non-admin gets 401 there. So this module
checks the requester itself and gives a non-admin only a note.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
import re
from typing import Any

from homeassistant.components.http.const import KEY_HASS_USER
from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant
from homeassistant.helpers import issue_registry as ir
from homeassistant.helpers.http import current_request

from .const import DOMAIN, SCHEMA_VERSION
from .facts import FactsCollector, is_part_error
from .runtime import ScorecardConfigEntry, ScorecardRuntime

_URL_RE = re.compile(r"\b[a-z][a-z0-9+.-]*://\S+", re.IGNORECASE)


def _redact_urls(value: Any) -> Any:
    if isinstance(value, str):
        return _URL_RE.sub("**REDACTED_URL**", value)
    if isinstance(value, dict):
        return {k: _redact_urls(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_redact_urls(v) for v in value]
    return value


def _http_shape(http: dict[str, Any]) -> dict[str, Any]:
    return {
        "origin": http["origin"],
        "ssl_certificate": http["ssl_certificate"],
        "ssl_key": http["ssl_key"],
        "ssl_profile": http["ssl_profile"],
        "server_host_count": len(http["server_host"] or []),
        "server_port": http["server_port"],
        "use_x_forwarded_for": http["use_x_forwarded_for"],
        "trusted_proxies_count": len(http["trusted_proxies"]),
        "ip_ban_enabled": http["ip_ban_enabled"],
        "login_attempts_threshold": http["login_attempts_threshold"],
        "cors_allowed_origins_count": len(http["cors_allowed_origins"]),
        "use_x_frame_options": http["use_x_frame_options"],
    }


def _auth_providers_shape(auth: dict[str, Any]) -> dict[str, Any]:
    return {
        "types": sorted(p["type"] for p in auth["providers"]),
        "mfa_module_types": sorted(m["type"] for m in auth["mfa_modules"]),
    }


def _accounts_shape(accounts: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "count": len(accounts),
        "admins": sum(1 for a in accounts if a["is_admin"]),
        "with_mfa": sum(1 for a in accounts if a["mfa_modules"]),
        "system_generated": sum(1 for a in accounts if a["system_generated"]),
    }


def _tokens_shape(tokens: list[dict[str, Any]]) -> dict[str, Any]:
    return dict(Counter(t["type"] for t in tokens))


def _host_shape(host: dict[str, Any]) -> dict[str, Any]:
    return {
        k: host[k]
        for k in ("is_root", "in_sudo_group", "passwordless_sudo", "installation_type",
                  "docker", "virtualenv", "safe_mode", "recovery_mode")
    }


def _files_shape(files: dict[str, Any]) -> dict[str, Any]:
    return {"git": files.get("git") is not None, "www_sensitive_count": len(files.get("www_sensitive", []))}


def _outline_shape(outline: dict[str, Any]) -> dict[str, Any]:
    files = outline.get("files", [])
    return {
        "files": len(files),
        "reachable": sum(1 for f in files if f.get("reachable")),
        "entries": sum(len(f.get("entries", [])) for f in files),
        "errors": dict(Counter(f["error"]["kind"] for f in files if f.get("error"))),
        "truncated": outline.get("truncated") is not None,
    }


_SHAPES: dict[str, Callable[[Any], dict[str, Any]]] = {
    "http": _http_shape,
    "auth_providers": _auth_providers_shape,
    "accounts": _accounts_shape,
    "tokens": _tokens_shape,
    "host": _host_shape,
    "files": _files_shape,
    "outline": _outline_shape,
}


def _facts_shape(facts: dict[str, Any]) -> dict[str, Any]:
    """Counts and flags per part; a part the backend could not observe keeps its marker."""
    return {
        part: dict(facts[part]) if is_part_error(facts[part]) else shape(facts[part])
        for part, shape in _SHAPES.items()
    }


def requester_is_admin() -> bool:
    """False when the HTTP request asking for diagnostics is from a non-admin user.

    Read from core's per-request context (set for every HTTP request in 2024.3 and
    current releases alike); outside a request (a direct call) there is no one to refuse.
    """
    request = current_request.get()
    if request is None:
        return True
    user = request.get(KEY_HASS_USER)
    return user is None or bool(user.is_admin)


def _sync_shape(hass: HomeAssistant, runtime: ScorecardRuntime) -> dict[str, Any] | None:
    """The last sync as counts: which checks fail is the owner's business, not a bug report's."""
    sync = runtime.last_sync
    if sync is None:
        return None
    severities = Counter(
        entry.severity if (entry := runtime.catalog.get(f.id)) else "unknown" for f in sync.failing
    )
    issues = sum(1 for (domain, _) in ir.async_get(hass).issues if domain == DOMAIN)
    return {
        "score": sync.score,
        "grade": sync.grade,
        "coverage": sync.coverage,
        "evaluated_at": sync.evaluated_at,
        "failing_count": len(sync.failing),
        "failing_by_severity": dict(sorted(severities.items())),
        "with_placeholders": sum(1 for f in sync.failing if f.placeholders),
        "repairs_issues": issues,
    }


def _decisions_shape(runtime: ScorecardRuntime) -> dict[str, int]:
    """How many checks the owner decided, per kind: which ones, and why, is theirs."""
    return dict(sorted(Counter(d["kind"] for d in runtime.decisions.as_dict().values()).items()))


async def async_get_config_entry_diagnostics(
    hass: HomeAssistant, entry: ScorecardConfigEntry
) -> dict[str, Any]:
    """Return diagnostics for the config entry (a non-admin gets only a note)."""
    result: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
    if not requester_is_admin():
        return {**result, "admin_required": True}
    collector = FactsCollector(hass)
    if entry.state is ConfigEntryState.LOADED:
        runtime = entry.runtime_data
        collector = runtime.collector
        result["catalog_checks"] = len(runtime.catalog.checks)
        result["card_served"] = runtime.card_url is not None
        result["last_sync"] = _sync_shape(hass, runtime)
        result["decisions"] = _decisions_shape(runtime)
    result["facts"] = _facts_shape(await collector.async_collect())
    return _redact_urls(result)
