"""The config outline: structure and value *shape* of the YAML configuration.

Pure and synchronous (stdlib + PyYAML and the sibling outline_scan.py only, no Home
Assistant import): the integration runs `build_outline` in an executor, and the file also
runs as a script (`python3 outline.py CONFIG_DIR`). Entries are compact JSON texts (what
the WebSocket sends); `dumps_outline` writes the canonical form the vectors pin. The exact rules are in test/vectors/outline/README.md;
the Node builder reproduces the output byte for byte from that README, so every rule
here is deliberately simple, explicit and ASCII-only (regexes behave the same in
Python `re` and JavaScript `RegExp`).

Values never leave this module except booleans, numbers (not under credential-like
keys, never from secrets.yaml) and strings under `ALLOWED_VALUE_KEYS` that carry no
credential feature. Error messages are fixed templates: PyYAML's own messages and
marks quote the document, so they are never used.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, fields
import errno
import json
import math
import os
import re
import stat
import sys
import time
from collections.abc import Iterator
from typing import Any

import yaml

try:  # a module of the integration package; a sibling file when outline.py runs as a script
    from . import outline_scan
except ImportError:
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import outline_scan  # type: ignore[no-redef]

try:  # libyaml's C event parser is much faster; errors are re-checked with the Python one
    from yaml.cyaml import CParser as _FastLoader  # name kept: tests switch it off
except ImportError:  # pragma: no cover - depends on the PyYAML build
    _FastLoader = None  # type: ignore[assignment,misc]

OUTLINE_VERSION = 1

entry_json = outline_scan.entry_json
env_var_default = outline_scan.env_var_default
path_json = outline_scan.path_json
encode_str = outline_scan.encode_str
Include = outline_scan.Include
# Tests switch the line scanner off to compare it with the event parser.
_SCANNER_ENABLED = True

# Keys whose string values (or lists of strings) may be shown: non-secret and
# security-relevant. Keep in sync with the Node builder (README "Allow-list").
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

_STD = "tag:yaml.org,2002:"
_RESOLVED_STD_TAGS = frozenset({_STD + "null", _STD + "bool", _STD + "int", _STD + "float"})

# --- YAML 1.1 implicit resolution (PyYAML's resolver, whole-text matches) -----------
_RE_BOOL = re.compile(r"yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF")
_RE_NULL = re.compile(r"~|null|Null|NULL|")
_RE_INT = re.compile(
    r"[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+"
    r"|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+"
)
_RE_FLOAT = re.compile(
    r"[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?"
    r"|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)"
)
_TRUE_WORDS = frozenset({"yes", "true", "on"})
_MAX_SAFE_INT = 9007199254740991

# --- String features (README "Features"); ASCII classes only ------------------------
_WS = " \t\n\r\f\v"
_RE_URL = re.compile(r"^[a-z][a-z0-9+.-]*://")  # on the ASCII-lowercased string
_RE_URL_CREDENTIALS = re.compile(
    r"(?:^|[^a-z0-9+.-])[a-z][a-z0-9+.-]*://[^/?#@ \t\n\r\f\v:]*:[^/?#@ \t\n\r\f\v{}]+@"
)
CREDENTIAL_QUERY_NAMES: tuple[str, ...] = (
    "api_key", "apikey", "key", "token", "access_token", "auth", "password", "pass",
    "pwd", "secret", "sig", "signature", "client_secret",
)
_RE_URL_CREDENTIAL_QUERY = re.compile(
    r"[a-z][a-z0-9+.-]*://[^ \t\n\r\f\v#]*[?&](?:"
    + "|".join(CREDENTIAL_QUERY_NAMES)
    + r")=[^&# \t\n\r\f\v{}]"
)
_RE_AUTH_PREFIX = re.compile(r"^(bearer|basic)[ \t\n\r\f\v]+[^ \t\n\r\f\v{}]{8,}")
# Command patterns on the original string (case matters: mysql -P is a port).
_RE_COMMAND_CASED = (
    re.compile(r"(?:^|[ \t'\"])-[uU][ \t]*['\"]?[^ \t\n\r\f\v'\":{}-][^ \t\n\r\f\v'\":{}]*:[^ \t\n\r\f\v'\"{}]+"),
    re.compile(r"(?:^|[ \t'\"])--(?:user|proxy-user)(?:[ \t]+|=)['\"]?[^ \t\n\r\f\v'\":{}]*:[^ \t\n\r\f\v'\"{}]+"),
    re.compile(r"(?:^|[ \t'\"])--(?:password|passwd|http-password|ftp-password)(?:[ \t]+|=)['\"]?[^ \t\n\r\f\v'\"{}-]"),
    re.compile(r"(?:^|[ \t/])(?:mysql|mysqldump|mysqladmin|mariadb|mariadb-dump)[ \t](?:[^\n]{0,256}[ \t])?-p[^ \t\n\r\f\v'\"{}]"),
)
# Command patterns on the ASCII-lowercased string.
_RE_COMMAND_LOWER = (
    re.compile(r"(?:^|[ \t/])sshpass[ \t]+-p[ \t]*['\"]?[^ \t\n\r\f\v'\"{}-]"),
    re.compile(
        r"(?:-h|--header)(?:[ \t]+|=)?['\"]?authorization:[ \t]*"
        r"(?:(?:bearer|basic)[ \t]+[^ \t\n\r\f\v'\"{}]|(?!bearer|basic)[^ \t\n\r\f\v'\"{}])"
    ),
)
# One search each (the alternations match where any of their patterns matches).
_RE_COMMAND_CASED_ANY = re.compile("|".join(f"(?:{r.pattern})" for r in _RE_COMMAND_CASED))
_RE_COMMAND_LOWER_ANY = re.compile("|".join(f"(?:{r.pattern})" for r in _RE_COMMAND_LOWER))
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
# Obvious placeholders (README "placeholder"), on the ASCII-lowercased string.
_RE_PLACEHOLDER_WHOLE = re.compile(
    r"[*x#._-]{3,}|<[^<>]+>|\[[^\[\]]+\]|password|passwd|pass|pwd|secret|token|api_?key|key|changeme"
    r"|redacted|placeholder|example|sample|dummy|none|null|todo|tbd"
)
_RE_PLACEHOLDER_PART = re.compile(
    r"^(?:example|sample|dummy|fake)|redacted|placeholder|change_?me"
    r"|your[ _-]?(?:password|pass|token|key|api[ _-]?key|secret)|<your|insert[ _-]|abcdefgh|xxxx|\*\*\*\*"
)
_PLACEHOLDER_ENDINGS = ("_here", "-here", " here")
# A URL query value (`=value`) and a userinfo password (`://user:password@`).
_RE_QUERY_VALUE = re.compile(r"=([^&# \t\n\r\f\v]+)")
_RE_USERINFO_PASSWORD = re.compile(r"(://[^/?#@ \t\n\r\f\v:]*:)([^/?#@ \t\n\r\f\v]+)@")
_ENTROPY_WINDOW = 256

# Characters PyYAML refuses (yaml.reader.Reader.NON_PRINTABLE), checked up front.
_RE_NON_PRINTABLE = re.compile("[^\x09\x0A\x0D\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD\U00010000-\U0010ffff]")
_PRINTABLE_ASCII = bytes([0x09, 0x0A, 0x0D, *range(0x20, 0x7F)])  # the ASCII part of the set above
# Line breaks as PyYAML counts them: CRLF, CR, LF, NEL, LS, PS.
_RE_LINE_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")


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
        names = {f.name for f in fields(cls)}
        unknown = set(data) - names
        if unknown:
            raise ValueError(f"unknown limits: {sorted(unknown)}")
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


# --- composing events into nodes (iterative: no recursion, bounded nesting) ---------
#
# Nodes are plain built-ins, made once per event (the hot path of a big config):
# a scalar is a tuple (tag, value, plain, line) - `plain`: untagged (or "!") plain
# scalar, subject to implicit resolution; a collection is a list
# [tag, line, is_map, items] whose identity stands for the node (aliases share it).
_Scalar = tuple
_Node = Any
_S_TAG, _S_VALUE, _S_PLAIN, _S_LINE = 0, 1, 2, 3
_C_TAG, _C_LINE, _C_IS_MAP, _C_ITEMS = 0, 1, 2, 3

_MALFORMED = "The file is not valid YAML."
_TIME_LIMIT_FILE = "Time limit reached while reading the file."

_ScalarEvent = yaml.ScalarEvent
_MappingStartEvent = yaml.MappingStartEvent
_SequenceStartEvent = yaml.SequenceStartEvent
_MappingEndEvent = yaml.MappingEndEvent
_SequenceEndEvent = yaml.SequenceEndEvent
_AliasEvent = yaml.AliasEvent
_DocumentStartEvent = yaml.DocumentStartEvent
_StreamEndEvent = yaml.StreamEndEvent


def _mark_line(exc: yaml.YAMLError) -> int | None:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    return None if mark is None else int(mark.line) + 1


def _compose(text: str, parser_class: Any, limits: OutlineLimits, deadline: float) -> _Node | None:
    """Compose the single document of `text` like PyYAML's Composer, without recursion.

    `parser_class` is libyaml's CParser or PyYAML's SafeLoader: both take the text and
    hand out events with `get_event()` (what `yaml.parse` does, minus its generator).
    Raises yaml.YAMLError (syntax) or _FileProblem (nesting/time limits).
    """
    parser = parser_class(text)
    try:
        return _compose_events(parser.get_event, limits, deadline)
    finally:
        parser.dispose()  # the pure-Python parser's states form reference cycles


def _compose_events(get_event: Any, limits: OutlineLimits, deadline: float) -> _Node | None:
    anchors: dict[str, _Node] = {}
    stack: list[list[Any]] = []
    root: _Node | None = None
    add: Any = None  # append to the innermost open collection; None at the top
    documents = 0
    count = 0
    max_nesting = limits.max_nesting
    monotonic = time.monotonic
    while True:
        event = get_event()
        count += 1
        if not count & 4095 and monotonic() > deadline:
            raise _FileProblem("limit_reached", None, _TIME_LIMIT_FILE)
        cls = event.__class__
        if cls is _ScalarEvent:
            tag = event.tag
            node: _Node = (
                tag,
                event.value,
                (tag is None or tag == "!") and event.implicit[0],
                event.start_mark.line + 1,
            )
            anchor = event.anchor
            if anchor is not None:
                if anchor in anchors:
                    raise yaml.composer.ComposerError(None, None, "found duplicate anchor", event.start_mark)
                anchors[anchor] = node
            if add is not None:
                add(node)
            else:
                root = node
        elif cls is _MappingEndEvent or cls is _SequenceEndEvent:
            stack.pop()
            add = stack[-1][_C_ITEMS].append if stack else None
        elif cls is _MappingStartEvent or cls is _SequenceStartEvent:
            anchor = event.anchor
            if anchor is not None and anchor in anchors:
                raise yaml.composer.ComposerError(None, None, "found duplicate anchor", event.start_mark)
            line = event.start_mark.line + 1
            if len(stack) >= max_nesting:
                raise _FileProblem(
                    "limit_reached", line, f"The file nests deeper than {max_nesting} levels."
                )
            node = [event.tag, line, cls is _MappingStartEvent, []]
            if anchor is not None:
                anchors[anchor] = node
            if add is not None:
                add(node)
            else:
                root = node
            stack.append(node)
            add = node[_C_ITEMS].append
        elif cls is _AliasEvent:
            if event.anchor not in anchors:
                raise yaml.composer.ComposerError(None, None, "found undefined alias", event.start_mark)
            node = anchors[event.anchor]
            if add is not None:
                add(node)
            else:
                root = node
        elif cls is _DocumentStartEvent:
            documents += 1
            if documents > 1:
                raise yaml.composer.ComposerError(
                    "expected a single document in the stream", None,
                    "but found another document", event.start_mark,
                )
            anchors = {}
        elif cls is _StreamEndEvent:
            return root
        # StreamStartEvent, DocumentEndEvent: nothing to do


# --- scalar resolution ---------------------------------------------------------------

# Every implicit type's regex needs one of these first characters; anything else is str.
_RESOLVABLE_FIRST = outline_scan._RESOLVABLE_FIRST  # one definition for both routes


# The whole texts _RE_NULL and _RE_BOOL match: a scalar starting with a letter is one of
# these or a string (numbers start with a digit, a sign or a dot).
_NULL_WORDS = frozenset({"~", "null", "Null", "NULL", ""})
_BOOL_WORDS = frozenset(
    {"yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
     "on", "On", "ON", "off", "Off", "OFF"}
)
_NUMBER_FIRST = frozenset("+-.0123456789")


def _resolve_text(text: str) -> str:
    """The implicit type of a resolvable scalar's text (README "Scalar types")."""
    if text and text[0] not in _RESOLVABLE_FIRST:
        return "str"
    if text[:1] not in _NUMBER_FIRST:
        return "null" if text in _NULL_WORDS else "bool" if text in _BOOL_WORDS else "str"
    if _RE_NULL.fullmatch(text):
        return "null"
    if _RE_BOOL.fullmatch(text):
        return "bool"
    if _RE_INT.fullmatch(text):
        return "int"
    if _RE_FLOAT.fullmatch(text):
        return "float"
    return "str"


