"""Fuzz the outline parser: random YAML documents and byte-level mutations of them.

Deterministic (fixed seeds). Calls the composer and the walker directly, without
parse_text's last-resort `except Exception`, so a crash in our code fails the test.
"""

from __future__ import annotations

import json
from pathlib import Path
import random
import time

import yaml

from custom_components.security_scorecard.outline import compose, document, rules, values
from custom_components.security_scorecard.outline import (
    OutlineLimits,
    build_outline,
    dumps_outline,
)

CANARY = "CANARY-5f1e2d3c4b"
DOCUMENTS = 10_000
# Keys far from every allow-listed name: a secret under them must never be shown.
KEYS = ["alpha", "beta", "gamma", "password", "api_key", "headers", "command", "url", "0", "on", "x y", "é"]
TAGS = ["", "", "", "!secret ", "!env_var ", "!input ", "!include ", "!!str ", "!!int ", "!custom ", "! "]
SCALARS = [
    CANARY,
    f"'{CANARY}'",
    f'"{CANARY}\\n"',
    f"https://u:{CANARY}@h/",
    f"http://h/?token={CANARY}",
    f"Bearer {CANARY}",
    f"curl -u a:{CANARY} x",
    "yes", "~", "0x1F", "1:30", "1.5", ".inf", "12", "-0", "2024-01-01", "{{ x }}", "",
    f"|\n  {CANARY}\n  more",
    f">-\n  {CANARY}",
]


def _scalar(rng: random.Random, indent: int) -> str:
    text = rng.choice(SCALARS)
    return text.replace("\n  ", "\n" + " " * (indent + 2))


def _document(rng: random.Random, depth: int = 0, indent: int = 0, anchors: list[str] | None = None) -> str:
    anchors = [] if anchors is None else anchors
    lines: list[str] = []
    pad = " " * indent
    for _ in range(rng.randint(1, 4)):
        key = rng.choice(KEYS)
        roll = rng.random()
        anchor = ""
        if rng.random() < 0.15:
            name = f"a{len(anchors)}"
            anchors.append(name)
            anchor = f"&{name} "
        if roll < 0.25 and depth < 3:
            lines.append(f"{pad}{key}: {anchor}".rstrip())
            lines.append(_document(rng, depth + 1, indent + 2, anchors))
        elif roll < 0.35 and depth < 3:
            lines.append(f"{pad}{key}: {anchor}".rstrip())
            for _ in range(rng.randint(1, 3)):
                lines.append(f"{pad}  - {rng.choice(TAGS)}{_scalar(rng, indent + 2)}")
        elif roll < 0.45 and anchors:
            lines.append(f"{pad}{key}: *{rng.choice(anchors)}")
        elif roll < 0.5:
            lines.append(f"{pad}{key}: [{', '.join(rng.choice(['1', 'a', '*' + (anchors or ['z'])[0], '{b: c}']) for _ in range(3))}]")
        else:
            lines.append(f"{pad}{key}: {anchor}{rng.choice(TAGS)}{_scalar(rng, indent)}")
    return "\n".join(lines)


def _mutate(rng: random.Random, text: str) -> str:
    data = bytearray(text.encode("utf-8"))
    for _ in range(rng.randint(1, 4)):
        choice = rng.random()
        if not data:
            break
        pos = rng.randrange(len(data))
        if choice < 0.4:
            data[pos] = rng.choice(b":-[]{}&*!|>'\"#\n\r\t \x00\x85\xc3\xe2%@`,?")
        elif choice < 0.6:
            del data[pos:]
        elif choice < 0.8:
            data[pos:pos] = rng.choice([b"\n  ", b": ", b"- ", b"&x ", b"*x", b"---\n", b"\t", b"\xef\xbb\xbf"])
        else:
            del data[pos : pos + rng.randint(1, 8)]
    return data.decode("utf-8", errors="replace")


