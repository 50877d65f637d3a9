"""Print the pip requirements of every integration the harness configs load.

Run with the venv's Python after `pip install --no-deps homeassistant==...`:
    python test/ha/component_requirements.py test/ha/configs/weak test/ha/configs/hardened

Roots: Home Assistant's always-loaded integrations (bootstrap.py CORE_INTEGRATIONS,
the logging/http-deps set, FRONTEND_INTEGRATIONS, DEFAULT_INTEGRATIONS), every top-level key of each config's
configuration.yaml, every `platform:` named under them, and what the `demo` integration
sets up itself (demo/__init__.py). Walks manifest.json `dependencies` and
`after_dependencies`: the latter only order set-up, but modules import from them anyway
(analytics/analytics.py imports recorder, which needs fnv-hash-fast).
"""
from __future__ import annotations

import importlib
import json
import re
import sys
from pathlib import Path

from homeassistant import bootstrap
from homeassistant.components import demo

COMPONENTS = Path(bootstrap.__file__).parent / "components"


def always_loaded() -> set[str]:
    """Integrations every start loads; the constants' names differ between releases.

    2024.3: LOGGING_INTEGRATIONS. 2026.x: LOGGING_AND_HTTP_DEPS_INTEGRATIONS and
    FRONTEND_INTEGRATIONS (bootstrap.py). sentry is listed there but loads only when configured.
    """
    logging = getattr(bootstrap, "LOGGING_INTEGRATIONS", None) or getattr(
        bootstrap, "LOGGING_AND_HTTP_DEPS_INTEGRATIONS"
    )
    frontend = getattr(bootstrap, "FRONTEND_INTEGRATIONS", set())
    return (
        set(bootstrap.CORE_INTEGRATIONS)
        | (set(logging) - {"sentry"})
        | set(frontend)
        | set(bootstrap.DEFAULT_INTEGRATIONS)
    )


ALWAYS = always_loaded()
# demo/__init__.py async_setup / finish_setup load these besides its platforms.
DEMO_EXTRA = {"sun", "input_select", "input_boolean", "input_button", "input_number", "script", "scene"}


def roots_of(config_dir: Path) -> set[str]:
    """Top-level keys and `platform:` values of configuration.yaml and its automations."""
    found: set[str] = set()
    text = (config_dir / "configuration.yaml").read_text(encoding="utf-8")
    for line in text.splitlines():
        if m := re.match(r"^([a-z_]+):", line):
            found.add(m.group(1))
    for yaml_file in config_dir.glob("*.yaml"):
        for m in re.finditer(r"platform:\s*([a-z_]+)", yaml_file.read_text(encoding="utf-8")):
            found.add(m.group(1))
    found.discard("homeassistant")
    if "demo" in found:
        found |= {str(p) for p in demo.COMPONENTS_WITH_CONFIG_ENTRY_DEMO_PLATFORM}
        found |= {str(p) for p in demo.COMPONENTS_WITH_DEMO_PLATFORM}
        found |= DEMO_EXTRA
    return found


def main(config_dirs: list[str]) -> None:
    roots = set(ALWAYS)
    for d in config_dirs:
        roots |= roots_of(Path(d))
    seen: dict[str, list[str]] = {}
    todo = sorted(roots)
    while todo:
        domain = todo.pop()
        if domain in seen:
            continue
        manifest_path = COMPONENTS / domain / "manifest.json"
        if not manifest_path.exists():
            seen[domain] = []  # custom or trigger-only names such as "webhook" platforms
            continue
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        seen[domain] = list(manifest.get("requirements", []))
        todo.extend(manifest.get("dependencies", []))
        todo.extend(manifest.get("after_dependencies", []))
    for domain in sorted(seen):
        for req in seen[domain]:
            print(f"{req}  # {domain}")
    # Auth providers and MFA modules declare REQUIREMENTS in their module
    # (homeassistant/auth/mfa_modules/totp.py: pyotp==2.8.0, PyQRCode==1.2.1); with
    # --skip-pip nothing installs them at run time.
    for d in config_dirs:
        text = (Path(d) / "configuration.yaml").read_text(encoding="utf-8")
        for kind in sorted(set(re.findall(r"-\s*type:\s*([a-z_]+)", text))):
            for package in ("homeassistant.auth.mfa_modules", "homeassistant.auth.providers"):
                try:
                    module = importlib.import_module(f"{package}.{kind}")
                except ImportError:
                    continue
                for req in getattr(module, "REQUIREMENTS", []):
                    print(f"{req}  # {package}.{kind}")


if __name__ == "__main__":
    main(sys.argv[1:])
