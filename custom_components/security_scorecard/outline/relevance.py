"""The relevant outline on the wire: only the entries a check reads, in a compact encoding.

Which entries the checks read is decided in TypeScript (src/checks/outline-relevance.ts)
and generated beside this module as `relevance.json`; this module only applies it. A file
record keeps its path, reachability, mount and error whole; its kept entries are encoded
without repeated key paths (docs/architecture.md, "Outline on the wire"):

    {"path", "reachable", "mount", "error",
     "keys":    [key text, ...],              # the file's distinct key names
     "nodes":   [parent, seg, parent, seg, ...],   # node i = pair i; parent -1 = the document
     "entries": [[node, line, tag, type, value?, item_lines?, features?], ...]}

`seg` >= 0 is `keys[seg]`, < 0 the list index `-seg - 1`; `tag` and `type` index TAGS and
TYPES; `features` is [length, flag bits (FEATURE_BITS), entropy (ENTROPIES), auth prefix
(AUTH_PREFIXES)]; trailing absent fields are left out, an absent one before a present one is
null. Pure and synchronous, stdlib only: lint-config runs it through the CLI (`--relevant`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
import json
import os
import time
from typing import Any

RELEVANCE_FILE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "relevance.json")

TAGS: tuple[str | None, ...] = (
    None,
    "!secret",
    "!env_var",
    "!include",
    "!include_dir_list",
    "!include_dir_named",
    "!include_dir_merge_list",
    "!include_dir_merge_named",
    "!input",
)
TYPES: tuple[str, ...] = ("str", "int", "float", "bool", "null", "map", "seq")
FEATURE_BITS: tuple[str, ...] = (
    "template",
    "url",
    "url_credentials",
    "url_credential_query",
    "command_credentials",
    "multiline",
    "whitespace",
    "placeholder",
)
ENTROPIES: tuple[str, ...] = ("low", "medium", "high")
AUTH_PREFIXES: tuple[str | None, ...] = (None, "bearer", "basic")

_TAG_CODE = {tag: code for code, tag in enumerate(TAGS)}
_TYPE_CODE = {kind: code for code, kind in enumerate(TYPES)}
_FEATURE_TEXT = {
    "url_credentials": '"url_credentials":true',
    "url_credential_query": '"url_credential_query":true',
    "command_credentials": '"command_credentials":true',
    "auth_prefix": '"auth_prefix":"',
}
_PATH_START = '"path":['
_PATH_END = '],"tag":'


@dataclass(frozen=True)
class Relevance:
    """relevance.json, checked: what the checks read (src/checks/outline-relevance.ts)."""

    prefixes: tuple[tuple[str | int, ...], ...]
    key_words: tuple[str, ...]
    keys: frozenset[str]
    key_values: tuple[tuple[frozenset[str], str], ...]
    features: tuple[str, ...]
    whole_reachable_with_error: bool
    whole_unreachable_name_words: tuple[str, ...]
    whole_except_names: frozenset[str]

    @classmethod
    def from_mapping(cls, data: Any) -> Relevance:
        """Build from the generated JSON; anything unexpected is refused (ValueError)."""
        try:
            if data["version"] != 1:
                raise ValueError("unknown relevance version")
            whole = data["wholeFiles"]
            features = tuple(str(f) for f in data["features"])
            if not set(features) <= set(_FEATURE_TEXT):
                raise ValueError("unknown feature in relevance.json")
            return cls(
                prefixes=tuple(tuple(_segment(s) for s in p) for p in data["prefixes"]),
                key_words=tuple(str(w) for w in data["keyWords"]),
                keys=frozenset(str(k) for k in data["keys"]),
                key_values=tuple((frozenset(str(k) for k in kv["keys"]), str(kv["value"])) for kv in data["keyValues"]),
                features=features,
                whole_reachable_with_error=whole["reachableWithError"] is True,
                whole_unreachable_name_words=tuple(str(w) for w in whole["unreachableNameWords"]),
                whole_except_names=frozenset(str(n) for n in whole["exceptNames"]),
            )
        except (KeyError, TypeError) as exc:
            raise ValueError(f"relevance.json has an unexpected shape ({exc.__class__.__name__})") from None


def _segment(value: Any) -> str | int:
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise TypeError("path segment")
    return value


def load_relevance(path: str = RELEVANCE_FILE) -> Relevance:
    """The generated declaration (blocking: read it once, in an executor or at import of a CLI)."""
    with open(path, encoding="utf-8") as handle:
        return Relevance.from_mapping(json.load(handle))


# --- the filter ---------------------------------------------------------------------


def _config_path(mount: Sequence[str | int] | None, path: Sequence[str | int]) -> Sequence[str | int]:
    full = [*(mount or ()), *path]
    if len(full) >= 3 and full[0] == "homeassistant" and full[1] == "packages":
        return full[3:]
    return full


# A features object none of whose credential features is set, as the builder writes it
# (keys sorted): it starts with the first text and holds the second. Inside a JSON string
# every `"` is escaped, so neither text can come from a key or a value.
_NO_CREDENTIAL_HEAD = '{"auth_prefix":null,"command_credentials":false,'
_NO_CREDENTIAL_URL = ',"url_credential_query":false,"url_credentials":false,'
_FEATURES_AT = len('{"features":')
_KEY_CLOSE = '"' + _PATH_END  # the closing quote of the path's last key, and what follows it


class _FileFilter:
    """The declaration applied to one file's entries (compact JSON texts from the builder).

    Cheap text tests first (the entry texts have a fixed shape: sorted keys, ASCII-escaped
    strings, so the only `],"tag":` ends the path, and every builder entry's path ends with
    a key); an entry is parsed only when a test says it may be kept, and then judged exactly.
    """

    def __init__(
        self,
        rel: Relevance,
        mount: Sequence[str | int] | None,
        last_keys: dict[str, int],
        feature_shapes: dict[str, bool] | None = None,
    ) -> None:
        self.rel = rel
        # Verdicts by features JSON and by last-key JSON (_last_key_verdict): both repeat across a config.
        self.feature_shapes = feature_shapes if feature_shapes is not None else {}
        self.mount = list(mount or ())
        self.feature_texts = tuple(_FEATURE_TEXT[f] for f in rel.features)
        self.value_texts = tuple(',"value":' + json.dumps(value) + "}" for _keys, value in rel.key_values)
        self.last_keys = last_keys
        base = self.mount
        if len(base) >= 3 and base[0] == "homeassistant" and base[1] == "packages":
            base = base[3:]
        if self.mount and len(self.mount) < 3 and self.mount[0] == "homeassistant":
            self.prefix_mode = "every"  # a package prefix may be completed inside the file
        elif base:
            self.prefix_mode = "every" if any(_compatible(base, p) for p in rel.prefixes) else "none"
        else:
            self.prefix_mode = "head"
        self.head_texts = tuple(json.dumps(p[0]) for p in rel.prefixes if p)

    def select(self, entries: Sequence[Any]) -> list[Any]:
        """The entries kept, in order. One loop over locals, no call per entry on the common
        route: it runs for each of the half a million entries of a big config."""
        rel = self.rel
        feature_texts = self.feature_texts
        feature_shapes = self.feature_shapes
        value_texts = self.value_texts
        last_keys = self.last_keys
        mode = self.prefix_mode
        head_texts = self.head_texts
        exact = self._exact
        key_close = _KEY_CLOSE
        no_head = _NO_CREDENTIAL_HEAD
        no_url = _NO_CREDENTIAL_URL
        at = _FEATURES_AT
        path_start = _PATH_START
        start_len = len(_PATH_START)
        kept: list[Any] = []
        keep = kept.append
        for text in entries:
            if text.__class__ is not str:
                if is_relevant_entry(rel, self.mount, text):
                    keep(text)
                continue
            # From the end: the tag, type and value after the path hold no unescaped `],"tag":`.
            end = text.rfind(key_close)
            if end < 0:
                if self._other(text):
                    keep(text)
                continue
            q = text.rfind('"', 0, end)
            token = text[q if text[q - 1] != "\\" else _opening_quote(text, end) : end + 1]  # the last key's JSON
            known = last_keys.get(token)
            if known is None:
                known = _last_key_verdict(rel, json.loads(token))
                if len(last_keys) > _MAX_MEMO:
                    last_keys.clear()
                last_keys[token] = known
            if known == _KEY_KEPT:
                keep(text)
                continue
            if text[2] == "f" and not (text.startswith(no_head, at) and text.find(no_url, at, end) >= 0):
                # Some credential feature may be set: '{"features":{…}' ends at its first `}`.
                shape = text[at : text.find("}", at + 1) + 1]
                credential = feature_shapes.get(shape)
                if credential is None:
                    credential = any(f in shape for f in feature_texts)
                    if len(feature_shapes) > _MAX_MEMO:
                        feature_shapes.clear()
                    feature_shapes[shape] = credential
                if credential:
                    if exact(text):
                        keep(text)
                    continue
            if known == _KEY_WITH_VALUE and text.endswith(value_texts):
                if exact(text):
                    keep(text)
                continue
            if mode == "none":
                continue
            if mode == "every" or text.startswith(head_texts, text.find(path_start) + start_len):
                if exact(text):
                    keep(text)
        return kept

    def _other(self, text: str) -> bool:
        """An entry whose path does not end with a key: never the builder's; judged exactly."""
        if _PATH_END not in text:
            return True  # not an entry at all: keep rather than lose it
        return self._exact(text)

    def _exact(self, text: str) -> bool:
        return is_relevant_entry(self.rel, self.mount, json.loads(text))


