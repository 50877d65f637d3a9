#!/usr/bin/env python3
"""Generate the integration's strings.json and translations/en.json from catalog.json.

Fixed texts (config flow, sensor name) live here; `issues.<check id>` comes from the
catalog: title, and a description made of the check's `why` and `fix`. Repairs shows
only checks of severity critical/high/medium, but every check gets text so a later
severity change needs no regeneration.

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

BASE: dict[str, Any] = {
    "config": {
        "step": {
            "user": {
                "title": "Security Scorecard",
                "description": (
                    "Adds the security scorecard backend: server-side facts for the card, "
                    "findings in Repairs, and a score sensor. Nothing to configure."
                ),
            }
        },
        "abort": {"single_instance_allowed": "Security Scorecard is already set up."},
    },
    "entity": {"sensor": {"score": {"name": "Score"}}},
}


def _text(value: Any) -> str:
    return str(value or "").strip()


def build(catalog: dict[str, Any] | None) -> dict[str, Any]:
    """The strings document for a catalog (None: no catalog yet, no issues)."""
    strings: dict[str, Any] = json.loads(json.dumps(BASE))
    checks = (catalog or {}).get("checks", [])
    if checks:
        issues: dict[str, Any] = {}
        for check in sorted(checks, key=lambda c: c["id"]):
            why, fix = _text(check.get("why")), _text(check.get("fix"))
            description = why if not fix else f"{why}\n\n**How to fix:** {fix}"
            issues[check["id"]] = {"title": _text(check.get("title")), "description": description}
        strings["issues"] = issues
    return strings


def render(strings: dict[str, Any]) -> str:
    return json.dumps(strings, indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail when the files are stale")
    parser.add_argument("--catalog", type=Path, default=INTEGRATION / "catalog.json")
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

    text = render(build(catalog))
    targets = [args.out_dir / "strings.json", args.out_dir / "translations" / "en.json"]
    if args.check:
        stale = [t for t in targets if not t.exists() or t.read_text(encoding="utf-8") != text]
        for target in stale:
            print(f"{target} is stale: run python scripts/gen_translations.py", file=sys.stderr)
        return 1 if stale else 0
    for target in targets:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
