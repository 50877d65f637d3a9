"""The outline's fixed rules: limits, allow- and deny-lists, tags, error templates.

Every rule is in test/vectors/outline/README.md; the vectors pin them.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

OUTLINE_VERSION = 1

# Keys whose string values (or lists of strings) may be shown: non-secret and
# security-relevant (README "Allow-list").
ALLOWED_VALUE_KEYS: frozenset[str] = frozenset(
    {
        "platform",
        # `trigger: webhook` is the 2024.10+ spelling of `platform: webhook` in automations.
        "trigger",
        "type",
        "server_host",
        "server_port",
        "trusted_proxies",
        "trusted_networks",
        "cors_allowed_origins",
        "allowlist_external_dirs",
        "allowlist_external_urls",
        "ssl_certificate",
        "ssl_key",
        "ssl_profile",
        "external_url",
        "internal_url",
        "allowed_methods",
        "mode",
        "use_x_forwarded_for",
        "ip_ban_enabled",
        "login_attempts_threshold",
        "local_only",
        "allow_bypass_login",
    }
)

# Numbers under a key whose ASCII-lowercased name contains one of these are hidden:
# alarm codes and PINs are numbers too.
NUMBER_DENY_SUBSTRINGS: tuple[str, ...] = (
    "pass", "pwd", "pin", "code", "secret", "token", "key", "auth", "cred", "otp",
)

# Folders never walked for unreachable files (at any depth), besides hidden ones.
# www/ is walked: it is served without auth, so whether its YAML holds credentials matters.
SKIP_DIRS: frozenset[str] = frozenset(
    {"deps", "tts", "node_modules", "__pycache__", "custom_components"}
)

SECRETS_FILE = "secrets.yaml"
ROOT_FILE = "configuration.yaml"

INCLUDE_TAGS: frozenset[str] = frozenset(
    {
        "!include",
        "!include_dir_list",
        "!include_dir_named",
        "!include_dir_merge_list",
        "!include_dir_merge_named",
    }
)
OUTLINE_TAGS: frozenset[str] = INCLUDE_TAGS | {"!secret", "!env_var", "!input"}


@dataclass(frozen=True)
class OutlineLimits:
    """Bounds on the work; every limit is reported, never silent (README "Limits").

    A 5 MB dashboard (about 200,000 keys) and 20,000 files are read whole; max_seconds
    stays under FACTS_TIMEOUT (30 s), so the walk's own limit is the one reported.
    """

    max_file_bytes: int = 8_388_608
    max_files: int = 25_000
    max_depth: int = 20
    max_total_bytes: int = 268_435_456
    max_seconds: float = 25.0
    max_nesting: int = 256
    max_entries_per_file: int = 500_000
    max_nodes_per_file: int = 1_000_000
    max_total_entries: int = 1_000_000

    @classmethod
    def from_mapping(cls, data: dict[str, Any]) -> OutlineLimits:
        """Build from a `limits.json` object; unknown keys are refused."""
        if not isinstance(data, dict):
            raise ValueError("limits must be a JSON object")
        names = {f.name for f in fields(cls)}
        unknown = set(data) - names
        if unknown:
            raise ValueError(f"unknown limits: {sorted(unknown)}")
        for name, value in data.items():
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not value >= 0:
                raise ValueError(f"invalid limit {name}: expected a number >= 0")
        return cls(**data)


# --- errors and messages (fixed templates: never a value) ---------------------------


def _num_text(value: float) -> str:
    """Format a limit the way JavaScript's String() does for the values we use."""
    if float(value).is_integer():
        return str(int(value))
    return repr(float(value))


def _error(kind: str, line: int | None, message: str) -> dict[str, Any]:
    return {"kind": kind, "line": line, "message": message}


class _Stop(Exception):
    """A global limit stopped the walk."""

    def __init__(self, limit: str, message: str) -> None:
        super().__init__(limit)
        self.limit = limit
        self.message = message


class _FileProblem(Exception):
    """A problem with one file's content (malformed, nesting too deep, time)."""

    def __init__(self, kind: str, line: int | None, message: str) -> None:
        super().__init__(kind)
        self.kind = kind
        self.line = line
        self.message = message


_MALFORMED = "The file is not valid YAML."
_TIME_LIMIT_FILE = "Time limit reached while reading the file."