_MAX_MEMO = 65_536


def _opening_quote(text: str, closing: int) -> int:
    """Where the JSON string that ends at `closing` starts: the nearest quote before it
    not escaped (preceded by an even number of backslashes)."""
    q = text.rfind('"', 0, closing)
    while q > 0 and text[q - 1] == "\\":
        n = 1
        while text[q - 1 - n] == "\\":
            n += 1
        if n % 2 == 0:
            break
        q = text.rfind('"', 0, q)
    return q


# What the last key alone says: kept, or not kept but a key-value rule may keep it, or neither.
_KEY_NOT_KEPT, _KEY_KEPT, _KEY_WITH_VALUE = 0, 1, 2


def _last_key_verdict(rel: Relevance, last: str) -> int:
    if _last_key_kept(rel, last):
        return _KEY_KEPT
    return _KEY_WITH_VALUE if any(last in keys for keys, _value in rel.key_values) else _KEY_NOT_KEPT


def _last_key_kept(rel: Relevance, last: str) -> bool:
    """The last-key rules of is_relevant_entry that need nothing but the key."""
    lower = last.lower()
    return any(w in lower for w in rel.key_words) or last in rel.keys


def _compatible(a: Sequence[str | int], b: Sequence[str | int]) -> bool:
    n = min(len(a), len(b))
    return list(a[:n]) == list(b[:n])


