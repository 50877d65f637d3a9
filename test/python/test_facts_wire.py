"""The outline and the facts on the wire (docs/architecture.md "Outline on the wire",
"Subscribe deltas", "Contract version"): the relevant outline and its encoding, deltas, the
contract of `security_scorecard/facts`, and a 2,000-file / 20 MB config read whole under the
default limits."""

from __future__ import annotations

import json
from pathlib import Path
import random
import sys
from typing import Any
from unittest.mock import patch

import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from homeassistant.core import HomeAssistant

from custom_components.security_scorecard.facts import _serialise, delta_body
from custom_components.security_scorecard.outline import OutlineLimits, build_outline
from custom_components.security_scorecard.outline.relevance import (
    RelevantCache,
    is_relevant_entry,
    keeps_whole_file,
    load_relevance,
    relevant_entries,
    relevant_files_json,
)
from scorecard_support import FAKE_OUTLINE

REPO = Path(__file__).resolve().parents[2]
VECTORS = REPO / "test" / "vectors" / "outline"
RELEVANCE = load_relevance()
INCOMPATIBLE = "the Security Scorecard integration and card are different versions: reload the page / update HACS"


def _exact(record: dict[str, Any]) -> list[Any]:
    """The declaration applied entry by entry, every entry parsed: what the fast filter must equal."""
    if keeps_whole_file(RELEVANCE, record):
        return list(record["entries"])
    return [e for e in record["entries"] if is_relevant_entry(RELEVANCE, record["mount"], json.loads(e))]


# --- the filter -----------------------------------------------------------------------


@pytest.mark.parametrize("case", sorted(p.name for p in VECTORS.iterdir() if (p / "config").is_dir() and not (p / "setup.json").exists()))
def test_fast_filter_equals_the_rule_on_every_vector(case: str) -> None:
    limits_file = VECTORS / case / "limits.json"
    limits = OutlineLimits.from_mapping(json.loads(limits_file.read_text())) if limits_file.exists() else OutlineLimits()
    outline = build_outline(VECTORS / case / "config", limits)
    for record in outline["files"]:
        assert relevant_entries(RELEVANCE, record) == _exact(record), record["path"]


# Keys that break naive text tests: quotes, backslashes, brackets and commas at either end,
# the text of the entry's own JSON, non-ASCII (a Kelvin sign K lower-cases to k), digits.
TRICKY_KEYS = [
    "api_key[", "x,", "a\\", "\\", '"', 'a"b', "a,\"b", 'k],"tag":', '"path":[', "[", ",",
    "api_\u212aey", "pass\u00e9", "\u00fcser", "PASSWORD", "apiKey", "X-Api-Key", "webhook_id", "local_only",
    "platform", "trigger", "http", "homeassistant", "0", "1e3", "name", "token_type", "key_path",
]


