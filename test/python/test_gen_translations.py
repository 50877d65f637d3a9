"""scripts/gen_translations.py: issue texts per language from src/i18n, --check detects staleness."""

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


def _texts(check_ids: list[str], lang: str) -> dict[str, str]:
    """A small translation file: the integration's texts and four texts per check."""
    say = {"en": "", "de": "DE "}[lang]
    table = {
        "integration.config.step.user.title": "Security Scorecard",
        "integration.config.step.user.description": f"{say}Adds the backend.",
        "integration.config.abort.single_instance_allowed": f"{say}Already set up.",
        "integration.entity.sensor.score.name": {"en": "Score", "de": "Punktzahl"}[lang],
        "integration.issue.how_to_fix": {"en": "How to fix:", "de": "So behebst du es:"}[lang],
        "integration.issue.where": {"en": "Where:", "de": "Wo:"}[lang],
        "integration.options.step.init.title": f"{say}Options",
        "integration.options.step.init.description": f"{say}The panel.",
        "integration.options.step.init.data.panel": f"{say}Sidebar panel",
    }
    for check_id in check_ids:
        for field in ("title", "problem", "why", "fix"):
            table[f"checks.{check_id}.{field}"] = f"{say}{field} of {check_id}"
    return table


def test_generate_and_check(tmp_path: Path) -> None:
    gen = _load()
    catalog = tmp_path / "catalog.json"
    catalog.write_text(json.dumps(TEST_CATALOG))
    ids = [c["id"] for c in TEST_CATALOG["checks"]]
    i18n = tmp_path / "i18n"
    i18n.mkdir()
    for lang in ("en", "de"):
        (i18n / f"{lang}.json").write_text(json.dumps(_texts(ids, lang)))
    out = tmp_path / "out"
    args = ["--catalog", str(catalog), "--i18n-dir", str(i18n), "--out-dir", str(out)]
    assert gen.main([*args, "--check"]) == 1  # nothing generated yet
    assert gen.main(args) == 0
    assert gen.main([*args, "--check"]) == 0
    strings = json.loads((out / "strings.json").read_text())
    assert (out / "translations" / "en.json").read_text() == (out / "strings.json").read_text()
    issue = strings["issues"]["auth-owner-mfa"]
    # The issue is titled by the check's problem, and its description says where.
    assert issue["title"] == "problem of auth-owner-mfa"
    assert issue["description"] == (
        "why of auth-owner-mfa\n\n**How to fix:** fix of auth-owner-mfa\n\n**Where:** {where}"
    )
    assert set(strings["issues"]) == set(ids)
    assert strings["entity"]["sensor"]["score"]["name"] == "Score"

    german = json.loads((out / "translations" / "de.json").read_text())
    assert german["issues"]["auth-owner-mfa"] == {
        "title": "DE problem of auth-owner-mfa",
        "description": "DE why of auth-owner-mfa\n\n**So behebst du es:** DE fix of auth-owner-mfa\n\n**Wo:** {where}",
    }
    assert german["entity"]["sensor"]["score"]["name"] == "Punktzahl"

    catalog.write_text(json.dumps({**TEST_CATALOG, "checks": TEST_CATALOG["checks"][:1]}))
    assert gen.main([*args, "--check"]) == 1


def test_missing_text_is_a_clear_error(tmp_path: Path, capsys) -> None:
    gen = _load()
    catalog = tmp_path / "catalog.json"
    catalog.write_text(json.dumps(TEST_CATALOG))
    ids = [c["id"] for c in TEST_CATALOG["checks"]]
    i18n = tmp_path / "i18n"
    i18n.mkdir()
    (i18n / "en.json").write_text(json.dumps(_texts(ids, "en")))
    german = _texts(ids, "de")
    del german["checks.auth-owner-mfa.problem"]
    (i18n / "de.json").write_text(json.dumps(german))
    assert gen.main(["--catalog", str(catalog), "--i18n-dir", str(i18n), "--out-dir", str(tmp_path / "out")]) == 2
    assert "de.json has no text for checks.auth-owner-mfa.problem" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_committed_german_issues_are_german() -> None:
    """Every check's Repairs title in translations/de.json is its German problem statement."""
    integration = ROOT / "custom_components" / "security_scorecard"
    german = json.loads((integration / "translations" / "de.json").read_text(encoding="utf-8"))
    english = json.loads((integration / "strings.json").read_text(encoding="utf-8"))
    catalog = json.loads((integration / "catalog.json").read_text(encoding="utf-8"))
    de_source = json.loads((ROOT / "src" / "i18n" / "de.json").read_text(encoding="utf-8"))
    for check in catalog["checks"]:
        issue = german["issues"][check["id"]]
        assert issue["title"] == de_source[f"checks.{check['id']}.problem"]
        assert issue["title"] != english["issues"][check["id"]]["title"]
        assert issue["description"].endswith("**Wo:** {where}")


def test_committed_files_are_fresh() -> None:
    assert _load().main(["--check"]) == 0
