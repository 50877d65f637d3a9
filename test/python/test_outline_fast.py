"""The fast paths of the outline builder keep the canonical bytes and the build's hygiene.

- `dumps_outline` writes exactly `json.dumps(indent=2, sort_keys=True, ensure_ascii=True,
  allow_nan=False)` + newline, also for shapes no vector has;
- `iter_outline_json_compact` (the wire form) is the same data, compact;
- entries are JSON texts: nothing per entry for the garbage collector, and nothing of a
  build (the memo holds values) is kept after it;
- the facts time-out names its limit like the outline's own time limit.
"""

from __future__ import annotations

from dataclasses import fields
import gc
import json
from pathlib import Path
from typing import Any
from unittest.mock import patch

import pytest

from homeassistant.core import HomeAssistant

from custom_components.security_scorecard.outline import compose
from custom_components.security_scorecard.outline import (
    OutlineLimits,
    build_outline,
    dumps_outline,
    iter_outline_json,
    iter_outline_json_compact,
    parse_text,
)

CANARY = "CANARY-5f1e2d3c4b"


def _reference(value: Any) -> str:
    return json.dumps(value, indent=2, sort_keys=True, ensure_ascii=True, allow_nan=False) + "\n"


ENTRY = {"path": ("a", 0, "b\u00e9"), "line": 3, "tag": None, "type": "str",
         "features": {"length": 2, "entropy": "low", "auth_prefix": None, "url": False}, "value": "x\ty\U0001f600"}
SHAPES: list[Any] = [
    {"version": 1, "files": [], "truncated": None},
    {"version": 1, "files": [{"path": "a.yaml", "reachable": True, "mount": None, "error": None, "entries": []}],
     "truncated": {"limit": "max_files", "message": "Stopped after 1 files."}},
    {"version": 1, "files": [{"path": "b.yaml", "reachable": False, "mount": ["x", 2, "y"],
                              "error": {"kind": "malformed", "line": None, "message": "m"},
                              "entries": [ENTRY, {**ENTRY, "path": []}, {**ENTRY, "value": [], "features": {}},
                                          {**ENTRY, "value": ["a", "\"\\\n"], "line": 10**15},
                                          {**ENTRY, "value": 1.5e-3}, {**ENTRY, "value": -2.0},
                                          {**ENTRY, "value": True}, {**ENTRY, "path": [["nested"], {"k": 1}]},
                                          {"path": ("only", "path")}, {"odd": {"deep": [{"x": None}]}}]}],
     "truncated": None, "extra": {"z": [1, [2, []], {}], "a": "\u007f\u0080\uffff"}},
    [1, {"b": 2, "a": [3]}],
    {"files": "not a list"},
    "text",
]


@pytest.mark.parametrize("index", range(len(SHAPES)))
def test_dumps_is_json_dumps_for_any_shape(index: int) -> None:
    value = SHAPES[index]
    assert dumps_outline(value) == _reference(value)
    assert "".join(iter_outline_json(value)) == _reference(value)


def test_dumps_refuses_what_json_refuses() -> None:
    bad = {"version": 1, "files": [{"path": "a", "entries": [{**ENTRY, "value": float("nan")}]}]}
    with pytest.raises(ValueError):
        json.dumps(bad, indent=2, allow_nan=False)
    with pytest.raises(ValueError):
        dumps_outline(bad)


def outline_json(outline: dict[str, Any]) -> str:
    return "".join(iter_outline_json_compact(outline))


def _loaded(outline: dict[str, Any]) -> dict[str, Any]:
    """The outline with its entry texts read back (what a client receives)."""
    return {
        **outline,
        "files": [
            {**f, "entries": [json.loads(e) if isinstance(e, str) else e for e in f["entries"]]}
            for f in outline["files"]
        ],
    }


