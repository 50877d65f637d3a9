"""Single-line scalars, keys and block scalars as the line scanner (scan.py) reads them.

Each helper reads exactly what PyYAML would, or raises _BAIL so the whole file goes to
the event parser.
"""

from __future__ import annotations

from .rules import OUTLINE_TAGS

# Characters that may not start a plain scalar here: YAML indicators (`-` is handled
# apart), plus `?` and `:` even where PyYAML would allow them before a non-space.
_NO_PLAIN_START: frozenset[str] = frozenset("?:,[]{}#&*!|>'\"%@`")
# PyYAML refuses simple keys over 1024 characters; stay clear of the edge.
_MAX_KEY_CHARS = 1000

class _Bail(Exception):
    """The text leaves the subset: the whole file goes to the event parser."""


_BAIL = _Bail()


def _quoted_end(s: str, k: int) -> int:
    """Index just after the closing quote of the quoted scalar at k, on this line.

    Bails when it does not close on the line or (double quotes) has an escape.
    """
    if s[k] == '"':
        j = s.find('"', k + 1)
        if j < 0 or s.find("\\", k + 1, j) >= 0:
            raise _BAIL
        return j + 1
    j = k + 1
    while True:
        j = s.find("'", j)
        if j < 0:
            raise _BAIL
        if s.startswith("'", j + 1):
            j += 2
            continue
        return j + 1


def _key_end(s: str, k: int) -> int:
    """Index of the `:` ending a key that starts at k, or -1 when the line is not a key."""
    c = s[k]
    n = len(s)
    if c == '"' or c == "'":
        end = _quoted_end(s, k)
        if end < n and s[end] == ":":
            if end + 1 < n and s[end + 1] != " ":
                raise _BAIL
            if end - k > _MAX_KEY_CHARS:
                raise _BAIL
            return end
        return -1
    if c == "-" or c in _NO_PLAIN_START:
        return -1
    j = s.find(":", k)
    while j >= 0 and j + 1 < n and s[j + 1] != " ":
        j = s.find(":", j + 1)
    if j < 0:
        return -1
    h = s.find(" #", k, j)
    if h >= 0:
        return -1  # a comment starts before any `: `
    if s[j - 1] == " " or j - k > _MAX_KEY_CHARS:
        raise _BAIL  # `key :` (or an over-long key): the parser decides
    return j


def _key_text(s: str, k: int, colon: int) -> str:
    c = s[k]
    if c == '"':
        return s[k + 1 : colon - 1]
    if c == "'":
        return s[k + 1 : colon - 1].replace("''", "'")
    return s[k:colon]


def _scalar(s: str, k: int) -> tuple[str | None, str, bool]:
    """(tag, text, plain) of the single-line scalar from k to the line end."""
    n = len(s)
    tag: str | None = None
    if s[k] == "!":
        t = s.find(" ", k)
        if t < 0:
            raise _BAIL  # an empty tagged scalar
        tag = s[k:t]
        if tag not in OUTLINE_TAGS:
            raise _BAIL
        while t < n and s[t] == " ":
            t += 1
        if t == n or s[t] == "#":
            raise _BAIL
        k = t
    c = s[k]
    if c == '"' or c == "'":
        end = _quoted_end(s, k)
        if end < n:
            rest = s[end:].lstrip(" ")
            if rest and (len(rest) == n - end or rest[0] != "#"):
                raise _BAIL
        body = s[k + 1 : end - 1]
        return tag, body.replace("''", "'") if c == "'" else body, False
    if c in _NO_PLAIN_START or (c == "-" and (k + 1 == n or s[k + 1] == " ")):
        raise _BAIL
    h = s.find(" #", k)
    seg = s[k:h] if h >= 0 else s[k:]
    if ": " in seg or seg[-1] == ":":
        raise _BAIL  # `a: b: c` is an error or a mapping: the parser decides
    return tag, seg.rstrip(" "), tag is None


def _block_header(rest: str) -> str | None:
    """Chomping of a block scalar header after `|`/`>` (``, `-`, `+`); None: bail."""
    chomp = rest[:1]
    if chomp == "-" or chomp == "+":
        rest = rest[1:]
    else:
        chomp = ""
    if not rest:
        return chomp
    tail = rest.lstrip(" ")
    if not tail or (tail[0] == "#" and len(tail) < len(rest)):
        return chomp
    return None  # indentation indicator, text after the header, `#` without a space


def _block_scalar(lines: list[str], start: int, min_indent: int, folded: bool, chomp: str) -> tuple[str, int]:
    """PyYAML's scan_block_scalar for the common shapes; (value, index of the next line).

    Bails on leading blank lines, an empty scalar, and whitespace-only lines deeper than
    the content (PyYAML reads those as content).
    """
    count = len(lines)
    last = count - 1  # lines[last] has no line break after it
    if start >= count:
        raise _BAIL
    first = lines[start]
    body = first.lstrip(" ")
    if not body:
        raise _BAIL
    indent = len(first) - len(body)
    if indent < min_indent:
        raise _BAIL
    chunks: list[str] = []
    j = start
    breaks = 0
    while True:
        line = lines[j]
        if breaks:
            chunks.append("\n" * breaks)
        text = line[indent:]
        chunks.append(text)
        has_break = j < last
        leading_non_space = text[:1] != " "
        j += 1
        breaks = 0
        while j < count:
            candidate = lines[j]
            if candidate.strip(" "):
                break
            if len(candidate) > indent:
                raise _BAIL
            if j == last:
                break  # spaces at the end of the file: no line break, nothing
            breaks += 1
            j += 1
        if j < count and lines[j].startswith(" " * indent) and lines[j].strip(" "):
            nxt = lines[j][indent]
            if folded and leading_non_space and nxt != " ":
                if not breaks:
                    chunks.append(" ")
            else:
                chunks.append("\n")
            continue
        break
    if chomp != "-" and has_break:
        chunks.append("\n")
    if chomp == "+":
        chunks.append("\n" * breaks)
    return "".join(chunks), j

