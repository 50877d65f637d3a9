"""scripts/gen_translations.py: issue texts from the catalog, --check detects staleness."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
import sys

from scorecard_support import TEST_CATALOG

ROOT = Path(__file__).resolve().parents[2]


def _load():
    spec = importlib.util.spec_from_file_location("gen_translations", ROOT / "scripts" / "gen_translations.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["gen_translations"] = module
    spec.loader.exec_module(module)
    return module


def test_generate_and_check(tmp_path: Path) -> None:
    gen = _load()
    catalog = tmp_path / "catalog.json"
    catalog.write_text(json.dumps(TEST_CATALOG))
    args = ["--catalog", str(catalog), "--out-dir", str(tmp_path)]
    assert gen.main([*args, "--check"]) == 1  # nothing generated yet
    assert gen.main(args) == 0
    assert gen.main([*args, "--check"]) == 0
    strings = json.loads((tmp_path / "strings.json").read_text())
    assert (tmp_path / "translations" / "en.json").read_text() == (tmp_path / "strings.json").read_text()
    issue = strings["issues"]["auth-owner-mfa"]
    assert issue["title"] == "The owner uses multi-factor authentication"
    assert issue["description"] == "A stolen owner password is full control.\n\n**How to fix:** Enable TOTP for the owner."
    assert set(strings["issues"]) == {c["id"] for c in TEST_CATALOG["checks"]}
    assert strings["entity"]["sensor"]["score"]["name"] == "Score"

    catalog.write_text(json.dumps({**TEST_CATALOG, "checks": TEST_CATALOG["checks"][:1]}))
    assert gen.main([*args, "--check"]) == 1


def test_committed_files_are_fresh() -> None:
    assert _load().main(["--check"]) == 0