def _outline_of(text: str, limits: OutlineLimits) -> object:
    """Like parse_text, but only the documented exceptions are caught."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if document._RE_NON_PRINTABLE.search(text):
        return "non-printable"
    memo = values._Memo()
    deadline = time.monotonic() + 60
    scanned = document._scan(text, False, limits, limits.max_total_entries, deadline, memo)
    if scanned is not None:  # the line scanner took it (test_outline_scan.py proves it agrees)
        entries, includes = scanned
        return [json.loads(e) for e in entries], includes, None, False
    try:
        root = compose._compose_checked(text, limits, deadline)
    except (yaml.YAMLError, rules._FileProblem) as err:
        return type(err).__name__
    entries, includes, error, hit = document._outline_document(root, False, limits, limits.max_total_entries, memo)
    return [json.loads(e) for e in entries], includes, error, hit


def test_fuzz_documents_never_crash_and_never_leak() -> None:
    rng = random.Random(20240531)
    limits = OutlineLimits(max_nodes_per_file=5_000, max_entries_per_file=2_000)
    parsed = errors = leaked_as_key = 0
    for i in range(DOCUMENTS):
        text = _document(rng) + "\n"
        if i % 2:
            text = _mutate(rng, text)
        result = _outline_of(text, limits)
        if isinstance(result, str):
            errors += 1
            continue
        parsed += 1
        entries, includes, error, _ = result
        # Keys are names and are shown as written (README section 5): a mutation that
        # turns the canary into a mapping key legitimately shows it - only there.
        keys_with_canary = {k for e in entries for k in e["path"] if isinstance(k, str) and CANARY in k}
        assert all(k in text for k in keys_with_canary)
        keyless = [{**e, "path": [k for k in e["path"] if k not in keys_with_canary]} for e in entries]
        blob = json.dumps([keyless, error], sort_keys=True, allow_nan=False)
        assert CANARY not in blob, text
        leaked_as_key += bool(keys_with_canary)
        for entry in entries:
            assert entry["line"] >= 1 and entry["type"] in {"str", "int", "float", "bool", "null", "map", "seq"}
            # Untagged strings, and `!env_var NAME default` (the default is literal text).
            if entry["tag"] == "!env_var" and entry["type"] == "str":
                assert "value" not in entry
            else:
                assert ("features" in entry) == (entry["type"] == "str" and entry["tag"] is None)
        assert all(inc[0] in rules.INCLUDE_TAGS for inc in includes)
    # Both branches were really exercised.
    assert parsed > DOCUMENTS // 3 and errors > DOCUMENTS // 20, (parsed, errors)
    assert leaked_as_key < DOCUMENTS // 100  # rare: only mutations spell it as a key


def test_fuzz_parse_text_errors_never_quote_the_text() -> None:
    rng = random.Random(7)
    kinds: set[str] = set()
    for _ in range(1_000):
        text = _mutate(rng, _document(rng) + "\n")
        entries, _, error, _ = document.parse_text(text)
        entries = [json.loads(e) for e in entries]
        if error is not None:
            kinds.add(error["kind"])
            assert error["message"] == "The file is not valid YAML." or error["kind"] == "limit_reached"
        values = [{k: v for k, v in e.items() if k != "path"} for e in entries]
        assert CANARY not in json.dumps([values, error])
    assert "malformed" in kinds


def test_fuzz_whole_folders(tmp_path: Path) -> None:
    """Random include graphs over mutated files: no exception, canonical output, no canary."""
    rng = random.Random(99)
    tags = ["!include", "!include_dir_list", "!include_dir_named", "!include_dir_merge_list", "!include_dir_merge_named"]
    for round_ in range(60):
        root = tmp_path / f"r{round_}"
        (root / "d" / "e").mkdir(parents=True)
        names = ["configuration.yaml", "a.yaml", "d/b.yaml", "d/e/c.yaml", "x.yml", "d/secrets.yaml"]
        for name in names:
            lines = [_document(rng)]
            for _ in range(rng.randint(0, 3)):
                tag = rng.choice(tags)
                target = rng.choice(["a.yaml", "d", "d/b.yaml", "../a.yaml", "e", "nope.yaml", "configuration.yaml", "."])
                lines.append(f"inc{rng.randint(0, 99)}: {tag} {target}")
            text = "\n".join(lines) + "\n"
            if rng.random() < 0.3:
                text = _mutate(rng, text)
            (root / name).write_bytes(text.encode("utf-8", errors="surrogatepass"))
        outline = build_outline(root, OutlineLimits(max_nodes_per_file=5_000))
        out = dumps_outline(outline)
        for file in outline["files"]:
            file["entries"] = [{k: v for k, v in json.loads(e).items() if k != "path"} for e in file["entries"]]
        assert CANARY not in json.dumps(outline)  # keys may spell it after a mutation
        assert out == dumps_outline(json.loads(out))