def _int_value(text: str) -> int | None:
    """PyYAML's construct_yaml_int; None when it would fail."""
    value = text.replace("_", "")
    sign = 1
    if value[:1] == "-":
        sign = -1
    if value[:1] in ("-", "+"):
        value = value[1:]
    try:
        if value == "0":
            return 0
        if value.startswith("0b"):
            return sign * int(value[2:], 2)
        if value.startswith("0x"):
            return sign * int(value[2:], 16)
        if value[:1] == "0":
            return sign * int(value, 8)
        if ":" in value:
            total, base = 0, 1
            for part in reversed(value.split(":")):
                total += int(part) * base
                base *= 60
            return sign * total
        return sign * int(value)
    except ValueError:
        return None


def _float_value(text: str) -> float | None:
    """PyYAML's construct_yaml_float; None when it would fail."""
    value = text.replace("_", "").lower()
    sign = 1.0
    if value[:1] == "-":
        sign = -1.0
    if value[:1] in ("-", "+"):
        value = value[1:]
    try:
        if value == ".inf":
            return sign * float("inf")
        if value == ".nan":
            return float("nan")
        if ":" in value:
            total, base = 0.0, 1.0
            for part in reversed(value.split(":")):
                total += float(part) * base
                base *= 60
            return sign * total
        return sign * float(value)
    except ValueError:
        return None