def is_relevant_entry(rel: Relevance, mount: Sequence[str | int] | None, entry: dict[str, Any]) -> bool:
    """The declaration's rule for one entry (src/checks/outline-relevance.ts isRelevantEntry)."""
    features = entry.get("features")
    if isinstance(features, dict):
        for name in rel.features:
            if (features.get(name) is not None) if name == "auth_prefix" else features.get(name) is True:
                return True
    path = entry.get("path") or []
    last = path[-1] if path else None
    if isinstance(last, str):
        if _last_key_kept(rel, last):
            return True
        value = entry.get("value")
        if any(last in keys and value == want for keys, want in rel.key_values):
            return True
    config_path = list(_config_path(mount, path))
    return any(config_path[: len(p)] == list(p) for p in rel.prefixes if len(p) <= len(config_path))


def keeps_whole_file(rel: Relevance, record: dict[str, Any]) -> bool:
    """Every entry of the file is kept (src/checks/outline-relevance.ts keepsWholeFile)."""
    if rel.whole_reachable_with_error and record.get("reachable") and record.get("error") is not None:
        return True
    if record.get("reachable"):
        return False
    base = str(record.get("path", "")).rsplit("/", 1)[-1]
    if base in rel.whole_except_names:
        return False
    lower = base.lower()
    return any(w in lower for w in rel.whole_unreachable_name_words)


