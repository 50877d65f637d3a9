"""Scalar values: YAML 1.1 implicit types as PyYAML resolves them, numbers as both JSON
printers write them, and the per-build memo of everything computed from a string.
"""

from __future__ import annotations

import re

from .compose import _S_PLAIN, _S_TAG, _S_VALUE, _Scalar
from .entry import encode_str
from .features import _ASCII_LOWER, features_text
from .rules import NUMBER_DENY_SUBSTRINGS

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
# Every implicit type (null, bool, int, float) starts with one of these; anything else is str.
_RESOLVABLE_FIRST: frozenset[str] = frozenset("~nNyYtTfFoO+-.0123456789")
_MAX_SAFE_INT = 9007199254740991

# --- scalar resolution ---------------------------------------------------------------

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
