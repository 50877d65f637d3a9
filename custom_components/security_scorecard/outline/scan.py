"""A line scanner for the plain block YAML that Home Assistant configs are mostly made of.

It gives exactly the entries and include references that composing PyYAML's events gives
(document.py's slow path), proved by test/python/test_outline_scan.py on generated and
mutated documents and on every shared vector, at a fraction of the cost: one regex call
splits a file's lines, str methods do the rest, and each entry's JSON text is written
straight away, so a big config creates no per-node objects and nothing for the garbage
collector to walk.

The subset: block mappings and sequences (indentless sequences and `- key: v` compact
mappings included) whose keys are plain or quoted single-line scalars and whose values
are single-line plain, single-quoted or escape-free double-quoted scalars (optionally
tagged with one of the outline's tags) or literal/folded block scalars without an
indentation indicator; comments and blank lines anywhere. Anything else (flow
collections, anchors, aliases, multi-line plain or quoted scalars, other tags,
directives, document markers, tabs, odd indentation, long keys, a scalar at the root,
a file near a limit) returns FALLBACK for the whole file and the event parser decides.
When in doubt the scanner falls back: a slow outline is fine, a wrong one is not.
"""

from __future__ import annotations

import re
import time
from typing import Any, Final, Protocol

from .entry import _T_KIND, _T_KIND_VALUE, _T_TAG, Include, encode_str, entry_json, env_var_default
from .scalars import _BAIL, _Bail, _block_header, _block_scalar, _key_end, _key_text, _scalar
from .values import _RESOLVABLE_FIRST, _TRUE_WORDS

FALLBACK: Final = None
TIME_UP: Final = "time_up"

# One regex call per file splits every line `[- ]key: rest` with a key of these
# characters into (indent, dash, key, rest); any other line (key "") takes the general
# route, which reads such a line the same way. One row per line, as str.split("\n").
_LINE_ROWS = re.compile(
    r"^( *)(- +)?(?:([A-Za-z0-9_][A-Za-z0-9_./-]{0,998}):(?: +(.*))?|.*)$", re.MULTILINE
)
# A plain value starting with one of these needs no look at its first character.
_SAFE_PLAIN_START: frozenset[str] = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_/.$(~+=<;"
)
_DEADLINE_EVERY = 4096  # lines between two looks at the clock


class ScanMemo(Protocol):
    """What the scanner needs from the builder's per-build memo (values._Memo)."""

    kinds: dict[str, str]
    features_text: dict[str, str]
    credentials: set[str]
    keys: dict[str, str]

    def kind(self, text: str) -> str: ...
    def features_json(self, text: str) -> str: ...
    def number_json(self, kind: str, text: str) -> str | None: ...
    def denied(self, key: str) -> bool: ...
    def key_json(self, key: str) -> str: ...


def scan(
    text: str,
    memo: ScanMemo,
    in_secrets_file: bool,
    allowed_keys: frozenset[str],
    include_tags: frozenset[str],
    max_nesting: int,
    deadline: float,
) -> tuple[list[str], list[Include]] | str | None:
    """(entries as JSON texts, include references), FALLBACK, or TIME_UP.

    `text` has line breaks normalised to LF; the caller checked the limits that a file
    this long could reach (entries, nodes) and falls back itself near them.
    """
    if "\t" in text or "\ufeff" in text:
        return FALLBACK
    try:
        return _Scanner(text, memo, in_secrets_file, allowed_keys, include_tags, max_nesting, deadline).run()
    except _Bail:
        return FALLBACK


# A frame of an open collection (a list: the scanner mutates the index and the value list).
# _F_PATH is (parent frame, key or index) or None at the root: a path is made only for an
# include reference (_path), never per collection.
_F_INDENT, _F_IS_MAP, _F_PATH, _F_PREFIX, _F_INDEX, _F_INDENTLESS, _F_SEQVAL = range(7)


def _path(frame: list[Any], last: str | int) -> tuple[str | int, ...]:
    parts: list[str | int] = [last]
    link = frame[_F_PATH]
    while link is not None:
        parent, part = link
        parts.append(part)
        link = parent[_F_PATH]
    return tuple(reversed(parts))
# A sequence under an allow-listed key collects its items' JSON (and lines) while they qualify.
_V_POS, _V_LINE, _V_PATH, _V_ITEMS, _V_OK, _V_LINES = range(6)