def _json_number(value: int | float | None) -> int | float | None:
    """A number both Python's json and JavaScript print identically, else None."""
    if value is None:
        return None
    if isinstance(value, int):
        return value if abs(value) <= _MAX_SAFE_INT else None
    if value != value or value in (float("inf"), float("-inf")):
        return None
    if value.is_integer():
        return int(value) if abs(value) <= _MAX_SAFE_INT else None
    return value if abs(value) >= 1e-4 else None


# --- string features -----------------------------------------------------------------

# c * log2(c) for every count a 256-code-point window can have (0 and 1 give 0).
_C_LOG_C: tuple[float, ...] = tuple(0.0 if c < 2 else c * math.log2(c) for c in range(_ENTROPY_WINDOW + 1))
_RE_WS_CHAR = re.compile("[" + _WS + "]")
_LOG2: tuple[float, ...] = (0.0, *(math.log2(m) for m in range(1, _ENTROPY_WINDOW + 1)))


def _entropy_class(text: str) -> str:
    """Shannon entropy class over the first 256 code points, decided exactly.

    H < T  <=>  n**n < 2**(T*n) * prod(c**c) over the character counts c.
    """
    if len(text) < 8:
        return "low"
    window = text[:_ENTROPY_WINDOW]
    n = len(window)
    distinct = set(window)
    if len(distinct) < 8:  # H <= log2(distinct) < 3
        return "low"
    # str.count per distinct character beats hashing every character while few differ.
    counts = [window.count(ch) for ch in distinct] if len(distinct) <= 48 else list(Counter(window).values())
    # Fast path in floating point (error far below 1e-9 whatever the summation order),
    # exact big-integer comparison near a threshold.
    entropy = math.log2(n) - sum([_C_LOG_C[c] for c in counts]) / n
    if abs(entropy - 3.0) > 1e-9 and abs(entropy - 4.0) > 1e-9:
        return "low" if entropy < 3.0 else "medium" if entropy < 4.0 else "high"
    prod = 1
    for c in counts:
        prod *= c**c
    nn = n**n
    if nn < (1 << (3 * n)) * prod:
        return "low"
    if nn < (1 << (4 * n)) * prod:
        return "medium"
    return "high"



def is_placeholder(lower: str) -> bool:
    """Whether an ASCII-lowercased string is an obvious placeholder (`********`, `<your token>`)."""
    return (
        _RE_PLACEHOLDER_WHOLE.fullmatch(lower) is not None
        or _RE_PLACEHOLDER_PART.search(lower) is not None
        or lower.endswith(_PLACEHOLDER_ENDINGS)
    )


def _blank_query(match: re.Match[str]) -> str:
    return "=" if is_placeholder(match.group(1)) else match.group(0)


def _blank_userinfo(match: re.Match[str]) -> str:
    return match.group(1) + "@" if is_placeholder(match.group(2)) else match.group(0)


def _without_placeholders(lower: str) -> str:
    """URL query values and userinfo passwords that are placeholders, removed."""
    return _RE_USERINFO_PASSWORD.sub(_blank_userinfo, _RE_QUERY_VALUE.sub(_blank_query, lower))


# ESPHome substitutions (`${wifi_password}`, or a whole value `$wifi_password`) are
# references resolved elsewhere, like Jinja templates: never a literal credential.
_RE_SUBSTITUTION = re.compile(r"\$\{[A-Za-z_][A-Za-z0-9_]*\}")
_RE_WHOLE_SUBSTITUTION = re.compile(r"\$[A-Za-z_][A-Za-z0-9_]*")


def _is_template(text: str) -> bool:
    """Jinja (`{{`, `{%`) or an ESPHome substitution."""
    if "{{" in text or "{%" in text:
        return True
    if "$" not in text:
        return False
    return _RE_SUBSTITUTION.search(text) is not None or _RE_WHOLE_SUBSTITUTION.fullmatch(text) is not None


_FEATURES_TEMPLATE = (
    '{"auth_prefix":%s,"command_credentials":%s,"entropy":"%s","length":%d,"multiline":%s,%s'
    '"template":%s,"url":%s,"url_credential_query":%s,"url_credentials":%s,"whitespace":%s}'
)
_PLACEHOLDER_JSON = ("", '"placeholder":true,')  # present only when true
_JSON_BOOL = ("false", "true")


def features_text(text: str) -> tuple[str, bool]:
    """The value-shape features of an untagged string (README "Features") as compact JSON
    with sorted keys, and whether one of them is a credential feature."""
    has_url = "://" in text
    has_dash = "-" in text
    first = text[:1]
    bearer_like = first == "b" or first == "B"
    # ASCII-only lowering: str.lower() is that for ASCII text.
    lower = text.lower() if text.isascii() else text.translate(_ASCII_LOWER)
    # Cheap pre-checks (each regex needs these characters) keep big configs fast.
    if has_url or has_dash or bearer_like:
        auth = _RE_AUTH_PREFIX.search(lower) if bearer_like else None
        command = has_dash and (
            _RE_COMMAND_CASED_ANY.search(text) is not None or _RE_COMMAND_LOWER_ANY.search(lower) is not None
        )
        url = has_url and _RE_URL.search(lower) is not None
        url_text = _without_placeholders(lower) if has_url else lower
        url_credentials = has_url and _RE_URL_CREDENTIALS.search(url_text) is not None
        url_query = has_url and _RE_URL_CREDENTIAL_QUERY.search(url_text) is not None
    else:
        auth = None
        command = url = url_credentials = url_query = False
    n = len(text)
    if n < 8:
        entropy = "low"
    else:
        window = text if n <= _ENTROPY_WINDOW else text[:_ENTROPY_WINDOW]
        distinct = set(window)
        if len(distinct) < 8:  # H <= log2(distinct) < 3
            entropy = "low"
        elif len(distinct) <= 48:
            # Floating point first; _entropy_class decides exactly near a threshold.
            m = len(window)
            h = _LOG2[m] - sum([_C_LOG_C[window.count(ch)] for ch in distinct]) / m
            if 3.0 + 1e-9 < h < 4.0 - 1e-9:
                entropy = "medium"
            elif h < 3.0 - 1e-9:
                entropy = "low"
            elif h > 4.0 + 1e-9:
                entropy = "high"
            else:
                entropy = _entropy_class(text)
        else:
            entropy = _entropy_class(text)
    if " " in text:
        whitespace = True
    else:
        whitespace = _RE_WS_CHAR.search(text) is not None
    if "{" in text:
        template = "{{" in text or "{%" in text or ("$" in text and _is_template(text))
    else:
        template = "$" in text and _is_template(text)
    return (
        _FEATURES_TEMPLATE
        % (
            "null" if auth is None else '"' + auth.group(1) + '"',
            _JSON_BOOL[command],
            entropy,
            n,
            _JSON_BOOL["\n" in text],
            _PLACEHOLDER_JSON[is_placeholder(lower)],
            _JSON_BOOL[template],
            _JSON_BOOL[url],
            _JSON_BOOL[url_query],
            _JSON_BOOL[url_credentials],
            _JSON_BOOL[whitespace],
        ),
        bool(url_credentials or url_query or auth is not None or command),
    )


