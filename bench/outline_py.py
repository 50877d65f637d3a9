"""Benchmark the Python config outline: 2,000 YAML files (~20 MB) in a temporary folder.

Prints wall time, files, entries and peak memory; asserts nothing (not a timed test).
Run: /tmp/trial-ha/bin/python bench/outline_py.py  (or the project venv's python)
"""

from __future__ import annotations

import os
from pathlib import Path
import random
import resource
import sys
import tempfile
import time
import tracemalloc

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from custom_components.security_scorecard.outline import (  # noqa: E402
    OutlineLimits,
    build_outline,
    dumps_outline,
)

FILES = int(os.environ.get("OUTLINE_BENCH_FILES", "2000"))
TARGET_BYTES = 20 * 1024 * 1024


def synthesise(root: Path, rng: random.Random) -> int:
    """configuration.yaml including packages/ (dir_named) and automations/ (merge_list)."""
    (root / "packages").mkdir()
    (root / "automations").mkdir()
    (root / "esphome").mkdir()
    (root / "configuration.yaml").write_text(
        "homeassistant:\n  packages: !include_dir_named packages\n"
        "automation: !include_dir_merge_list automations\nhttp:\n  server_port: 8123\n"
    )
    per_file = TARGET_BYTES // FILES
    total = 0
    for i in range(FILES):
        folder = ("packages", "automations", "esphome")[i % 3]
        lines: list[str] = []
        size = 0
        n = 0
        while size < per_file:
            n += 1
            if folder == "automations":
                block = (
                    f"- id: '{i}-{n}'\n  alias: Automation {n} in file {i}\n  trigger:\n"
                    f"    - platform: state\n      entity_id: sensor.s{n}\n  action:\n"
                    f"    - service: notify.mobile\n      data:\n        message: >\n"
                    f"          {{{{ states('sensor.s{n}') }}}} {'lorem ipsum ' * rng.randint(4, 20)}\n"
                )
            else:
                block = (
                    f"sensor_{n}:\n  - platform: rest\n    resource: http://10.0.0.{n % 250}/api?x={n}\n"
                    f"    headers:\n      Authorization: Bearer {''.join(rng.choices('abcdef0123456789', k=40))}\n"
                    f"    value_template: \"{{{{ value_json.v{n} }}}}\"\n    scan_interval: {n}\n"
                    f"    description: {'text ' * rng.randint(10, 40)}\n"
                )
            lines.append(block)
            size += len(block)
        text = "".join(lines)
        (root / folder / f"f{i:04}.yaml").write_text(text)
        total += len(text)
    return total


def main() -> None:
    rng = random.Random(1)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        t0 = time.perf_counter()
        total = synthesise(root, rng)
        print(f"synthesised {FILES} files, {total / 1e6:.1f} MB in {time.perf_counter() - t0:.1f} s")
        limits = OutlineLimits(max_seconds=600, max_total_entries=10_000_000)
        for label, traced in (("plain", False), ("tracemalloc", True)):
            if traced:
                tracemalloc.start()
            t0 = time.perf_counter()
            outline = build_outline(root, limits)
            elapsed = time.perf_counter() - t0
            t1 = time.perf_counter()
            text = dumps_outline(outline)
            dump_s = time.perf_counter() - t1
            entries = sum(len(f["entries"]) for f in outline["files"])
            line = (
                f"[{label}] build {elapsed:.2f} s, dumps {dump_s:.2f} s; files {len(outline['files'])}, "
                f"entries {entries}, json {len(text) / 1e6:.1f} MB, truncated {outline['truncated']}"
            )
            if traced:
                _, peak = tracemalloc.get_traced_memory()
                tracemalloc.stop()
                line += f", peak traced {peak / 1e6:.0f} MB"
            print(line)
        default = build_outline(root)
        print(f"[default limits] files {len(default['files'])}, truncated {default['truncated']}")
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(f"max RSS {rss / 1024:.0f} MB (pid {os.getpid()})")


if __name__ == "__main__":
    main()
