"""The line scanner (outline/scan.py) gives exactly the slow path's outline, or falls back.

What is proved, always by comparing `parse_text` with the scanner on and off
(`outline.document._SCANNER_ENABLED`): same entries, includes, error and total-limit flag,
- for 10,000 seeded generated and mutated block-YAML documents (plain block YAML with
  literal and folded block scalars, CR and CRLF breaks, tags, quoted keys, allow-listed sequences and
  credential-like keys), as a normal file and as secrets.yaml, under the default limits,
  under tiny ones and with few entries left; and the scanner really takes a large share
  of them, block scalars included, so the comparison is not vacuous;
- for every YAML file of the shared vectors;
- for a table of pinned decisions: what the scanner must take and what it must leave to
  the event parser.
Plus the scanner's JSON building blocks (%-templates, path JSON, features JSON) against
their plain definitions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
import json
from pathlib import Path
import random
import time
from typing import Any, TypeVar
from unittest.mock import patch

import pytest

from custom_components.security_scorecard.outline import document, entry as outline_entry, rules, values
from custom_components.security_scorecard.outline import features as outline_features
from custom_components.security_scorecard.outline import OutlineLimits, parse_text

VECTORS = Path(__file__).resolve().parents[2] / "test" / "vectors" / "outline"
DEFAULT = OutlineLimits()
TINY = OutlineLimits(max_nesting=3, max_entries_per_file=4, max_nodes_per_file=9, max_total_entries=6)
SEED = 20261128
DOCUMENTS = 10_000

Outcome = tuple[list[str], list[Any], dict[str, Any] | None, bool]
T = TypeVar("T")


# --- the generator ---------------------------------------------------------------------


def pick(r: random.Random, xs: Sequence[T]) -> T:
    return xs[int(r.random() * len(xs))]


# Keys inside the scanner's subset (plain, quoted, non-ASCII, YAML-1.1 words as keys,
# credential-like names whose numbers must stay hidden, allow-listed names) ...
TAME_KEYS: tuple[str, ...] = (
    "platform", "name", "password", "token", "api_key", "type", "url", "command", "username", "trusted_proxies",
    "mode", "server_port", "headers", "Authorization", "value_template", "code", "pin", "sensor", "http", "packages",
    "cors_allowed_origins", "external_url", "alarm_code", "PIN", "otp_secret", "login_attempts_threshold",
    "on", "off", "yes", "1", "0x1F", "~", "null", "<<", "a b", "a:b", "a#b", "key.with.dots", "Küche", "clé", "😀",
    '"quoted"', "'single'", "'it''s'", '""', "''", '"a: b"', '"platform"', "'mode'", "k" * 998,
)
# ... and keys at or over its edge (escapes, indicators, a space before `:`, too long).
WILD_KEYS: tuple[str, ...] = (
    '"es\\"c"', "-dash", "?q", ":c", "a  b", "a{b}", "a[0]", "x,y", "%p", "@at", "`bt`", "!tagged", "&anc",
    "*ali", "a ", "k" * 1001, "!secret s", "? x", "[a]", "{a: 1}", "|", ">",
)
# Sequence-valued allow-listed keys: their value list is shown only while every item is
# an untagged str without a credential feature.
LIST_KEYS: tuple[str, ...] = (
    "trusted_proxies", "trusted_networks", "cors_allowed_origins", "allowlist_external_dirs",
    "allowlist_external_urls", "allowed_methods", "platform", "type", "mode", "ssl_profile",
)
TAME_VALUES: tuple[str, ...] = (
    "rest", "template", "0", "1", "-5", "+7", "0b101", "0o17", "017", "09", "0x1F", "0x_", "1_000", "1:30",
    "190:20:30", "1.5", "-.5", ".5", "1.", "1e3", "1.0e+3", "6.8523015e+5", ".inf", "-.Inf", ".NaN", "1:30.5",
    "0.00001", "9007199254740993", "1234", "yes", "No", "TRUE", "off", "y", "n", "~", "null", "Null", "NULL",
    "2024-01-31", "=", "<<", "'0'", '"1"', "http://192.168.1.1/api?id=1", "http://user:CANARY@host/",
    "http://u:p@h/", "https://x/api?key=abc", "Bearer abcdefghijk", "Basic QWxhZGRpbjpvcGVu",
    "curl -u admin:pw http://x", "mysql -u root -psecret db", "sshpass -p pw ssh x", "a #comment", "a# b",
    "a #", "a  b  ", "a:b", "'{{ states(''x'') }}'", "x {% if x %}y{% endif %}", '"{{ value_json.state | float(0) }}"',
    '"a"', "'b'", "'it''s'", '""', "''", '"a" # c', '"a #b"', "'a: b'", '"Küche 😀"', "Küche", "a\u00a0b",
    "x\u2003y", "é", "$wifi_password", "${name}_x", "!secret rest_password", '!secret "q"', "!secret 'q'",
    "!include other.yaml", "!include_dir_named packages", "!include_dir_merge_list sensors",
    "!include_dir_list lists", "!include_dir_merge_named named", "!env_var HOME", "!input x", "!secret a b",
    "!secret a #c", "!secret  x", "a ? b", "a - b", "a\\b", "C:\\dir", "0.0", "-0", "+0", "0_0", "1__2",
    "12:60", "1:2:3", "-1:30", "01:30", ".1e5", "3.", "3.e-2", "6e-5", "--x", "a{b}", "a[b]", "x,y",
)
WILD_VALUES: tuple[str, ...] = (
    "{{ states('x') }}", "{% if x %}y{% endif %}", "a: b", "a:", "- x", "-", "- ", "%x", "@x", "`x`", "[a, b]", "{a: 1}", '"a\\nb"', '"a\\"b"',
    '"unterminated', "'unterminated", '"a"#c', '"a" b', "'a' 'b'", "\u00a0", "!secret", "!!str 1", "!!int 3",
    "!custom x", "! 1", "!secretx y", "!include", "&a 1", "*a", "&a", "? x", ": x", "?x", ":x",
    "!secret |", "!include >", "!!str |", "|2", "|x", "|-+", ">1", "|#c",
)
# Items of a sequence under an allow-listed key: strings that may be shown, numbers and
# tagged items and credentials that hide the whole list.
ITEM_VALUES: tuple[str, ...] = (
    "10.0.0.1", "172.16.0.0/12", "'::1'", '"fe80::/10"', "https://example.com", "GET", "/config/www",
    "http://u:p@h/", "https://x/api?token=abc", "Bearer abcdefghijk", "8123", "1.5", "yes", "~",
    "!secret proxy", "!include x.yaml", "!include_dir_named d", "!env_var HOME", "!input y", "'{{ x }}'",
)
COMMENTS: tuple[str, ...] = ("", "", "", " # comment", "  #c", " #", " # CANARY: value")
WILD_LINES: tuple[str, ...] = (
    "---", "...", "%YAML 1.1", "--- x", "  - - x", "\tx: 1", "x:\t1", "[a]", "{a: 1}", "? a", ": b", "- &x a",
    "- *x", "<<: *x", "  continued", "plain scalar", '"root"', "|", "> folded", "- |2", "  x: |",
)

GOOD_HEADERS: tuple[str, ...] = ("|", "|-", "|+", ">", ">-", ">+")
# Indentation indicators, text after the header, two chomping indicators, `#` glued on.
BAD_HEADERS: tuple[str, ...] = ("|2", ">1", "|2-", "|-2", "|x", "|-+", "|+-", "|#c", ">-x", "| x")
HEADER_COMMENTS: tuple[str, ...] = ("", "", "", "", " # c", "   #c", " #")
BLOCK_TEXT: tuple[str, ...] = (
    "text", "more text", "a: b", "- x", "# not a comment", "{{ states('x') }}", "http://u:p@h/",
    "Küche 😀", "'q'", '"q"', "|", ">", "key: |", "x  y  ", "Bearer abcdefghijk", "curl -u admin:pw http://x",
    "---", "...", "[a]", "&a *b", "%x", "!secret x", "a\u00a0b", "1234", "#", "a #b", "\\n",
)


@dataclass(frozen=True)
class Doc:
    """A generated document and how many valid, untagged block scalar headers it has."""

    text: str
    blocks: int


def _block_lines(r: random.Random, owner_col: int, wild: float) -> list[str]:
    """The lines after a block scalar header whose owner (key or `-`) is at owner_col."""
    step = pick(r, (1, 2, 2, 2, 3, 4))
    if r.random() < wild * 0.15:
        step = pick(r, (0, -1))  # content not deeper than its owner: an empty scalar, then a dedent
    indent = max(0, owner_col + step)
    out: list[str] = []
    if r.random() < wild * 0.3:
        out.append(" " * pick(r, (0, max(0, indent - 1), indent, indent + 1)))  # a leading blank line
    if step <= 0 or r.random() < 0.03:
        return out
    for position in range(1 + int(r.random() * 4)):
        roll = r.random()
        if position == 0:
            # The first content line sets the indentation; a deeper first line makes the next
            # ones a dedent out of the scalar (an error unless they end it).
            roll = 1.0 if r.random() < 0.98 else 0.3
        if position > 0 and roll < 0.2:
            out.append(_blank(r, indent))
        elif roll < 0.35:
            out.append(" " * (indent + 1 + int(r.random() * 3)) + pick(r, BLOCK_TEXT))  # more-indented
        else:
            out.append(" " * indent + pick(r, BLOCK_TEXT))
    for _ in range(pick(r, (0, 0, 1, 1, 2))):
        out.append(_blank(r, indent))  # trailing blank lines: kept by `+`, dropped otherwise
    return out


def _blank(r: random.Random, indent: int) -> str:
    """A blank line in a block scalar: fewer or as many spaces as its content, rarely more."""
    roll = r.random()
    if roll < 0.04:
        return " " * (indent + 1 + int(r.random() * 2))  # deeper: content for PyYAML, the scanner leaves it
    if roll < 0.5:
        return " " * indent
    return " " * int(r.random() * indent)


def generate(r: random.Random, wild: float) -> Doc:
    """One block-YAML document; `wild` (0..1): how often a line steps outside the subset."""
    lines: list[str] = []
    blocks = 0
    # Open block levels: (indent, kind).
    root_kind = "map" if r.random() < 0.8 else "seq"
    levels: list[tuple[int, str]] = [(0 if r.random() < 0.95 else 2, root_kind)]

    def key() -> str:
        return pick(r, TAME_KEYS) if r.random() < 1 - wild else pick(r, WILD_KEYS)

    def value() -> str:
        return pick(r, TAME_VALUES) if r.random() < 1 - wild else pick(r, WILD_VALUES)

    def header() -> str:
        nonlocal blocks
        if r.random() < 1 - wild * 0.5:
            head = pick(r, GOOD_HEADERS)
            if r.random() < wild * 0.3:
                head = pick(r, ("!secret ", "!include ", "!!str ", "! ")) + head  # a tagged block scalar
            else:
                blocks += 1
        else:
            head = pick(r, BAD_HEADERS)
        return head + pick(r, HEADER_COMMENTS)

    for _ in range(1 + int(r.random() * 18)):
        indent, kind = levels[-1] if levels else (0, root_kind)
        pad = " " * indent
        roll = r.random()
        if roll < 0.06:
            lines.append("" if r.random() < 0.5 else " " * int(r.random() * 8) + "#" + pick(r, ("", " note", " k: v", "-")))
            continue
        if roll < 0.1 and r.random() < wild * 2:
            lines.append(pick(r, WILD_LINES))
            continue
        prefix = (pad + ("- " if r.random() < 0.9 else "-   ")) if kind == "seq" else pad
        if kind == "seq" and r.random() < 0.35:
            item = r.random()
            if item < 0.5:
                lines.append(f"{pad}- {pick(r, ITEM_VALUES) if r.random() < 0.4 else value()}{pick(r, COMMENTS)}")
            elif item < 0.75:
                lines.append(f"{pad}- {header()}")  # `- |`: a block scalar as the item
                lines.extend(_block_lines(r, indent, wild))
            else:
                lines.append(f"{pad}-{pick(r, COMMENTS)}")
                levels.append((indent + pick(r, (2, 2, 2, 4, 1, 0)), "map" if r.random() < 0.6 else "seq"))
            continue
        key_col = len(prefix) if kind == "seq" else indent
        if r.random() < 0.28 and len(levels) < 10:
            indentless = r.random() < 0.2
            step = 0 if indentless else pick(r, (2, 2, 2, 4, 1, 3))
            child = "seq" if indentless or r.random() < 0.3 else "map"
            name = pick(r, LIST_KEYS) if child == "seq" and r.random() < 0.5 else key()
            lines.append(f"{prefix}{name}:{pick(r, COMMENTS)}")
            if kind == "seq":
                levels.append((key_col, "map"))
            levels.append((key_col + step, child))
        else:
            if r.random() < 0.15:
                lines.append(f"{prefix}{key()}: {header()}")  # `key: |` and `- key: >`
                lines.extend(_block_lines(r, key_col, wild))
            else:
                lines.append(f"{prefix}{key()}: {value()}{pick(r, COMMENTS)}")
            if kind == "seq" and r.random() < 0.7:
                levels.append((key_col, "map"))
            # Close some levels (dedent), sometimes to a column no level has.
            if r.random() < 0.3 and len(levels) > 1:
                del levels[len(levels) - 1 - int(r.random() * min(2, len(levels) - 1)) :]
            if r.random() < wild * 0.2:
                levels.append((max(0, indent - 1), "map"))
        if not levels:
            root_kind = "map"
            levels.append((0, "map"))
    breaks = r.random()
    if breaks < 0.82:
        body = "\n".join(lines)
    elif breaks < 0.92:
        body = "\r\n".join(lines)
    elif breaks < 0.96:
        body = "\r".join(lines)
    else:
        body = lines[0] + "".join(pick(r, ("\n", "\r\n", "\r")) + line for line in lines[1:])
    return Doc(body + "\n" if r.random() < 0.9 else body, blocks)


NOISE: tuple[str, ...] = (
    "\t", "\r", "\r\n", "\x85", "\u2028", "\ufeff", "\x7f", ":", ": ", "- ", "? ", "&", "*", "!", "|", ">", "'",
    '"', "{", "}", "[", "]", "#", " #", "%", "@", "`", "---\n", "...\n", "\\", "😀", "é", " ", "  ", "\n",
    "\n  ", "\n- ", ",", "<<: *a\n", "*a", "!!int ", "!include x.yaml", "!secret ", "\u00a0", "-", "0x", ".", "_",
    "|-", ">+", "|2", "\n\n", "\n   \n", "\n      ",
)


def mutate(r: random.Random, text: str) -> str:
    """Insert, delete or duplicate characters."""
    out = text
    for _ in range(1 + int(r.random() * 3)):
        at = int(r.random() * (len(out) + 1))
        op = r.random()
        if op < 0.6:
            out = out[:at] + pick(r, NOISE) + out[at:]
        elif op < 0.8:
            out = out[:at] + out[at + 1 + int(r.random() * 3) :]
        else:
            out = out[:at] + out[at : at + 8] + out[at:]
    return out


# --- comparing the two routes ------------------------------------------------------------


def run(text: str, scanner: bool, *, secrets: bool = False, limits: OutlineLimits = DEFAULT,
        entries_left: int | None = None) -> Outcome:
    # A far deadline: a slow machine must not turn one route's answer into a time-out.
    with patch.object(document, "_SCANNER_ENABLED", scanner):
        return parse_text(
            text, in_secrets_file=secrets, limits=limits, entries_left=entries_left,
            deadline=time.monotonic() + 3600,
        )


def assert_same(text: str, what: str, *, secrets: bool = False, limits: OutlineLimits = DEFAULT,
                entries_left: int | None = None) -> Outcome:
    """The scanner's outcome, after checking that it is the slow path's."""
    fast = run(text, True, secrets=secrets, limits=limits, entries_left=entries_left)
    slow = run(text, False, secrets=secrets, limits=limits, entries_left=entries_left)
    assert fast == slow, (
        f"{what} (secrets={secrets}, limits={limits}, entries_left={entries_left})\ntext: {text!r}\n"
        f"scanner: {fast!r}\nslow path: {slow!r}"
    )
    return fast


def taken(text: str, limits: OutlineLimits = DEFAULT, entries_left: int | None = None) -> bool:
    """Did the scanner answer for this text (as parse_text hands it over)?"""
    body = text[1:] if text.startswith("\ufeff") else text
    if document._RE_NON_PRINTABLE.search(body) is not None:
        return False  # parse_text reports it before the scanner runs
    left = limits.max_total_entries if entries_left is None else entries_left
    return document._scan(body, False, limits, left, time.monotonic() + 3600, values._Memo()) is not None


def test_scanner_is_enabled_by_default() -> None:
    # Every comparison below would compare the slow path with itself otherwise.
    assert document._SCANNER_ENABLED is True
    assert taken("a: 1\n")


def test_generated_and_mutated_documents_agree() -> None:
    r = random.Random(SEED)
    took = took_blocks = took_with_entries = 0
    started = time.monotonic()
    for i in range(DOCUMENTS):
        doc = generate(r, 0.4 if i % 4 == 0 else 0.02)
        mutated = i % 3 == 0
        text = mutate(r, doc.text) if mutated else doc.text
        what = f"document #{i}"
        entries = assert_same(text, what)[0]
        if i % 3 == 1:
            assert_same(text, what, secrets=True)
        if i % 5 == 0:
            assert_same(text, what, limits=TINY)
        if i % 7 == 0:
            assert_same(text, what, entries_left=2 + i % 3)
        if taken(text):
            took += 1
            if entries:
                took_with_entries += 1
            if doc.blocks and not mutated:
                took_blocks += 1
    elapsed = time.monotonic() - started
    # Both routes must be exercised, block scalars included, or the test proves nothing.
    assert took > DOCUMENTS * 0.35, (took, DOCUMENTS)
    assert DOCUMENTS - took > DOCUMENTS * 0.15, (took, DOCUMENTS)
    assert took_with_entries > DOCUMENTS * 0.3, took_with_entries
    assert took_blocks > DOCUMENTS * 0.12, took_blocks
    print(f"\n{DOCUMENTS} documents in {elapsed:.1f} s; scanner took {took} ({100 * took / DOCUMENTS:.1f} %), "
          f"{took_with_entries} with entries, {took_blocks} with block scalars")


def _vector_files() -> list[Path]:
    return sorted(
        path for path in VECTORS.glob("*/config/**/*")
        if path.suffix in (".yaml", ".yml") and path.is_file()
    )


def test_every_vector_file_agrees() -> None:
    files = _vector_files()
    assert len(files) > 40
    took = 0
    for path in files:
        try:
            text = path.read_bytes().decode("utf-8")
        except (OSError, UnicodeDecodeError):
            continue  # the binary vectors; unreadable ones
        what = str(path.relative_to(VECTORS))
        for limits in (DEFAULT, TINY):
            for secrets in (False, True):
                assert_same(text, what, secrets=secrets, limits=limits)
        assert_same(text, what, entries_left=3)
        took += taken(text)
    assert took > 60, took  # of 103 readable files, 74 today


# --- pinned decisions ----------------------------------------------------------------------

TAKEN: dict[str, str] = {
    "plain map": "http:\n  server_port: 8123\n  ip_ban_enabled: true\n",
    "nested maps": "a:\n  b:\n    c: 1\n  d: x\ne: 2\n",
    "comments and blank lines": "# top\n\nhttp: # c\n    # deeper comment\n  use_x_forwarded_for: true  # c\n\n",
    "compact mappings in a sequence": "sensor:\n  - platform: rest\n    name: a\n  -   platform: template\n      x: 1\n",
    "indentless sequence": "trusted_proxies:\n- 10.0.0.1\n- 172.16.0.0/12\nnext: 1\n",
    "tags on scalars": "password: !secret pw\nsensor: !include_dir_merge_list sensors\nx: !env_var HOME\ny: !input z\n",
    "tags on sequence items": "a:\n  - !include a.yaml\n  - !include_dir_named d\n  - !secret s\n",
    "quoted scalars": "a: \"{{ states('x') }}\"\nb: 'it''s'\n\"c d\": 'e'\n'f': \"\"\n",
    "null values": "a:\nb: ~\nc:\n",
    "empty document": "# only a comment\n\n",
    "non-ASCII text": "name: Küche 😀\nclé: é\n",
    "numbers under credential-like keys": "pin: 1234\nalarm_code: 0x1F\nport: 8123\n",
    "allow-listed list with a credential": "cors_allowed_origins:\n  - https://a\n  - http://u:p@h/\n",
    "literal": "a: |\n  one\n    two\n\n  three\nb: 1\n",
    "literal strip": "a: |-\n  one\n  two\n",
    "literal keep": "a: |+\n  one\n\n \nb: 1\n",
    "folded": "a: >\n  one\n  two\n\n  three\n    deeper\n  four\n",
    "folded strip": "a: >-\n  one\n  two\n",
    "folded keep": "a: >+\n  one\n\n",
    "block header with a comment": "a: | # c\n  one\n",
    "block scalar as a sequence item": "- |\n  one\n- >-\n  two\n  three\n- x\n",
    "block scalar in a compact mapping": "x:\n  - k: >\n      one\n    j: 1\n",
    "block scalar under an allow-listed key": "platform: |\n  rest\n",
    "block scalar at the end without a line break": "a: |\n  one\n  two",
    "block scalar followed by blank lines at the end": "a: |+\n  one\n\n  ",
    "CRLF": "a: 1\r\nb: |\r\n  x\r\n  y\r\nc:\r\n  d: e\r\n",
    "lone CR": "a: 1\rb: >\r  x\r  y\r",
}


@pytest.mark.parametrize("text", TAKEN.values(), ids=TAKEN.keys())
def test_scanner_takes(text: str) -> None:
    assert taken(text)
    for secrets in (False, True):
        assert_same(text, "pinned", secrets=secrets)


LEFT: dict[str, str] = {
    "flow sequence": "a: [a]\n",
    "flow mapping": "a: {a: 1}\n",
    "anchor": "a: &x 1\nb: 2\n",
    "alias": "a: 1\nb: *x\n",
    "complex key": "? complex\n: b\n",
    "document start": "---\na: 1\n",
    "document end": "a: 1\n...\n",
    "directive": "%YAML 1.1\n---\na: 1\n",
    "tab": "a:\t1\n",
    "multi-line plain scalar": "a: one\n  two\n",
    "plain scalar on the next line": "a:\n  one\n",
    "unclosed quote": "a: \"one\nb: 2\n",
    "multi-line quoted scalar": "a: 'one\n  two'\n",
    "double-quoted with an escape": "a: \"x\\ny\"\n",
    "unknown tag": "a: !!str 1\n",
    "custom tag": "a: !custom 1\n",
    "empty tagged scalar": "a: !secret\n",
    "tagged block scalar": "a: !secret |\n  pw\n",
    "indentation indicator": "a: |2\n  text\n",
    "text after the header": "a: |x\n  text\n",
    "two chomping indicators": "a: |-+\n  text\n",
    "comment glued to the header": "a: |#c\n  text\n",
    "block scalar with a leading blank line": "a: |\n\n  text\n",
    "whitespace-only line deeper than the block": "a: |\n  text\n     \n  more\n",
    "whitespace-only deeper line at the end": "a: |+\n  text\n    \n",
    "empty block scalar": "a: |\nb: 1\n",
    "empty block scalar at the end": "a: >\n",
    "block scalar not deeper than its key": "- k: |\n  text\n",
    "key longer than 1000 characters": "k" * 1001 + ": 1\n",
    "scalar at the root": "just text\n",
    "block scalar at the root": "|\n  text\n",
    "key after a sequence at its column": "- a\nb: 1\n",
    "dedent to an unknown column": "a:\n    b: 1\n  c: 2\n",
    "second value on a key line": "a: b: c\n",
    "nested compact sequences": "- - a\n",
    "space before the colon": "a : 1\n",
    "quoted scalar followed by text": "a: \"b\" c\n",
    "byte-order mark inside the text": "a: 1\n\ufeffb: 2\n",
    "NEL line break": "a: 1\x85b: 2\n",
}


@pytest.mark.parametrize("text", LEFT.values(), ids=LEFT.keys())
def test_scanner_leaves_to_the_event_parser(text: str) -> None:
    assert not taken(text)
    for secrets in (False, True):
        assert_same(text, "pinned", secrets=secrets)


def test_nesting_at_the_limit_is_left_to_the_event_parser() -> None:
    text = "a:\n  b:\n    c:\n      d: 1\n"
    limits = OutlineLimits(max_nesting=3)
    assert taken(text) and not taken(text, limits)
    error = run(text, True, limits=limits)[2]
    assert error is not None and error["kind"] == "limit_reached"
    assert_same(text, "deep nesting", limits=limits)


def test_files_near_a_limit_are_left_to_the_event_parser() -> None:
    text = "a: 1\nb: 2\nc: 3\nd: 4\ne: 5\n"
    assert taken(text) and not taken(text, TINY) and not taken(text, DEFAULT, entries_left=3)
    assert_same(text, "near the limits", limits=TINY)
    assert_same(text, "few entries left", entries_left=3)


def test_root_collection_at_max_nesting_zero() -> None:
    # Reproducer (found by this file): PyYAML refuses even the root collection when
    # max_nesting is 0; the scanner once opened the root without the check and listed
    # the entries.
    assert_same("a: 1\n", "root at max_nesting 0", limits=OutlineLimits(max_nesting=0))


def test_block_scalar_values() -> None:
    # The scanner's own reading, checked against what the YAML spec says (not only the slow path).
    cases = {
        "platform: |\n  a\n   b\n\n  c\n\n": "a\n b\n\nc\n",
        "platform: |-\n  a\n  b\n\n": "a\nb",
        "platform: |+\n  a\n\n  \n": "a\n\n\n",
        "platform: >\n  a\n  b\n\n  c\n   d\n  e\n": "a b\nc\n d\ne\n",
        "platform: >-\n  a\n  b": "a b",
        "platform: |\n  a": "a",
        "platform: >+\n  a\n\n": "a\n\n",
    }
    for text, value in cases.items():
        assert taken(text), text
        entries = run(text, True)[0]
        assert [json.loads(entry).get("value") for entry in entries] == [value], text
        assert_same(text, "block value")


# --- the scanner's JSON building blocks ----------------------------------------------------

FEATURES = outline_features.features_text("x")[0]


@pytest.mark.parametrize("prefix", ["[", '["a",0,', '["K\\u00fcche",12,"\\ud83d\\ude00",'])
def test_templates_are_entry_json(prefix: str) -> None:
    key = '"k\\"ey"'
    path = prefix + key + "]"
    for kind in ("map", "seq", "null", "int", "float", "bool"):
        assert outline_entry._T_KIND % (3, prefix, key, kind) == outline_entry.entry_json(None, 3, path, None, kind, None)
        assert outline_entry._T_KIND_VALUE % (3, prefix, key, kind, "1.5") == outline_entry.entry_json(
            None, 3, path, None, kind, "1.5"
        )
    for tag in sorted(rules.OUTLINE_TAGS):
        assert outline_entry._T_TAG % (9, prefix, key, tag) == outline_entry.entry_json(None, 9, path, tag, "str", None)
    # And entry_json is the compact, key-sorted JSON of the entry.
    entry = json.loads(outline_entry.entry_json(FEATURES, 7, path, "!secret", "str", '"v"'))
    assert outline_entry.entry_json(FEATURES, 7, path, "!secret", "str", '"v"') == json.dumps(
        entry, sort_keys=True, separators=(",", ":")
    )


def _features(**changed: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "auth_prefix": None, "command_credentials": False, "entropy": "low", "length": 0, "multiline": False,
        "template": False, "url": False, "url_credential_query": False, "url_credentials": False, "whitespace": False,
    }
    return {**base, **changed}


# Worked out by hand from README section 7.
README_FEATURES: dict[str, dict[str, Any]] = {
    "": _features(),
    "abcdefga": _features(length=8),  # 7 distinct: H < 3
    "abcdefgh": _features(length=8, entropy="medium", placeholder=True),  # 8 distinct: H = 3 exactly; a run of the alphabet
    "abcdefghijklmnop": _features(length=16, entropy="high", placeholder=True),  # 16 distinct: H = 4 exactly
    "Bearer abcdefghijk": _features(length=18, entropy="medium", auth_prefix="bearer", whitespace=True, placeholder=True),
    "********": _features(length=8, placeholder=True),
    "<your token>": _features(length=12, entropy="medium", whitespace=True, placeholder=True),
    "http://h/?password=REDACTED": _features(length=27, entropy="high", url=True, placeholder=True),
    "http://h/?password=s3cr3tPW": _features(length=27, entropy="medium", url=True, url_credential_query=True),
    "rtsp://u:<password>@h/": _features(length=22, entropy="medium", url=True),
    "http://u:p@h/": _features(length=13, url=True, url_credentials=True),
    "https://x/a?key=abc": _features(length=19, entropy="medium", url=True, url_credential_query=True),
    "curl -u admin:pw x": _features(length=18, entropy="medium", command_credentials=True, whitespace=True),
    "{{ x }}": _features(length=7, template=True, whitespace=True),
    "$wifi_pw": _features(length=8, template=True),  # 6 distinct
    "a\nb": _features(length=3, multiline=True, whitespace=True),
    "a\u00a0b": _features(length=3),
    "Küche 😀": _features(length=7, whitespace=True),
}


@pytest.mark.parametrize("text", README_FEATURES, ids=[repr(t) for t in README_FEATURES])
def test_features_text(text: str) -> None:
    encoded, credential = outline_features.features_text(text)
    assert encoded == json.dumps(outline_features.string_features(text), sort_keys=True, separators=(",", ":"))
    assert outline_features.string_features(text) == README_FEATURES[text]
    features = README_FEATURES[text]
    assert credential == bool(
        features["url_credentials"] or features["url_credential_query"] or features["auth_prefix"]
        or features["command_credentials"]
    )


@pytest.mark.parametrize(
    "path",
    [(), ("a",), ("a", 0, "b"), ("Küche", 12, "😀", "clé"), ('q"\\\n\t\x7f', -1, ""), ("\U0010ffff\u2028",)],
)
def test_path_json(path: tuple[str | int, ...]) -> None:
    assert outline_entry.path_json(path) == json.dumps(list(path), separators=(",", ":"))


def test_generator_is_seeded() -> None:
    # The differential test is reproducible only if the same seed gives the same documents.
    def documents() -> list[str]:
        r = random.Random(7)
        return [mutate(r, generate(r, 0.2).text) for _ in range(5)]

    assert documents() == documents()