def string_features(text: str) -> dict[str, Any]:
    """The value-shape features of an untagged string, as a dict."""
    return json.loads(features_text(text)[0])  # type: ignore[no-any-return]


def _number_text(value: int | float) -> str:
    return int.__repr__(value) if value.__class__ is int else float.__repr__(value)


class _Memo:
    """Per-build memo of pure functions of a string (a config repeats many strings).

    Lives for one build only (it holds values): never stored beyond it. Everything in it
    is a string (or a bool), so the garbage collector tracks none of it.
    """

    __slots__ = ("features_text", "credentials", "kinds", "numbers", "deny", "keys")

    def __init__(self) -> None:
        self.features_text: dict[str, str] = {}  # text -> its features as JSON
        self.credentials: set[str] = set()  # strings with a credential feature (few)
        self.kinds: dict[str, str] = {}  # a plain scalar's implicit type
        self.numbers: dict[str, str | None] = {}  # a number's JSON, None when not shown
        self.deny: dict[str, bool] = {}
        self.keys: dict[str, str] = {}  # a key as a JSON string

    def features_json(self, text: str) -> str:
        """The features of `text` as JSON; adds it to `credentials` when it carries one."""
        found = self.features_text.get(text)
        if found is None:
            found, credential = features_text(text)
            if credential:
                self.credentials.add(text)
            self.features_text[text] = found
        return found

    def kind(self, text: str) -> str:
        """The implicit type of a plain scalar's text."""
        kind = self.kinds.get(text)
        if kind is None:
            kind = self.kinds[text] = _resolve_text(text)
        return kind

    def node_kind(self, node: _Scalar) -> str:
        if node[_S_PLAIN] or node[_S_TAG] in _RESOLVED_STD_TAGS:
            return self.kind(node[_S_VALUE])
        return "str"

    def number_json(self, kind: str, text: str) -> str | None:
        try:
            return self.numbers[text]
        except KeyError:
            raw = _int_value(text) if kind == "int" else _float_value(text)
            value = _json_number(raw)
            found = self.numbers[text] = None if value is None else _number_text(value)
            return found

    def denied(self, key: str) -> bool:
        """A number under this key is hidden (credential-like name)."""
        found = self.deny.get(key)
        if found is None:
            lowered = key.translate(_ASCII_LOWER)
            found = self.deny[key] = any(word in lowered for word in NUMBER_DENY_SUBSTRINGS)
        return found

    def key_json(self, key: str) -> str:
        found = self.keys.get(key)
        if found is None:
            found = self.keys[key] = encode_str(key)
        return found


# --- one document -> entries and include references ----------------------------------
#
# Entries are compact JSON texts (outline_scan.entry_json): what goes over the wire, and
# nothing for the garbage collector to walk. dumps_outline re-reads them for the
# canonical form.


def _outline_tag(tag: str | None) -> str | None:
    return tag if tag in OUTLINE_TAGS else None


def _make_entry(path: tuple[str | int, ...], line: int, node: _Node, key: str, in_secrets_file: bool, memo: _Memo) -> str:
    tag = node[0]  # same index for scalars and collections
    path_text = path_json(path)
    if tag is not None and tag in OUTLINE_TAGS:
        if node.__class__ is list:
            return entry_json(None, line, path_text, tag, "map" if node[_C_IS_MAP] else "seq", None)
        # `!env_var NAME default`: the default is literal text in the file; describe its shape.
        default = env_var_default(node[_S_VALUE]) if tag == "!env_var" else None
        return entry_json(None if default is None else memo.features_json(default), line, path_text, tag, "str", None)
    if node.__class__ is list:
        if node[_C_IS_MAP]:
            return entry_json(None, line, path_text, None, "map", None)
        if key in ALLOWED_VALUE_KEYS and not in_secrets_file:
            items: list[str] = []
            item_lines: list[str] = []
            for item in node[_C_ITEMS]:
                if item.__class__ is list or _outline_tag(item[_S_TAG]) is not None or memo.node_kind(item) != "str":
                    break
                text = item[_S_VALUE]
                memo.features_json(text)
                if text in memo.credentials:
                    break
                items.append(encode_str(text))
                item_lines.append(str(item[_S_LINE]))
            else:
                return entry_json(
                    None, line, path_text, None, "seq", "[" + ",".join(items) + "]", "[" + ",".join(item_lines) + "]"
                )
        return entry_json(None, line, path_text, None, "seq", None)
    kind = memo.node_kind(node)
    if kind == "str":
        text = node[_S_VALUE]
        features = memo.features_json(text)
        if key in ALLOWED_VALUE_KEYS and text not in memo.credentials and not in_secrets_file:
            return entry_json(features, line, path_text, None, kind, encode_str(text))
        return entry_json(features, line, path_text, None, kind, None)
    if in_secrets_file or kind == "null":
        return entry_json(None, line, path_text, None, kind, None)
    if kind == "bool":
        return entry_json(None, line, path_text, None, kind, "true" if node[_S_VALUE].lower() in _TRUE_WORDS else "false")
    number = None if memo.denied(key) else memo.number_json(kind, node[_S_VALUE])
    return entry_json(None, line, path_text, None, kind, number)


