"""The outline as JSON: the canonical form the vectors pin, and the compact wire form.

Both are written in pieces (about one per file), so a big outline streams.
"""

from __future__ import annotations

from collections.abc import Iterator
import json
from typing import Any

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
