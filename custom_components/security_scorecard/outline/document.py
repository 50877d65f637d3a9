"""One YAML text to outline entries and include references (README "Parsing a file").

The line scanner (scan.py) answers for plain block YAML; anything else is composed from
PyYAML's events (compose.py) and walked here. Never raises for any input text.
"""

from __future__ import annotations

import re
import time
from typing import Any

import yaml

from . import scan as line_scan
from .compose import _C_IS_MAP, _C_ITEMS, _S_LINE, _S_TAG, _S_VALUE, _compose_checked, _mark_line, _Node
from .entry import Include, encode_str, entry_json, env_var_default, path_json
from .rules import (
    _MALFORMED,
    _TIME_LIMIT_FILE,
    ALLOWED_VALUE_KEYS,
    INCLUDE_TAGS,
    OUTLINE_TAGS,
    OutlineLimits,
    _error,
    _FileProblem,
)
from .values import _TRUE_WORDS, _Memo

# Tests switch the line scanner off to compare it with the event parser.
_SCANNER_ENABLED = True

# Characters PyYAML refuses (yaml.reader.Reader.NON_PRINTABLE), checked up front.
_RE_NON_PRINTABLE = re.compile("[^\x09\x0A\x0D\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD\U00010000-\U0010ffff]")
_PRINTABLE_ASCII = bytes([0x09, 0x0A, 0x0D, *range(0x20, 0x7F)])  # the ASCII part of the set above
# Line breaks as PyYAML counts them: CRLF, CR, LF, NEL, LS, PS.
_RE_LINE_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")


# --- one document -> entries and include references ----------------------------------
#
# Entries are compact JSON texts (entry.entry_json): what goes over the wire, and
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
    if scanned is line_scan.TIME_UP:
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
    return line_scan.scan(
        text, memo, in_secrets_file, ALLOWED_VALUE_KEYS, INCLUDE_TAGS, limits.max_nesting, deadline
    )