def _outline_document(
    root: _Node | None,
    in_secrets_file: bool,
    limits: OutlineLimits,
    entries_left: int,
    memo: _Memo | None = None,
) -> tuple[list[str], list[Include], dict[str, Any] | None, bool]:
    """Pre-order walk: entries for mapping keys, include references anywhere.

    Returns (entries, includes, limit error or None, total-entries limit hit).
    Iterative (a stack of frames [items, next index, path, is_map, node id]); a
    collection that is its own ancestor (recursive alias) is not descended again.
    """
    entries: list[str] = []
    includes: list[Include] = []
    if root is None:
        return entries, includes, None, False
    if memo is None:
        memo = _Memo()
    max_entries = limits.max_entries_per_file
    max_nodes = limits.max_nodes_per_file
    entry_cap = min(max_entries, entries_left)
    append_entry = entries.append
    include_tags = INCLUDE_TAGS

    def nodes_error() -> dict[str, Any]:
        return _error("limit_reached", None, f"The file has more than {max_nodes} nodes; the rest is not listed.")

    nodes = 1
    if nodes > max_nodes:
        return entries, includes, nodes_error(), False
    if root.__class__ is tuple:
        if root[_S_TAG] in include_tags:
            includes.append((root[_S_TAG], root[_S_VALUE], root[_S_LINE], ()))
        return entries, includes, None, False
    on_path: set[int] = {id(root)}
    stack: list[list[Any]] = [[root[_C_ITEMS], 0, (), root[_C_IS_MAP], id(root)]]
    while stack:
        frame = stack[-1]
        items, index, path, is_map = frame[0], frame[1], frame[2], frame[3]
        end = len(items)
        child: Any = None
        while index < end:
            if is_map:
                key_node = items[index]
                value = items[index + 1]
                index += 2
                if key_node.__class__ is list:  # complex keys are refused by HA: skipped
                    continue
                if len(entries) >= entry_cap:  # per-file limit first, then the total
                    if len(entries) >= max_entries:
                        return entries, includes, _error(
                            "limit_reached", None,
                            f"The file has more than {max_entries} keys; the rest is not listed.",
                        ), False
                    return entries, includes, _error(
                        "limit_reached", None,
                        "The outline reached its total key limit; the rest of the file is not listed.",
                    ), True
                key = key_node[_S_VALUE]
                value_path = (*path, key)
                append_entry(_make_entry(value_path, key_node[_S_LINE], value, key, in_secrets_file, memo))
            else:
                value = items[index]
                value_path = (*path, index)
                index += 1
            nodes += 1
            if nodes > max_nodes:
                return entries, includes, nodes_error(), False
            if value.__class__ is tuple:
                if value[_S_TAG] in include_tags:
                    includes.append((value[_S_TAG], value[_S_VALUE], value[_S_LINE], value_path))
                continue
            if id(value) in on_path:
                continue
            child = value
            break
        if child is None:
            stack.pop()
            on_path.discard(frame[4])
            continue
        frame[1] = index
        child_id = id(child)
        on_path.add(child_id)
        stack.append([child[_C_ITEMS], 0, value_path, child[_C_IS_MAP], child_id])
    return entries, includes, None, False


# --- files, includes and the folder walk ---------------------------------------------

_MISSING = "missing"
_DIR_MOUNT_INDEX = "!include_dir_list"
_DIR_MOUNT_NAME = "!include_dir_named"



def _files_under(top: str, skip_dirs: frozenset[str]) -> Iterator[os.DirEntry[str]]:
    """Non-hidden files under `top`, pre-order: a folder's files (sorted by name) before its
    sub-folders (sorted); symlinked folders, hidden names and `skip_dirs` not entered;
    unreadable folders skipped."""
    pending = [top]
    while pending:
        folder = pending.pop()
        try:
            with os.scandir(folder) as it:
                items = sorted(it, key=lambda e: e.name)
        except OSError:
            continue
        subdirs: list[str] = []
        for item in items:
            if item.name.startswith("."):
                continue
            if _is_dir(item):
                if not item.is_symlink() and item.name not in skip_dirs:
                    subdirs.append(item.path)
                continue
            yield item
        pending.extend(reversed(subdirs))


def _is_dir(entry: os.DirEntry[str]) -> bool:
    """Directory (following symlinks); a symlink loop or dangling link is not one."""
    try:
        return entry.is_dir()
    except OSError:
        return False


def _line_of(text: str, index: int) -> int:
    return 1 + len(_RE_LINE_BREAK.findall(text, 0, index))


def parse_text(
    text: str,
    in_secrets_file: bool = False,
    limits: OutlineLimits | None = None,
    entries_left: int | None = None,
    deadline: float | None = None,
    memo: _Memo | None = None,
) -> tuple[list[str], list[Include], dict[str, Any] | None, bool]:
    """Outline one YAML text: (entries as JSON texts, includes, error, total-entries limit hit).

    Never raises for any input text; errors never quote the text.
    """
    limits = limits or OutlineLimits()
    if entries_left is None:
        entries_left = limits.max_total_entries
    if deadline is None:
        deadline = time.monotonic() + limits.max_seconds
    if memo is None:
        memo = _Memo()
    if text.startswith("\ufeff"):
        text = text[1:]
    # ASCII text (most configs) is checked at C speed; the regex only runs when needed.
    if not text.isascii() or text.encode("ascii").translate(None, _PRINTABLE_ASCII):
        bad = _RE_NON_PRINTABLE.search(text)
    else:
        bad = None
    if bad is not None:
        return [], [], _error("malformed", _line_of(text, bad.start()), _MALFORMED), False
    scanned = _scan(text, in_secrets_file, limits, entries_left, deadline, memo)
    if scanned is outline_scan.TIME_UP:
        return [], [], _error("limit_reached", None, _TIME_LIMIT_FILE), False
    if scanned is not None:
        return scanned[0], scanned[1], None, False
    try:
        root = _compose_checked(text, limits, deadline)
        return _outline_document(root, in_secrets_file, limits, entries_left, memo)
    except _FileProblem as problem:
        return [], [], _error(problem.kind, problem.line, problem.message), False
    except yaml.YAMLError as exc:
        return [], [], _error("malformed", _mark_line(exc), _MALFORMED), False
    except Exception:  # noqa: BLE001 - a parser bug must not stop the outline
        return [], [], _error("malformed", None, _MALFORMED), False


def _scan(
    text: str, in_secrets_file: bool, limits: OutlineLimits, entries_left: int, deadline: float, memo: _Memo
) -> tuple[list[str], list[Include]] | str | None:
    """The line scanner's answer, or None when the file needs the event parser."""
    if not _SCANNER_ENABLED:
        return None
    if not text.isascii() and ("\x85" in text or "\u2028" in text or "\u2029" in text):
        return None  # line breaks the scanner does not split on
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")  # one break each, as PyYAML counts
    lines = text.count("\n") + 1
    # A line gives at most one entry and two nodes: far from the limits, none is reached.
    if lines > min(limits.max_entries_per_file, entries_left) or 2 * lines + 1 > limits.max_nodes_per_file:
        return None
    return outline_scan.scan(
        text, memo, in_secrets_file, ALLOWED_VALUE_KEYS, INCLUDE_TAGS, limits.max_nesting, deadline
    )


def _compose_checked(text: str, limits: OutlineLimits, deadline: float) -> _Node | None:
    """Home Assistant's order: the C parser first; on a syntax error, the Python one."""
    if _FastLoader is not None:
        try:
            return _compose(text, _FastLoader, limits, deadline)
        except yaml.YAMLError:
            pass
    return _compose(text, yaml.SafeLoader, limits, deadline)


_Parsed = tuple[list[str], list[Include], "dict[str, Any] | None"]
_Stamp = tuple[int, int, int, int, int]


