#!/usr/bin/env python3
"""Generate the integration's strings.json and translations/<lang>.json from src/i18n.

One translation file per language (src/i18n/<lang>.json, English the source) holds every
text: the config and options flows and the sensor name (`integration.*`) and each check's problem, why and
fix (`checks.<id>.*`). `issues.<check id>` gets the check's problem statement as title and
a description of why, how to fix, and where (the `{where}` placeholder the sync sends:
the evidence's places). The check ids come from catalog.json, so every check the backend
knows has an issue text in every language. Repairs shows only checks of severity
critical/high/medium, but every check gets text so a later severity change needs no
regeneration.

    python scripts/gen_translations.py           # write
    python scripts/gen_translations.py --check   # exit 1 when the files are stale
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
import sys
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
INTEGRATION = ROOT / "custom_components" / "security_scorecard"
I18N = ROOT / "src" / "i18n"
SOURCE_LANGUAGE = "en"


class MissingText(Exception):
    """A language lacks a key the generated files need."""


def load_languages(directory: Path) -> dict[str, dict[str, str]]:
    """Every <lang>.json in `directory`: flat key to text."""
    languages: dict[str, dict[str, str]] = {}
    for path in sorted(directory.glob("*.json")):
        table = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(table, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in table.items()
        ):
            raise MissingText(f"{path.name} is not a flat table of strings")
        languages[path.stem] = table
    if SOURCE_LANGUAGE not in languages:
        raise MissingText(f"{directory} has no {SOURCE_LANGUAGE}.json")
    return languages


def _text(table: dict[str, str], key: str, lang: str) -> str:
    value = table.get(key, "").strip()
    if not value:
        raise MissingText(f"{lang}.json has no text for {key}")
    return value


def build(catalog: dict[str, Any] | None, table: dict[str, str], lang: str = SOURCE_LANGUAGE) -> dict[str, Any]:
    """The strings document of one language (catalog None: no catalog yet, no issues)."""

    def t(key: str) -> str:
        return _text(table, key, lang)

    strings: dict[str, Any] = {
        "config": {
            "step": {
                "user": {
                    "title": t("integration.config.step.user.title"),
                    "description": t("integration.config.step.user.description"),
                }
            },
            "abort": {"single_instance_allowed": t("integration.config.abort.single_instance_allowed")},
        },
        "options": {
            "step": {
                "init": {
                    "title": t("integration.options.step.init.title"),
                    "description": t("integration.options.step.init.description"),
                    "data": {"panel": t("integration.options.step.init.data.panel")},
                }
            }
        },
        "entity": {"sensor": {"score": {"name": t("integration.entity.sensor.score.name")}}},
    }
    checks = (catalog or {}).get("checks", [])
    if checks:
        issues: dict[str, Any] = {}
        how, where = t("integration.issue.how_to_fix"), t("integration.issue.where")
        for check in sorted(checks, key=lambda c: c["id"]):
            prefix = f"checks.{check['id']}"
            description = (
                f"{t(prefix + '.why')}\n\n**{how}** {t(prefix + '.fix')}\n\n**{where}** {{where}}"
            )
            issues[check["id"]] = {"title": t(prefix + ".problem"), "description": description}
        strings["issues"] = issues
    return strings


def render(strings: dict[str, Any]) -> str:
    return json.dumps(strings, indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail when the files are stale")
    parser.add_argument("--catalog", type=Path, default=INTEGRATION / "catalog.json")
    parser.add_argument("--i18n-dir", type=Path, default=I18N)
    parser.add_argument("--out-dir", type=Path, default=INTEGRATION)
    args = parser.parse_args(argv)

    catalog: dict[str, Any] | None = None
    if args.catalog.exists():
        catalog = json.loads(args.catalog.read_text(encoding="utf-8"))
        if not isinstance(catalog, dict) or catalog.get("version") != 1:
            print(f"{args.catalog}: unsupported catalog version", file=sys.stderr)
            return 2
    else:
        print(f"{args.catalog} not found: generating without issue texts", file=sys.stderr)

    try:
        languages = load_languages(args.i18n_dir)
        texts = {lang: render(build(catalog, table, lang)) for lang, table in languages.items()}
    except MissingText as err:
        print(f"{err}: add it to {args.i18n_dir}", file=sys.stderr)
        return 2
    targets = {args.out_dir / "strings.json": texts[SOURCE_LANGUAGE]}
    for lang, text in texts.items():
        targets[args.out_dir / "translations" / f"{lang}.json"] = text
    if args.check:
        stale = [t for t, text in targets.items() if not t.exists() or t.read_text(encoding="utf-8") != text]
        for target in stale:
            print(f"{target} is stale: run python scripts/gen_translations.py", file=sys.stderr)
        return 1 if stale else 0
    for target, text in targets.items():
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
