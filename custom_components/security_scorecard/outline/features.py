"""Value-shape features of a string (README "Features"): what a check needs to know about a
value without seeing it. ASCII-only rules, each regex meaning the same in Python `re` and
JavaScript `RegExp`, so the specification stays language-neutral.
"""

from __future__ import annotations

from collections import Counter
import json
import math
import re
from typing import Any

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
            h = _LOG2[m] - sum(map(_C_LOG_C.__getitem__, map(window.count, distinct))) / m
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