class OutlineCache:
    """The last build's parse of each file, reused while the file's stat is unchanged.

    Home Assistant rebuilds the outline for every new subscriber and after every change;
    most files did not change. Keyed by path and (size, mtime, ctime, inode, device): an
    edit, a rewrite or a replacement changes the stamp. A build reads the previous
    generation and writes a new one, swapped in at its end, so builds running at the same
    time in two executor threads never see a half-written cache. Holds outline entries
    only (never values a build would not send). Limit: two same-size writes to the same
    inode within one timestamp tick look unchanged (many editors save by rename: a new inode).
    """

    def __init__(self) -> None:
        self.files: dict[str, tuple[_Stamp, bool, _Parsed]] = {}
        self.hits = 0  # files reused by the last build (tests, diagnostics)


class _Builder:
    def __init__(self, config_dir: str, limits: OutlineLimits, cache: OutlineCache | None = None) -> None:
        self.cache = cache
        self.cached: dict[str, tuple[_Stamp, bool, _Parsed]] = {}  # the next generation
        self.hits = 0
        self.root = os.path.abspath(config_dir)
        self.root_real = os.path.realpath(self.root)
        self.limits = limits
        self.start = time.monotonic()
        self.files: dict[str, dict[str, Any]] = {}
        self.total_bytes = 0
        self.total_entries = 0
        self.truncated: dict[str, str] | None = None
        self.memo = _Memo()  # dropped with the builder when the build ends

    # -- helpers --

    def _rel(self, abs_path: str) -> str | None:
        """Lexical path relative to the config folder with '/', or None if outside."""
        rel = os.path.relpath(abs_path, self.root)
        if rel == os.pardir or rel.startswith(os.pardir + os.sep) or os.path.isabs(rel):
            return None
        return rel.replace(os.sep, "/")

    def _inside_real(self, path: str) -> bool:
        rel = os.path.relpath(os.path.realpath(path), self.root_real)
        return not (rel == os.pardir or rel.startswith(os.pardir + os.sep) or os.path.isabs(rel))

    def _truncate(self, limit: str, message: str) -> None:
        if self.truncated is None:
            self.truncated = {"limit": limit, "message": message}

    def _before_file(self) -> None:
        limits = self.limits
        if time.monotonic() - self.start >= limits.max_seconds:
            raise _Stop("max_seconds", f"Stopped after {_num_text(limits.max_seconds)} seconds.")
        if len(self.files) >= limits.max_files:
            raise _Stop("max_files", f"Stopped after {limits.max_files} files.")

    def _read(self, abs_path: str) -> str | dict[str, Any] | tuple[_Stamp, bytes | None]:
        """(stamp, bytes) of the file, an error for the file itself, or _MISSING.

        The bytes are None when the cache holds a parse of this very file (same stamp):
        then nothing is read, and its size still counts toward max_total_bytes.
        """
        limits = self.limits
        try:
            st = os.stat(abs_path)
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                return _error("symlink_loop", None, "The file is a symlink loop.")
            if exc.errno in (errno.ENOENT, errno.ENOTDIR):
                return _MISSING
            return _error("unreadable", None, "The file could not be read.")
        if not self._inside_real(abs_path):
            return _error("unreadable", None, "The file is a symlink to a place outside the config folder.")
        if not stat.S_ISREG(st.st_mode):
            return _error("unreadable", None, "The path is not a regular file.")
        if st.st_size > limits.max_file_bytes:
            return _error("too_large", None, f"The file is larger than the limit of {limits.max_file_bytes} bytes.")
        if self.total_bytes + st.st_size > limits.max_total_bytes:
            raise _Stop("max_total_bytes", f"Stopped: the files exceed {limits.max_total_bytes} bytes in total.")
        stamp = (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev)
        if self.cache is not None:
            known = self.cache.files.get(abs_path)
            if known is not None and known[0] == stamp:
                self.total_bytes += st.st_size
                return stamp, None
        try:
            with open(abs_path, "rb") as handle:
                data = handle.read(limits.max_file_bytes + 1)
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                return _error("symlink_loop", None, "The file is a symlink loop.")
            return _error("unreadable", None, "The file could not be read.")
        if len(data) > limits.max_file_bytes:
            return _error("too_large", None, f"The file is larger than the limit of {limits.max_file_bytes} bytes.")
        self.total_bytes += len(data)
        return stamp, data

    def _read_again(self, abs_path: str, stamp: _Stamp) -> bytes | None:
        """The bytes of a file whose stamp the cache knew; None when it changed or failed."""
        try:
            with open(abs_path, "rb") as handle:
                data = handle.read(self.limits.max_file_bytes + 1)
        except OSError:
            return None
        return data if len(data) == stamp[0] else None

    # -- one file --

    def visit(
        self, rel: str, abs_path: str, mount: list[str | int] | None, depth: int | None, stack: tuple[str, ...]
    ) -> bool:
        """List one file (reachable when depth is not None). False when it does not exist."""
        self._before_file()
        data = self._read(abs_path)
        if isinstance(data, str):  # _MISSING
            return False
        record: dict[str, Any] = {
            "path": rel,
            "reachable": depth is not None,
            "mount": mount,
            "error": None,
            "entries": [],
        }
        self.files[rel] = record
        if isinstance(data, dict):
            record["error"] = data
            return True
        stamp, content = data
        in_secrets_file = os.path.basename(rel) == SECRETS_FILE
        entries_left = self.limits.max_total_entries - self.total_entries
        known = self.cache.files.get(abs_path) if content is None and self.cache is not None else None
        if known is not None and known[1] == in_secrets_file and len(known[2][0]) <= entries_left:
            entries, includes, error = known[2]
            shown = error
            total_hit = False
            self.hits += 1
        else:
            if content is None:  # the cached parse does not fit this build's limits: read again
                reread = self._read_again(abs_path, stamp)
                if reread is None:
                    record["error"] = _error("unreadable", None, "The file could not be read.")
                    return True
                content = reread
            if b"\x00" in content:
                record["error"] = _error("binary", None, "The file is not UTF-8 text.")
                return True
            try:
                text = content.decode("utf-8")
                exact = True
            except UnicodeDecodeError:
                # Home Assistant refuses the file, but a Latin-1 byte must not hide a password
                # written in it: scan the text with each invalid sequence as U+FFFD.
                text = content.decode("utf-8", errors="replace")
                exact = False
            entries, includes, error, total_hit = parse_text(
                text,
                in_secrets_file=in_secrets_file,
                limits=self.limits,
                entries_left=entries_left,
                deadline=self.start + self.limits.max_seconds,
                memo=self.memo,
            )
            # The walk stops on the parse's own limits (`error`); the record shows the file's.
            shown = error if exact else _error("binary", None, "The file is not UTF-8 text.")
        if self.cache is not None and not total_hit and (error is None or error["kind"] != "limit_reached"):
            self.cached[abs_path] = (stamp, in_secrets_file, (entries, includes, shown))
        record["entries"] = entries
        record["error"] = shown
        self.total_entries += len(entries)
        if total_hit:
            raise _Stop("max_entries", f"Stopped after {self.limits.max_total_entries} keys in total.")
        if error is not None and error["message"] == _TIME_LIMIT_FILE:
            raise _Stop("max_seconds", f"Stopped after {_num_text(self.limits.max_seconds)} seconds.")
        if depth is not None:
            real = os.path.realpath(abs_path)
            for tag, arg, line, path in includes:
                self._follow(record, abs_path, tag, arg, line, [*(mount or []), *path], depth + 1, (*stack, real))
        return True

    # -- includes --

    @staticmethod
    def _set_error(record: dict[str, Any], kind: str, line: int, message: str) -> None:
        if record["error"] is None:
            record["error"] = _error(kind, line, message)

    def _follow(
        self,
        record: dict[str, Any],
        includer: str,
        tag: str,
        arg: str,
        line: int,
        mount: list[str | int],
        depth: int,
        stack: tuple[str, ...],
    ) -> None:
        if "\0" in arg:
            # No file name holds a NUL (the os functions refuse it with ValueError): missing.
            what = "file" if tag == "!include" else "directory"
            self._set_error(record, "missing_include", line, f"The included {what} does not exist.")
            return
        target = os.path.normpath(os.path.join(os.path.dirname(includer), arg))
        rel = self._rel(target)
        if rel is None:
            self._set_error(record, "missing_include", line, "The included path is outside the config folder.")
            return
        if tag == "!include":
            self._include_file(record, line, target, rel, mount, depth, stack)
            return
        if not os.path.isdir(target):
            self._set_error(record, "missing_include", line, "The included directory does not exist.")
            return
        if not self._inside_real(target):
            self._set_error(record, "missing_include", line, "The included path is outside the config folder.")
            return
        for index, (file_abs, file_rel) in enumerate(self._dir_yaml_files(target)):
            if tag == _DIR_MOUNT_INDEX:
                file_mount: list[str | int] = [*mount, index]
            elif tag == _DIR_MOUNT_NAME:
                file_mount = [*mount, os.path.splitext(os.path.basename(file_abs))[0]]
            else:
                file_mount = list(mount)
            self._include_file(record, line, file_abs, file_rel, file_mount, depth, stack)

    def _include_file(
        self,
        record: dict[str, Any],
        line: int,
        target: str,
        rel: str,
        mount: list[str | int],
        depth: int,
        stack: tuple[str, ...],
    ) -> None:
        if os.path.realpath(target) in stack:
            self._set_error(record, "include_cycle", line, f"Including {rel} here creates an include cycle.")
            return
        if rel in self.files:
            return
        if depth > self.limits.max_depth:
            message = f"This include exceeds the include depth limit of {self.limits.max_depth}."
            self._set_error(record, "limit_reached", line, message)
            self._truncate("max_depth", f"Includes nest deeper than {self.limits.max_depth} levels.")
            return
        if os.path.isdir(target):
            self._set_error(record, "missing_include", line, "The included path is a folder, not a file.")
            return
        if not self.visit(rel, target, mount, depth, stack):
            self._set_error(record, "missing_include", line, "The included file does not exist.")

    def _dir_yaml_files(self, top: str) -> list[tuple[str, str]]:
        """Home Assistant's _find_files(top, "*.yaml") minus secrets.yaml, in a fixed order:
        pre-order, a folder's files (sorted) before its sub-folders (sorted); hidden
        names skipped; symlinked folders not entered (os.walk followlinks=False)."""
        found: list[tuple[str, str]] = []
        for item in _files_under(top, frozenset()):
            if item.name.endswith(".yaml") and item.name != SECRETS_FILE:
                rel = self._rel(os.path.normpath(item.path))
                if rel is not None:
                    found.append((os.path.normpath(item.path), rel))
        return found

    # -- the whole folder --

    def walk_unreachable(self) -> None:
        """Every other *.yaml / *.yml file, depth-first in sorted name order."""
        for item in _files_under(self.root, SKIP_DIRS):
            if not item.name.endswith((".yaml", ".yml")):
                continue
            abs_path = os.path.normpath(item.path)
            rel = self._rel(abs_path)
            if rel is None or rel in self.files:
                continue
            self.visit(rel, abs_path, None, None, ())

    def build(self) -> dict[str, Any]:
        try:
            root_file = os.path.join(self.root, ROOT_FILE)
            if os.path.lexists(root_file):
                self.visit(ROOT_FILE, root_file, None, 0, ())
            self.walk_unreachable()
        except _Stop as stop:
            self._truncate(stop.limit, stop.message)
        if self.cache is not None:
            self.cache.files = self.cached  # files not seen in this build drop out
            self.cache.hits = self.hits
        return {
            "version": OUTLINE_VERSION,
            "files": [self.files[key] for key in sorted(self.files)],
            "truncated": self.truncated,
        }