def test_fast_filter_equals_the_rule_on_tricky_keys(tmp_path: Path) -> None:
    rng = random.Random(20261206)
    lines = ["homeassistant:", "  packages: !include_dir_named packages", "http:", '  "a,": 1']
    for i in range(400):
        key, inner = rng.choice(TRICKY_KEYS), rng.choice(TRICKY_KEYS)
        value = rng.choice(["webhook", "plain words", "Bearer abcdefghijklmnop", "https://u:pw12345@h/x", "1234", "[a, b]"])
        lines.append(f"{json.dumps(key)}:")
        lines.append(f"  {json.dumps(inner)}: {value}")
        lines.append(f"  - {json.dumps(inner)}: {value}" if i % 7 == 0 else f"  {json.dumps(key + str(i))}: {value}")
    (tmp_path / "configuration.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "packages").mkdir()
    (tmp_path / "packages" / "p.yaml").write_text("http:\n  server_port: 81\nsensor:\n  - \"api_key[\": x\n", encoding="utf-8")
    outline = build_outline(tmp_path)
    kept = 0
    for record in outline["files"]:
        fast = relevant_entries(RELEVANCE, record)
        assert fast == _exact(record), record["path"]
        kept += len(fast)
    assert kept > 0


def test_unchanged_files_are_not_filtered_again(tmp_path: Path) -> None:
    (tmp_path / "configuration.yaml").write_text("a: 1\npassword: x\n")
    outline = build_outline(tmp_path)
    cache = RelevantCache()
    first = relevant_files_json(outline, RELEVANCE, cache)
    with patch("custom_components.security_scorecard.outline.relevance.relevant_file_json", side_effect=AssertionError):
        assert relevant_files_json(outline, RELEVANCE, cache) == first
    moved = {**outline, "files": [{**outline["files"][0], "mount": ["x"]}]}
    assert relevant_files_json(moved, RELEVANCE, cache) != first  # a changed record is encoded again


# --- deltas ----------------------------------------------------------------------------


def _facts(files: list[dict[str, Any]], **parts: Any) -> dict[str, Any]:
    return {"schema_version": 1, "http": {"server_port": 8123}, **parts, "outline": {"version": 1, "files": files, "truncated": None}}


def _file(path: str, line: int) -> dict[str, Any]:
    return {"path": path, "reachable": True, "mount": None, "error": None, "entries": ['{"line":%d,"path":["password"],"tag":null,"type":"null"}' % line]}


def test_delta_carries_only_what_changed() -> None:
    old = _serialise(_facts([_file("a.yaml", 1), _file("b.yaml", 1), _file("c.yaml", 1)]), RELEVANCE)
    assert delta_body(old, _serialise(_facts([_file("a.yaml", 1), _file("b.yaml", 1), _file("c.yaml", 1)]), RELEVANCE), 1, 0) is None
    new = _serialise(_facts([_file("a.yaml", 1), _file("b.yaml", 2), _file("d.yaml", 1)], http={"server_port": 80}), RELEVANCE)
    delta = json.loads(delta_body(old, new, 4, 3))
    assert delta["contract"] == 2 and delta["kind"] == "delta" and delta["seq"] == 4 and delta["base"] == 3
    assert delta["parts"] == {"http": {"server_port": 80}}
    assert [f["path"] for f in delta["outline"]["files"]] == ["b.yaml", "d.yaml"]
    assert delta["outline"]["removed"] == ["c.yaml"]
    assert delta["outline"]["form"] == "relevant" and delta["outline"]["truncated"] is None


def test_delta_between_an_outline_and_its_marker() -> None:
    whole = _serialise(_facts([_file("a.yaml", 1)]), RELEVANCE)
    marker = _serialise({**_facts([]), "outline": {"error": "outline: OSError"}}, RELEVANCE)
    down = json.loads(delta_body(whole, marker, 1, 0))
    assert down["parts"]["outline"] == {"error": "outline: OSError"} and "outline" not in down
    up = json.loads(delta_body(marker, whole, 2, 1))
    assert [f["path"] for f in up["outline"]["files"]] == ["a.yaml"] and up["outline"]["removed"] == []


def test_an_irrelevant_edit_changes_nothing_on_the_wire() -> None:
    irrelevant = '{"line":9,"path":["name"],"tag":null,"type":"null"}'
    old = _serialise(_facts([_file("a.yaml", 1)]), RELEVANCE)
    edited = _file("a.yaml", 1)
    edited["entries"].append(irrelevant)
    new = _serialise(_facts([edited]), RELEVANCE)
    assert new.digest == old.digest and delta_body(old, new, 1, 0) is None


# --- security_scorecard/facts and its contract -----------------------------------------------


async def _facts_answer(hass: HomeAssistant, hass_ws_client: WebSocketGenerator, **fields: Any) -> dict[str, Any]:
    client = await hass_ws_client(hass)
    await client.send_json_auto_id({"type": "security_scorecard/facts", **fields})
    return await client.receive_json()


def _outline_with_noise(_config_dir: str, _cache: object = None) -> dict[str, Any]:
    entries = [
        '{"line":1,"path":["password"],"tag":null,"type":"null"}',
        '{"line":2,"path":["name"],"tag":null,"type":"null"}',
    ]
    return {**FAKE_OUTLINE, "files": [{**FAKE_OUTLINE["files"][0], "entries": entries}]}


async def test_facts_in_each_contract(
    hass: HomeAssistant, entry: MockConfigEntry, hass_ws_client: WebSocketGenerator
) -> None:
    with patch("custom_components.security_scorecard.facts._build_outline", side_effect=_outline_with_noise):
        relevant = await _facts_answer(hass, hass_ws_client, contract=2)
        full = await _facts_answer(hass, hass_ws_client, contract=2, full=True)
        legacy = await _facts_answer(hass, hass_ws_client)
    assert relevant["success"] and relevant["result"]["contract"] == 2
    outline = relevant["result"]["outline"]
    assert outline["form"] == "relevant" and outline["files"][0]["entries"] == [[0, 1, 0, 4]]
    assert outline["files"][0]["keys"] == ["password"]
    assert full["result"]["outline"]["form"] == "full"
    assert [e[1] for e in full["result"]["outline"]["files"][0]["entries"]] == [1, 2]
    # No contract: what an older CLI reads (contract 1: entry objects, no `contract`).
    assert "contract" not in legacy["result"] and legacy["result"]["schema_version"] == 1
    assert legacy["result"]["outline"]["files"][0]["entries"][1] == {"line": 2, "path": ["name"], "tag": None, "type": "null"}


@pytest.mark.parametrize("contract", [1, 3, "2"])
async def test_facts_refuses_another_contract(
    hass: HomeAssistant, entry: MockConfigEntry, hass_ws_client: WebSocketGenerator, contract: Any
) -> None:
    answer = await _facts_answer(hass, hass_ws_client, contract=contract)
    assert not answer["success"]
    assert answer["error"] == {"code": "incompatible_version", "message": INCOMPATIBLE}


# --- nothing cut silently -------------------------------------------------------------


def test_a_2000_file_20_mb_config_is_read_whole_under_the_default_limits(tmp_path: Path) -> None:
    sys.path.insert(0, str(REPO / "bench"))
    try:
        import outline_py  # the benchmark's config: 2,000 files, ~21 MB
    finally:
        sys.path.pop(0)
    total = outline_py.synthesise(tmp_path, random.Random(1))
    assert total >= 20_000_000
    outline = build_outline(tmp_path, OutlineLimits(max_seconds=600))  # time is the machine's, not the config's
    assert outline["truncated"] is None
    assert len(outline["files"]) == 2001
    assert all(f["error"] is None for f in outline["files"])
    entries = sum(len(f["entries"]) for f in outline["files"])
    assert entries < OutlineLimits().max_total_entries  # the default entry limit, with room