# Per declaration: the verdicts by last-key JSON and by features JSON (they repeat across files).
_MEMOS: dict[Relevance, tuple[dict[str, int], dict[str, bool]]] = {}


def relevant_entries(rel: Relevance, record: dict[str, Any]) -> list[Any]:
    """The file's entries the declaration keeps, in document order."""
    entries = record.get("entries", [])
    if keeps_whole_file(rel, record):
        return list(entries)
    memo = _MEMOS.setdefault(rel, ({}, {}))
    return _FileFilter(rel, record.get("mount"), memo[0], memo[1]).select(entries)


# --- the compact encoding -----------------------------------------------------------


def _features_compact(features: dict[str, Any]) -> list[int]:
    bits = 0
    for index, name in enumerate(FEATURE_BITS):
        if features.get(name) is True:
            bits |= 1 << index
    return [
        int(features["length"]),
        bits,
        ENTROPIES.index(features["entropy"]),
        AUTH_PREFIXES.index(features.get("auth_prefix")),
    ]


class _Encoder:
    def __init__(self) -> None:
        self.keys: list[str] = []
        self.key_index: dict[str, int] = {}
        self.nodes: list[int] = []
        self.node_index: dict[int, int] = {}

    def node(self, path: Sequence[str | int]) -> int:
        key_index = self.key_index
        node_index = self.node_index
        nodes = self.nodes
        parent = -1
        for seg in path:
            if seg.__class__ is str:
                code = key_index.get(seg)  # type: ignore[arg-type]
                if code is None:
                    code = key_index[seg] = len(self.keys)  # type: ignore[index]
                    self.keys.append(seg)  # type: ignore[arg-type]
            else:
                code = -int(seg) - 1
            # (parent, code) as one int: no tuple per segment for the garbage collector to track.
            pair = code * _NODE_SPAN + parent + 1
            found = node_index.get(pair)
            if found is None:
                found = node_index[pair] = len(nodes) // 2
                nodes.append(parent)
                nodes.append(code)
            parent = found
        return parent

    def entry(self, entry: dict[str, Any]) -> list[Any]:
        features = entry.get("features")
        return self._encode(entry, None if features is None else _features_compact(features))

    def entry_text(self, text: str) -> list[Any]:
        """entry(json.loads(text)), cheaper: the features object (one of a few shapes across a
        config) is decoded once per shape, and nothing goes through json.loads' Python wrapper."""
        if text.startswith(_FEATURES_OPEN):
            close = text.find("}", _FEATURES_AT) + 1  # a features object holds no nested object
            if close and text[close : close + 1] == ",":
                shape = text[_FEATURES_AT:close]
                features = _FEATURE_CODES.get(shape)
                if features is None:
                    features = tuple(_features_compact(_loads(shape)))
                    if len(_FEATURE_CODES) > _MAX_MEMO:
                        _FEATURE_CODES.clear()
                    _FEATURE_CODES[shape] = features
                rest = _loads("{" + text[close + 1 :])
                if "features" not in rest:  # a second member of that name would win in json.loads
                    return self._encode(rest, features)
        return self.entry(_loads(text))

    def _encode(self, entry: dict[str, Any], features: Sequence[int] | None) -> list[Any]:
        out: list[Any] = [self.node(entry["path"]), entry["line"], _TAG_CODE[entry["tag"]], _TYPE_CODE[entry["type"]]]
        value = entry.get("value")
        item_lines = entry.get("item_lines")
        # Trailing absent fields are left out, an absent one before a present one is null.
        if features is not None:
            out += (value, item_lines, features)
        elif item_lines is not None:
            out += (value, item_lines)
        elif value is not None:
            out.append(value)
        return out


_FEATURES_OPEN = '{"features":{'
_NODE_SPAN = 1 << 48  # above any node count, so code * span + parent + 1 is one pair's own number
# Compact features by features JSON (shared by every declaration; json.dumps writes a tuple as a list).
_FEATURE_CODES: dict[str, tuple[int, ...]] = {}
_scan_json = json.JSONDecoder().scan_once