def build_outline(
    config_dir: str | os.PathLike[str], limits: OutlineLimits | None = None, cache: OutlineCache | None = None
) -> dict[str, Any]:
    """Outline every YAML file under `config_dir` (blocking: run it in an executor).

    With a cache, files whose stat did not change since the cache's last build are not
    read or parsed again; the outline is the same either way.
    """
    path = os.fspath(config_dir)
    if not os.path.isdir(path):
        raise NotADirectoryError("config folder not found")
    return _Builder(path, limits or OutlineLimits(), cache).build()


# --- canonical JSON ------------------------------------------------------------------
#
# json.dumps(indent=2) runs the pure-Python encoder (the C one only does indent=None)
# and builds one list of every token: ~15 s and gigabytes for a big outline. The same
# bytes are written here: containers by hand, and each container of plain values in
# one C-encoder call whose item separator carries the newline and indentation.

_encode_str = json.encoder.encode_basestring_ascii
_PLAIN_TYPES = (str, int, float, bool, type(None))


def _plain_encoder(depth: int) -> json.JSONEncoder:
    inner = "\n" + "  " * (depth + 1)
    return json.JSONEncoder(
        separators=("," + inner, ": "), sort_keys=True, ensure_ascii=True, allow_nan=False
    )


_ENTRY_KEYS = frozenset({"features", "item_lines", "line", "path", "tag", "type", "value"})  # sorted order
_ENTRY_START = "{\n" + " " * 10
_ENTRY_JOIN = ",\n" + " " * 10
_ENTRY_END = "\n" + " " * 8 + "}"
_ENTRY_PATH_SEP = "\n" + " " * 12
_ENTRY_PATH_JOIN = ",\n" + " " * 12
_ENTRY_PATH_END = "\n" + " " * 10 + "]"


