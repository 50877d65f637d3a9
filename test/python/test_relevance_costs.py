"""What keeps the relevant outline cheap on a big config (bench/outline_py.py prints the
figures): the GIL is handed over every few milliseconds rather than after every file, a
features object is decoded once per shape, and the cheaper routes encode exactly what the
plain route (json.loads, then the dict) encodes."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any
from unittest.mock import patch

import pytest

from custom_components.security_scorecard.outline import OutlineLimits, build_outline
from custom_components.security_scorecard.outline import relevance
from custom_components.security_scorecard.outline.relevance import (
    HAND_OVER_EVERY,
    compact_file,
    load_relevance,
    relevant_files_json,
)

REPO = Path(__file__).resolve().parents[2]
VECTORS = REPO / "test" / "vectors" / "outline"
RELEVANCE = load_relevance()
FILES = 50


class _Clock:
    """A monotonic clock that advances `step` seconds per reading, and counts sleeps."""

    def __init__(self, step: float) -> None:
        self.now = 0.0
        self.step = step
        self.sleeps = 0

    def monotonic(self) -> float:
        self.now += self.step
        return self.now

    def sleep(self, seconds: float) -> None:
        assert seconds == 0
        self.sleeps += 1


def _outline(files: int) -> dict[str, Any]:
    record = {"reachable": True, "mount": None, "error": None}
    entries = ['{"line":1,"path":["password"],"tag":null,"type":"null"}']
    return {"files": [{**record, "path": f"f{i}.yaml", "entries": list(entries)} for i in range(files)]}


def _hand_overs(step: float) -> int:
    clock = _Clock(step)
    with patch.object(relevance, "time", SimpleNamespace(monotonic=clock.monotonic, sleep=clock.sleep)):
        relevant_files_json(_outline(FILES), RELEVANCE)
    return clock.sleeps


def test_quick_files_share_one_hand_over() -> None:
    # Two clock readings per file at a fifth of the interval: about one hand-over per 2.5 files.
    sleeps = _hand_overs(HAND_OVER_EVERY / 5)
    assert 0 < sleeps <= FILES // 2


def test_a_slow_file_is_followed_by_a_hand_over() -> None:
    assert _hand_overs(HAND_OVER_EVERY * 2) == FILES


def test_a_features_shape_is_decoded_once() -> None:
    features = json.dumps({"auth_prefix": None, "entropy": "low", "length": 3, "url": False}, separators=(",", ":"))
    entries = [
        '{"features":%s,"line":%d,"path":["a",%d,"name"],"tag":null,"type":"str"}' % (features, i, i) for i in range(40)
    ]
    record = {"path": "a.yaml", "reachable": True, "mount": None, "error": None, "entries": entries}
    relevance._FEATURE_CODES.clear()
    with patch.object(relevance, "_features_compact", wraps=relevance._features_compact) as decode:
        encoded = compact_file(record, entries)
    assert decode.call_count == 1
    assert json.dumps(encoded, sort_keys=True) == json.dumps(_plain(record, entries), sort_keys=True)


def _plain(record: dict[str, Any], entries: list[str]) -> dict[str, Any]:
    """compact_file through json.loads and the dict route only."""
    return compact_file(record, [json.loads(e) for e in entries])


# Texts the features shortcut must not misread: no features, features null, a features
# object with a nested object or a `}` in a string, a second "features" member,
# surrounding space (json.loads accepts it), a value list with item lines.
ODD_ENTRIES = [
    '{"line":1,"path":["a"],"tag":null,"type":"map"}',
    '{"features":null,"line":2,"path":["a","b"],"tag":null,"type":"str"}',
    '{"features":{"auth_prefix":"bearer","entropy":"high","length":40,"x":{"y":1}},"line":3,"path":["a","c"],"tag":null,"type":"str"}',
    '{"features":{"auth_prefix":null,"entropy":"low","length":2,"note":"}"},"line":4,"path":["a","d"],"tag":null,"type":"str"}',
    '{"features":{"auth_prefix":null,"entropy":"low","length":2},"line":5,"path":["a","e"],"tag":null,"type":"str",'
    '"features":{"auth_prefix":"basic","entropy":"medium","length":9}}',
    ' {"line":6,"path":["a","f",0,"g"],"tag":"!secret","type":"str"} ',
    '{"item_lines":[7,8],"line":6,"path":["a","trusted_proxies"],"tag":null,"type":"seq","value":["10.0.0.1","::1"]}',
    '{"line":9,"path":["a","port"],"tag":null,"type":"int","value":8123}',
]


def test_odd_texts_encode_as_the_plain_route_does() -> None:
    record = {"path": "odd.yaml", "reachable": True, "mount": None, "error": None, "entries": ODD_ENTRIES}
    assert json.dumps(compact_file(record, ODD_ENTRIES), sort_keys=True) == json.dumps(
        _plain(record, ODD_ENTRIES), sort_keys=True
    )


def test_a_broken_text_is_a_clear_error() -> None:
    record = {"path": "bad.yaml", "reachable": True, "mount": None, "error": None, "entries": []}
    with pytest.raises(json.JSONDecodeError):
        compact_file(record, ['{"line":1,"path":["a"],"tag":null,"type":"map"} trailing'])


@pytest.mark.parametrize(
    "case", sorted(p.name for p in VECTORS.iterdir() if (p / "config").is_dir() and not (p / "setup.json").exists())
)
def test_every_vector_encodes_as_the_plain_route_does(case: str) -> None:
    limits_file = VECTORS / case / "limits.json"
    limits = OutlineLimits.from_mapping(json.loads(limits_file.read_text())) if limits_file.exists() else OutlineLimits()
    for record in build_outline(VECTORS / case / "config", limits)["files"]:
        entries = record["entries"]
        assert json.dumps(compact_file(record, entries), sort_keys=True) == json.dumps(
            _plain(record, entries), sort_keys=True
        ), record["path"]