def _loads(text: str) -> Any:
    """json.loads(text) in one C call; anything unusual (surrounding space, an error) goes
    through json.loads itself, which accepts it or raises its clear error."""
    try:
        value, end = _scan_json(text, 0)
    except StopIteration:
        return json.loads(text)
    return value if end == len(text) else json.loads(text)


def compact_file(record: dict[str, Any], entries: list[Any]) -> dict[str, Any]:
    """A file record with `entries` (texts or dicts) in the compact encoding."""
    encoder = _Encoder()
    encoded = [encoder.entry_text(e) if e.__class__ is str else encoder.entry(e) for e in entries]
    return {
        "path": record["path"],
        "reachable": record["reachable"],
        "mount": record["mount"],
        "error": record["error"],
        "keys": encoder.keys,
        "nodes": encoder.nodes,
        "entries": encoded,
    }


def relevant_file_json(rel: Relevance, record: dict[str, Any]) -> str:
    """One file of the relevant outline as compact JSON (sorted keys, ASCII)."""
    return json.dumps(compact_file(record, relevant_entries(rel, record)), separators=(",", ":"), sort_keys=True)


def full_file_json(record: dict[str, Any]) -> str:
    """One file of the full outline in the same compact encoding (debugging: every entry)."""
    return json.dumps(compact_file(record, list(record.get("entries", []))), separators=(",", ":"), sort_keys=True)


def iter_relevant_outline_json(outline: dict[str, Any], rel: Relevance | None, full: bool = False) -> Iterator[str]:
    """The outline in the compact encoding, in pieces (about one per file); `full` keeps every entry."""
    files = outline.get("files", [])
    yield '{"files":['
    for index, record in enumerate(files):
        text = full_file_json(record) if full or rel is None else relevant_file_json(rel, record)
        yield ("," if index else "") + text
    others = {key: value for key, value in outline.items() if key != "files"}
    others["form"] = "full" if full or rel is None else "relevant"
    yield "]," + json.dumps(others, separators=(",", ":"), sort_keys=True)[1:]


class RelevantCache:
    """Each file's relevant wire JSON from the last serialisation, reused while its entries
    list is the same object (outline.OutlineCache hands unchanged files' lists back) and its
    record is the same: an edit re-filters one file, not two thousand. A serialisation reads
    the previous generation and swaps in a new one, so two running at once stay correct."""

    def __init__(self) -> None:
        self.files: dict[str, tuple[Any, tuple[Any, ...], str]] = {}


def _record_key(record: dict[str, Any]) -> tuple[Any, ...]:
    error = record.get("error")
    return (
        record.get("reachable"),
        json.dumps(record.get("mount")),
        None if error is None else json.dumps(error, sort_keys=True),
    )


HAND_OVER_EVERY = 0.005  # seconds of filtering between two hand-overs (the interpreter's switch interval)


def relevant_files_json(outline: dict[str, Any], rel: Relevance, cache: RelevantCache | None = None) -> list[tuple[str, str]]:
    """(path, compact JSON) of every file of the relevant outline, in outline order."""
    previous = cache.files if cache is not None else {}
    current: dict[str, tuple[Any, tuple[Any, ...], str]] = {}
    out: list[tuple[str, str]] = []
    handed_over = time.monotonic()
    for record in outline.get("files", []):
        path = record["path"]
        entries = record.get("entries")
        key = _record_key(record)
        known = previous.get(path)
        if known is not None and known[0] is entries and known[1] == key:
            text = known[2]
        else:
            text = relevant_file_json(rel, record)
            # Hand the GIL over every few milliseconds: this loop is pure Python for a good part
            # of a second on a big config, and Home Assistant's event loop waits for the GIL
            # meanwhile. Not after every file: a sleep(0) costs some 70 microseconds here.
            now = time.monotonic()
            if now - handed_over >= HAND_OVER_EVERY:
                time.sleep(0)
                handed_over = time.monotonic()
        current[path] = (entries, key, text)
        out.append((path, text))
    if cache is not None:
        cache.files = current
    return out