class _JsonWriter:
    """json.dumps(value, indent=2, sort_keys=True, ensure_ascii=True, allow_nan=False)."""

    def __init__(self) -> None:
        self.encoders: dict[int, json.JSONEncoder] = {}
        self.keys: dict[str, str] = {}

    def value(self, value: Any, depth: int) -> str:
        cls = value.__class__
        if cls is str:
            return _encode_str(value)
        if value is None:
            return "null"
        if value is True:
            return "true"
        if value is False:
            return "false"
        if cls is int:
            return int.__repr__(value)
        if isinstance(value, (dict, list, tuple)):
            return self.container(value, depth)
        # Floats and anything unusual: exactly what json prints (or refuses).
        return self.plain(depth).encode(value)

    def plain(self, depth: int) -> json.JSONEncoder:
        encoder = self.encoders.get(depth)
        if encoder is None:
            encoder = self.encoders[depth] = _plain_encoder(depth)
        return encoder

    def container(self, value: dict[Any, Any] | list[Any] | tuple[Any, ...], depth: int) -> str:
        if not value:
            return "{}" if isinstance(value, dict) else "[]"
        is_dict = isinstance(value, dict)
        members = value.values() if is_dict else value  # type: ignore[union-attr]
        if all(member.__class__ in _PLAIN_TYPES for member in members):
            return self._flat(value, depth)
        inner = "\n" + "  " * (depth + 1)
        if is_dict:
            if not all(key.__class__ is str for key in value):
                # Non-string keys never occur in an outline; json's own rules apply.
                return json.dumps(
                    value, indent=2, sort_keys=True, ensure_ascii=True, allow_nan=False
                ).replace("\n", "\n" + "  " * depth)
            keys = self.keys
            parts = []
            for name in sorted(value):
                encoded = keys.get(name)
                if encoded is None:
                    encoded = keys[name] = _encode_str(name) + ": "
                parts.append(encoded + self.value(value[name], depth + 1))  # type: ignore[index]
            return "{" + inner + ("," + inner).join(parts) + "\n" + "  " * depth + "}"
        return "[" + inner + ("," + inner).join([self.value(item, depth + 1) for item in value]) + "\n" + "  " * depth + "]"

    def file(self, file: Any) -> str:
        """One outline file at its depth (2); its entries through `entry`."""
        entries = file.get("entries") if file.__class__ is dict else None
        if entries.__class__ is not list or not entries or not all(key.__class__ is str for key in file):
            return self.value(file, 2)
        parts = []
        for name in sorted(file):
            if name == "entries":
                entry = self.entry
                parts.append(
                    '"entries": [\n        ' + ",\n        ".join([entry(item) for item in entries]) + "\n      ]"
                )
            else:
                parts.append(_encode_str(name) + ": " + self.value(file[name], 3))
        return "{\n      " + ",\n      ".join(parts) + "\n    }"

    def entry(self, entry: dict[str, Any] | str) -> str:
        """One outline entry at its depth (4) in the canonical form, specialised.

        The builder's entries are compact JSON texts: read back, then written canonically.
        """
        if entry.__class__ is str:
            entry = json.loads(entry)  # type: ignore[arg-type]
        assert isinstance(entry, dict)
        path = entry.get("path")
        if (
            entry.keys() <= _ENTRY_KEYS
            and len(entry) >= 4
            and (path.__class__ is tuple or path.__class__ is list)
            and path
            and all(part.__class__ is str or part.__class__ is int for part in path)
        ):
            value = self.value
            parts = []
            if "features" in entry:
                parts.append('"features": ' + value(entry["features"], 5))
            if "item_lines" in entry:
                parts.append('"item_lines": ' + value(entry["item_lines"], 5))
            if "line" in entry:
                parts.append('"line": ' + value(entry["line"], 5))
            parts.append(
                '"path": [' + _ENTRY_PATH_SEP + _ENTRY_PATH_JOIN.join(
                    [_encode_str(part) if part.__class__ is str else int.__repr__(part) for part in path]
                ) + _ENTRY_PATH_END
            )
            if "tag" in entry:
                parts.append('"tag": ' + value(entry["tag"], 5))
            if "type" in entry:
                parts.append('"type": ' + value(entry["type"], 5))
            if "value" in entry:
                parts.append('"value": ' + value(entry["value"], 5))
            return _ENTRY_START + _ENTRY_JOIN.join(parts) + _ENTRY_END
        return self.value(entry, 4)

    def _flat(self, value: dict[str, Any] | list[Any] | tuple[Any, ...], depth: int) -> str:
        """A non-empty container of plain values: one C-encoder call."""
        text = self.plain(depth).encode(value)
        return text[0] + "\n" + "  " * (depth + 1) + text[1:-1] + "\n" + "  " * depth + text[-1]


def iter_outline_json(outline: dict[str, Any]) -> Any:
    """The canonical JSON of `dumps_outline` in pieces (about one per file)."""
    writer = _JsonWriter()
    files = outline.get("files") if outline.__class__ is dict else None
    if files.__class__ is not list or not files or not all(key.__class__ is str for key in outline):
        yield writer.value(outline, 0) + "\n"
        return
    # {"files": [...], ...}: the other top-level keys sort around "files".
    names = sorted(outline)
    yield "{"
    for position, name in enumerate(names):
        yield ("\n  " if position == 0 else ",\n  ") + _encode_str(name) + ": "
        if name != "files":
            yield writer.value(outline[name], 1)
            continue
        yield "["
        for index, file in enumerate(files):
            yield ("\n    " if index == 0 else ",\n    ") + writer.file(file)
        yield "\n  ]"
    yield "\n}\n"


def iter_outline_json_compact(outline: dict[str, Any]) -> Iterator[str]:
    """Compact JSON of an outline (the wire form) in pieces, about one per file.

    The builder's entries are already compact JSON texts and are written as they are;
    anything else (a test's stand-in) goes through json.dumps.
    """
    dump = json.dumps
    files = outline.get("files", [])
    others = {key: value for key, value in outline.items() if key != "files"}
    yield '{"files":['
    for index, file in enumerate(files):
        rest = {key: value for key, value in file.items() if key != "entries"}
        head = dump(rest, separators=(",", ":"), sort_keys=True)
        body = ",".join([e if e.__class__ is str else dump(e, separators=(",", ":")) for e in file.get("entries", [])])
        yield ("," if index else "") + '{"entries":[' + body + ("]," if rest else "]") + head[1:]
    yield ("]," if others else "]") + dump(others, separators=(",", ":"), sort_keys=True)[1:]


def dumps_outline(outline: dict[str, Any]) -> str:
    """Canonical JSON: sorted keys, 2-space indent, ASCII only, trailing newline."""
    return "".join(iter_outline_json(outline))


def _main(argv: list[str]) -> int:
    args = argv[1:]
    limits = OutlineLimits()
    if len(args) == 3 and args[1] == "--limits":
        with open(args[2], encoding="utf-8") as handle:
            limits = OutlineLimits.from_mapping(json.load(handle))
        args = args[:1]
    if len(args) != 1:
        sys.stderr.write("usage: outline.py CONFIG_DIR [--limits LIMITS.json]\n")
        return 2
    try:
        outline = build_outline(args[0], limits)
    except NotADirectoryError:
        sys.stderr.write("outline.py: CONFIG_DIR is not a folder\n")
        return 2
    sys.stdout.writelines(iter_outline_json(outline))  # the bytes of dumps_outline, streamed
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv))
