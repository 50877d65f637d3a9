"""A YAML file that is not UTF-8 (issue 12 item 4).

Home Assistant refuses it, so it keeps its `binary` error; but one Latin-1 byte must not
hide a password written in it: the outline lists its entries (decoded with U+FFFD), the
same with and without the outline cache. The shared vector `latin1` pins the bytes.
"""

from __future__ import annotations

import json
from pathlib import Path

from custom_components.security_scorecard.outline import OutlineCache, build_outline, dumps_outline

CANARY = "CANARY-5f1e2d3c4b"


def _file(outline: dict, path: str) -> dict:
    return next(f for f in outline["files"] if f["path"] == path)


def test_a_latin1_file_keeps_its_error_and_its_entries(tmp_path: Path) -> None:
    (tmp_path / "configuration.yaml").write_text("mqtt: !include mqtt.yaml\n", encoding="utf-8")
    (tmp_path / "mqtt.yaml").write_bytes(b"# Caf\xe9\nusername: ha\npassword: " + CANARY.encode() + b"-pw\n")
    cache = OutlineCache()
    first = dumps_outline(build_outline(tmp_path, cache=cache))
    again = dumps_outline(build_outline(tmp_path, cache=cache))
    assert cache.hits >= 1
    assert first == again == dumps_outline(build_outline(tmp_path))
    assert CANARY not in first
    mqtt = _file(json.loads(first), "mqtt.yaml")
    assert mqtt["error"] == {"kind": "binary", "line": None, "message": "The file is not UTF-8 text."}
    assert mqtt["mount"] == ["mqtt"]
    password = next(e for e in mqtt["entries"] if e["path"] == ["password"])
    assert password["line"] == 3 and password["type"] == "str" and "value" not in password


def test_a_nul_byte_is_still_not_parsed(tmp_path: Path) -> None:
    (tmp_path / "configuration.yaml").write_bytes(b"password: x\x00y\n")
    outline = build_outline(tmp_path)
    root = _file(outline, "configuration.yaml")
    assert root["error"]["kind"] == "binary" and root["entries"] == []