def _real_outline(tmp_path: Path) -> dict[str, Any]:
    (tmp_path / "configuration.yaml").write_text(
        "http:\n  server_port: 8123\n  trusted_proxies: [10.0.0.1, '::1']\n"
        "a: &x {k: v, n: 1.25, '\u00e9': caf\u00e9}\nb: *x\nc: [1, [2, {d: e}]]\npw: " + CANARY + "\n",
        encoding="utf-8",
    )
    (tmp_path / "plain.yaml").write_text("http:\n  cors_allowed_origins:\n  - https://a\n  - https://b\nmsg: >\n  two\n  lines\n")
    (tmp_path / "empty.yaml").write_text("")
    (tmp_path / "bad.yaml").write_text("a: [\n")
    return build_outline(tmp_path)


def test_dumps_of_a_real_outline_is_json_dumps(tmp_path: Path) -> None:
    outline = _real_outline(tmp_path)
    assert all(isinstance(e, str) for f in outline["files"] for e in f["entries"])
    assert dumps_outline(outline) == _reference(_loaded(outline))


def test_the_wire_form_is_the_same_data_compact(tmp_path: Path) -> None:
    outline = _real_outline(tmp_path)
    wire = outline_json(outline)
    assert "\n" not in wire and ": " not in wire.replace('": ', "")  # compact
    assert json.loads(wire) == json.loads(dumps_outline(outline)) == _loaded(outline)
    # Stand-ins with dict entries (tests patch the builder) serialise too.
    fake = {"version": 1, "files": [{"path": "x.yaml", "entries": [{"size": 3}]}], "truncated": None}
    assert json.loads(outline_json(fake)) == fake
    assert json.loads(outline_json({"files": []})) == {"files": []}


def test_nothing_of_a_build_is_kept(tmp_path: Path) -> None:
    value = "same text here " + CANARY
    (tmp_path / "configuration.yaml").write_text(f"a: {value}\nb: {value}\n")
    outline = build_outline(tmp_path)
    entries = outline["files"][0]["entries"]
    assert [json.loads(e)["features"]["length"] for e in entries] == [len(value)] * 2
    assert not any(gc.is_tracked(e) for e in entries)
    del outline, entries
    gc.collect()
    # The memo keys its dicts and sets by the config's strings: none may outlive the build.
    holders = [
        o for o in gc.get_objects() if isinstance(o, (dict, set, frozenset)) and value in o
    ]
    assert holders == []


def test_include_paths_are_tuples_of_the_document_path() -> None:
    entries, includes, _, _ = parse_text("a:\n  b: [1, {c: !include x.yaml}]\nd:\n- !include y.yaml\n")
    assert [json.loads(e)["path"] for e in entries] == [["a"], ["a", "b"], ["a", "b", 1, "c"], ["d"]]
    assert includes == [("!include", "x.yaml", 2, ("a", "b", 1, "c")), ("!include", "y.yaml", 4, ("d", 0))]


def test_the_pure_python_parser_gives_the_same_entries() -> None:
    text = "a: &x [1, 'b', {c: !secret s}]\nd: *x\ne: |\n  two\n  lines\n? [complex]\n: skipped\n"
    fast = parse_text(text)
    with patch.object(compose, "_FastLoader", None):
        slow = parse_text(text)
    assert fast == slow and fast[2] is None and len(fast[0]) == 5


async def test_facts_time_out_uses_the_outline_limit_name(hass: HomeAssistant) -> None:
    from custom_components.security_scorecard import facts as facts_module

    never = hass.loop.create_future()  # an outline walk that does not finish
    with (
        patch.object(hass, "async_add_executor_job", return_value=never),
        patch.object(facts_module, "FACTS_TIMEOUT", 0.5),
    ):
        outline = await facts_module.async_outline(hass)
    assert outline["truncated"] == {"limit": "max_seconds", "message": "Stopped after 0.5 seconds."}
    assert outline["truncated"]["limit"] in {f.name for f in fields(OutlineLimits)}