class _Scanner:
    def __init__(
        self,
        text: str,
        memo: ScanMemo,
        in_secrets_file: bool,
        allowed_keys: frozenset[str],
        include_tags: frozenset[str],
        max_nesting: int,
        deadline: float,
    ) -> None:
        self.lines = text.split("\n")
        self.rows: list[tuple[str, str, str, str]] = _LINE_ROWS.findall(text)
        self.memo = memo
        self.in_secrets = in_secrets_file
        self.allowed = allowed_keys
        self.include_tags = include_tags
        self.max_nesting = max_nesting
        self.deadline = deadline
        self.stack: list[list[Any]] = []
        self.out: list[str] = []
        self.includes: list[Include] = []

    def _finish(self, seqval: list[Any]) -> None:
        """A closed sequence under an allow-listed key: its entry gets the value list."""
        if seqval[_V_OK]:
            self.out[seqval[_V_POS]] = entry_json(
                None,
                seqval[_V_LINE],
                seqval[_V_PATH],
                None,
                "seq",
                "[" + ",".join(seqval[_V_ITEMS]) + "]",
                "[" + ",".join(seqval[_V_LINES]) + "]",
            )

    def run(self) -> tuple[list[str], list[Include]] | str:
        lines = self.lines
        stack = self.stack
        push = stack.append
        pop = stack.pop
        max_nesting = self.max_nesting
        out = self.out
        append = out.append
        memo = self.memo
        kinds = memo.kinds
        features_text = memo.features_text
        credentials = memo.credentials
        keys = memo.keys
        allowed = self.allowed
        in_secrets = self.in_secrets
        include_tags = self.include_tags
        rows = self.rows
        count = len(lines)
        if len(rows) != count:
            raise _BAIL  # cannot happen (one row per line); never trust it blindly
        # pending: a key (or a `-`) whose value starts on a later line: (owner, line, key, key JSON)
        pending: tuple[list[Any], int, str, str] | None = None
        after_scalar = False
        root_opened = False
        # The innermost open collection, kept in locals for the fast lane below.
        top: list[Any] | None = None
        top_indent = -1
        top_is_map = False
        index = 0
        next_look = _DEADLINE_EVERY
        while index < count:
            spaces, dash, key, rest = rows[index]
            index += 1
            if key and not dash and top_is_map and pending is None and len(spaces) == top_indent:
                # Fast lane: `key: rest` in the innermost mapping at its column: nothing opens or
                # closes, and a scalar before it cannot continue onto this line.
                k = top_indent
            else:
                # The clock is read on this route only: a file of nothing but fast-lane lines
                # is at most max_file_bytes long and quick.
                if index >= next_look:
                    next_look = index + _DEADLINE_EVERY
                    if time.monotonic() > self.deadline:
                        return TIME_UP
                if key:
                    indent = len(spaces)
                    is_dash = dash != ""
                else:
                    line = lines[index - 1]
                    body = line.lstrip(" ")
                    if not body or body[0] == "#":
                        continue
                    indent = len(line) - len(body)
                    if indent == 0 and (body[0] == "%" or body.startswith(("---", "..."))):
                        raise _BAIL
                    is_dash = body[0] == "-" and (len(body) == 1 or body[1] == " ")
                    key = rest = None
                if pending is not None:
                    owner, pline, pkey, pkey_json = pending
                    pending = None
                    owner_indent = owner[_F_INDENT]
                    if indent > owner_indent or (is_dash and owner[_F_IS_MAP] and indent == owner_indent):
                        # The value is a block collection starting on this line.
                        if owner[_F_IS_MAP]:
                            link = (owner, pkey)
                            child_json = owner[_F_PREFIX] + pkey_json
                            seqval = None
                            if is_dash and pkey in allowed and not in_secrets:
                                seqval = [len(out), pline, child_json + "]", [], True, []]
                            append(_T_KIND % (pline, child_json, "", "seq" if is_dash else "map"))
                        else:
                            item = owner[_F_INDEX]
                            owner[_F_INDEX] = item + 1
                            link = (owner, item)
                            child_json = owner[_F_PREFIX] + str(item)
                            seqval = None
                            if owner[_F_SEQVAL] is not None:
                                owner[_F_SEQVAL][_V_OK] = False
                        # PyYAML refuses a collection opened inside max_nesting open ones: the slow path reports it.
                        if len(stack) >= max_nesting:
                            raise _BAIL
                        push([indent, not is_dash, link, child_json + ",", 0, indent == owner_indent, seqval])
                    else:
                        self._null(owner, pline, pkey_json)
                elif after_scalar and (not stack or indent > stack[-1][_F_INDENT]):
                    raise _BAIL  # a deeper line after a scalar continues it, or is an error
                after_scalar = False
                if stack:
                    top = stack[-1]
                    if top[_F_INDENT] > indent:
                        while stack and stack[-1][_F_INDENT] > indent:
                            seqval = pop()[_F_SEQVAL]
                            if seqval is not None:
                                self._finish(seqval)
                        top = stack[-1] if stack else None
                    if top is not None and top[_F_INDENTLESS] and top[_F_INDENT] == indent and not is_dash:
                        seqval = pop()[_F_SEQVAL]
                        if seqval is not None:
                            self._finish(seqval)
                        top = stack[-1] if stack else None
                else:
                    top = None
                if top is None:
                    # The first content line opens the root; a line left of the root's column is an error.
                    if root_opened:
                        raise _BAIL
                    root_opened = True
                    if max_nesting <= 0:
                        raise _BAIL  # PyYAML refuses even the root collection then
                    top = [indent, not is_dash, None, "[", 0, False, None]
                    push(top)
                if top[_F_INDENT] != indent:
                    raise _BAIL
                if is_dash:
                    if top[_F_IS_MAP]:
                        raise _BAIL
                    if key is not None:
                        k = indent + len(dash)
                    else:
                        k = indent + 1
                        n = len(line)
                        while k < n and line[k] == " ":
                            k += 1
                        if k == n or line[k] == "#":
                            pending = (top, index, "", "")
                            continue
                        if line[k] == "-" and (k + 1 == n or line[k + 1] == " "):
                            raise _BAIL  # `- - x`
                        if _key_end(line, k) < 0:
                            after_scalar = True
                            top_is_map = False  # the stack may have changed: no fast lane next
                            index = self._seq_scalar(top, line, k, index)
                            continue
                    # `- key: …`: a mapping whose keys sit at this column, as the sequence's item.
                    item = top[_F_INDEX]
                    top[_F_INDEX] = item + 1
                    if top[_F_SEQVAL] is not None:
                        top[_F_SEQVAL][_V_OK] = False
                    if len(stack) >= max_nesting:
                        raise _BAIL
                    top = [k, True, (top, item), top[_F_PREFIX] + str(item) + ",", 0, False, None]
                    push(top)
                elif not top[_F_IS_MAP]:
                    raise _BAIL
                else:
                    k = indent
                top_indent = top[_F_INDENT]
                top_is_map = top[_F_IS_MAP]
            # `key: rest` at k in the mapping `top`.
            if key is None:
                colon = _key_end(line, k)
                if colon < 0:
                    raise _BAIL
                key = _key_text(line, k, colon)
                rest = line[colon + 1 :].lstrip(" ")
            key_json = keys.get(key)
            if key_json is None:
                key_json = memo.key_json(key)
            if not rest or rest[0] == "#":
                # `key:` whose next line is a deeper `key: …`: the value is a mapping. Open it
                # now, so that next line takes the fast lane (the general route would open
                # the same frame when it meets that line).
                if index < count:
                    nspaces, ndash, nkey, _nrest = rows[index]
                    if nkey and not ndash and len(nspaces) > top_indent:
                        if len(stack) >= max_nesting:
                            raise _BAIL
                        child_json = top[_F_PREFIX] + key_json
                        append(_T_KIND % (index, child_json, "", "map"))
                        top = [len(nspaces), True, (top, key), child_json + ",", 0, False, None]
                        push(top)
                        top_indent = top[_F_INDENT]
                        top_is_map = True
                        after_scalar = False
                        continue
                pending = (top, index, key, key_json)
                continue
            line_no = index
            prefix = top[_F_PREFIX]
            after_scalar = True
            c = rest[0]
            if c in _SAFE_PLAIN_START and " #" not in rest and ": " not in rest:
                value = rest.rstrip(" ")
                if value[-1] == ":":
                    raise _BAIL
                if c in _RESOLVABLE_FIRST:
                    kind = kinds.get(value)
                    if kind is None:
                        kind = memo.kind(value)
                else:
                    kind = "str"  # no implicit type starts with this character
            elif (
                c == '"'
                and (j := rest.find('"', 1)) > 0
                and rest.find("\\", 1, j) < 0
                and not rest[j + 1 :].strip(" ")
            ) or (c == "'" and (j := rest.find("'", 1)) > 0 and not rest[j + 1 :].strip(" ")):
                # A quoted scalar alone on the rest of the line, without escapes (`''` in
                # single quotes leaves the closing quote followed by a quote: not alone).
                value = rest[1:j]
                kind = "str"
            else:
                if c == "|" or c == ">":
                    chomp = _block_header(rest[1:])
                    if chomp is None:
                        raise _BAIL
                    value, index = _block_scalar(lines, index, top[_F_INDENT] + 1, c == ">", chomp)
                    tag = None
                    plain = False
                else:
                    line = lines[line_no - 1]
                    tag, value, plain = _scalar(line, len(line) - len(rest))
                    if tag is not None:
                        default = env_var_default(value) if tag == "!env_var" else None
                        if default is None:
                            append(_T_TAG % (line_no, prefix, key_json, tag))
                        else:
                            append(entry_json(memo.features_json(default), line_no, prefix + key_json + "]", tag, "str", None))
                        if tag in include_tags:
                            self.includes.append((tag, value, line_no, _path(top, key)))
                        continue
                if plain:
                    kind = kinds.get(value)
                    if kind is None:
                        kind = memo.kind(value)
                else:
                    kind = "str"
            # The entry of an untagged scalar (README section 5, "Values"); the string
            # shapes as f-strings (cheaper than %-formatting; the same text as entry_json).
            if kind == "str":
                features = features_text.get(value)
                if features is None:
                    features = memo.features_json(value)
                if key in allowed and not in_secrets and value not in credentials:
                    append(f'{{"features":{features},"line":{line_no},"path":{prefix}{key_json}],"tag":null,"type":"str","value":{encode_str(value)}}}')
                else:
                    append(f'{{"features":{features},"line":{line_no},"path":{prefix}{key_json}],"tag":null,"type":"str"}}')
            elif in_secrets or kind == "null":
                append(_T_KIND % (line_no, prefix, key_json, kind))
            elif kind == "bool":
                append(_T_KIND_VALUE % (line_no, prefix, key_json, kind, "true" if value.lower() in _TRUE_WORDS else "false"))
            else:
                number = None if memo.denied(key) else memo.number_json(kind, value)
                if number is None:
                    append(_T_KIND % (line_no, prefix, key_json, kind))
                else:
                    append(_T_KIND_VALUE % (line_no, prefix, key_json, kind, number))
        if pending is not None:
            self._null(pending[0], pending[1], pending[3])
        while stack:
            seqval = pop()[_F_SEQVAL]
            if seqval is not None:
                self._finish(seqval)
        return out, self.includes

    def _seq_scalar(self, seq: list[Any], line: str, k: int, line_no: int) -> int:
        """`- value` at k: an item of `seq` (its include reference, its part of a value list).

        Returns the index of the next line to read (past a block scalar's lines).
        """
        next_line = line_no
        item = seq[_F_INDEX]
        seq[_F_INDEX] = item + 1
        c = line[k]
        if c == "|" or c == ">":
            chomp = _block_header(line[k + 1 :])
            if chomp is None:
                raise _BAIL
            value, next_line = _block_scalar(self.lines, line_no, seq[_F_INDENT] + 1, c == ">", chomp)
            tag, plain = None, False
        else:
            tag, value, plain = _scalar(line, k)
        if tag is not None and tag in self.include_tags:
            self.includes.append((tag, value, line_no, _path(seq, item)))
        seqval = seq[_F_SEQVAL]
        if seqval is None or not seqval[_V_OK]:
            return next_line
        memo = self.memo
        if tag is not None or (plain and memo.kind(value) != "str"):
            seqval[_V_OK] = False
            return next_line
        memo.features_json(value)
        if value in memo.credentials:
            seqval[_V_OK] = False
        else:
            seqval[_V_ITEMS].append(encode_str(value))
            seqval[_V_LINES].append(str(line_no))
        return next_line

    def _null(self, owner: list[Any], line: int, key_json: str) -> None:
        """The pending key's (or `-`'s) value is an empty scalar: null."""
        if owner[_F_IS_MAP]:
            self.out.append(entry_json(None, line, owner[_F_PREFIX] + key_json + "]", None, "null", None))
            return
        owner[_F_INDEX] += 1
        if owner[_F_SEQVAL] is not None:
            owner[_F_SEQVAL][_V_OK] = False
