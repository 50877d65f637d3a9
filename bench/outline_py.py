"""Benchmark the Python config outline: 2,000 YAML files (~20 MB) in a temporary folder.

The build and the serialisation run in an executor thread, as the integration runs them
(`hass.async_add_executor_job`), while a coroutine on the event loop sleeps 5 ms at a
time and records how late it wakes up: the loop's maximum lag (the GIL held too long by
one call shows up here). Prints wall times, entries, JSON size, the process's peak
memory (ru_maxrss) and the lags; asserts nothing (not a timed test).

Measured: the first (cold) build; the relevant wire JSON the integration sends (only the
entries the checks read, outline/relevance.py) with its per-file hashes, cold and then with
the integration's RelevantCache; the whole outline's JSON for comparison; rebuilds with the
integration's OutlineCache (nothing changed, then 20 files edited); a build under the
integration's default limits. The cold build is also printed normalised to a calibration of
0.25 s (this VM's speed drifts: seconds x 0.25 / calibration, the calibration taken right
before and after the timed runs).

Run: .venv/ha-2024.3.3/bin/python bench/outline_py.py
Env: OUTLINE_BENCH_FILES (default 2000), OUTLINE_BENCH_TRACE=1 adds a (slow)
tracemalloc run for the peak of Python allocations, OUTLINE_BENCH_CANONICAL=1 times the
canonical (CLI) JSON too.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
import gc
import hashlib
import os
from pathlib import Path
import random
import resource
import sys
import tempfile
import time
import tracemalloc
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from custom_components.security_scorecard.outline import (  # noqa: E402
    OutlineCache,
    OutlineLimits,
    build_outline,
    dumps_outline,
    iter_outline_json_compact,
)
from custom_components.security_scorecard.outline.relevance import (  # noqa: E402
    RelevantCache,
    load_relevance,
    relevant_files_json,
)

FILES = int(os.environ.get("OUTLINE_BENCH_FILES", "2000"))
TARGET_BYTES = 20 * 1024 * 1024
TICK = 0.005
# The calibration the normalised figure is scaled to (a quiet run of this VM).
REFERENCE_CALIBRATION = 0.25


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


async def in_executor_with_lag(func: Callable[..., Any], *args: Any) -> tuple[Any, float, float]:
    """Run func in the default executor; (result, wall seconds, max event-loop lag in s)."""
    loop = asyncio.get_running_loop()
    done = False
    max_lag = 0.0

    async def watch() -> None:
        nonlocal max_lag
        while not done:
            before = time.perf_counter()
            await asyncio.sleep(TICK)
            max_lag = max(max_lag, time.perf_counter() - before - TICK)

    watcher = asyncio.create_task(watch())
    await asyncio.sleep(0)  # let the watcher start
    t0 = time.perf_counter()
    try:
        result = await loop.run_in_executor(None, func, *args)
    finally:
        elapsed = time.perf_counter() - t0
        done = True
        await watcher
    return result, elapsed, max_lag


class GcPauses:
    """Longest full (generation 2) garbage collection: it holds the GIL throughout."""

    def __init__(self) -> None:
        self.longest = 0.0
        self.count = 0
        self._start = 0.0

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if info["generation"] != 2:
            return
        if phase == "start":
            self._start = time.perf_counter()
        else:
            self.count += 1
            self.longest = max(self.longest, time.perf_counter() - self._start)

    def take(self) -> str:
        text = f"{self.count} full GCs, longest {self.longest * 1000:.1f} ms"
        self.longest, self.count = 0.0, 0
        return text


def relevant_payload(outline: dict[str, Any], cache: RelevantCache) -> tuple[int, int]:
    """What the integration sends after a build (facts._serialise + full_body): each file's
    relevant JSON and content hash, then one message. (bytes, entries kept)"""
    digest = hashlib.sha256()
    parts = []
    for _path, text in relevant_files_json(outline, RELEVANCE, cache):
        data = text.encode()
        digest.update(hashlib.sha256(data).digest())
        parts.append(data)
    message = b"".join((b'{"id":1,"type":"event","event":{"outline":{"files":[', b",".join(parts), b"]}}}"))
    kept = sum(text.count("],[") + 1 for text in (p.decode() for p in parts) if '"entries":[[' in text)
    return len(message), kept


RELEVANCE = load_relevance()


def wire_payload(outline: dict[str, Any]) -> tuple[int, str]:
    """The whole outline as compact JSON (contract 1's wire form, `facts` without a contract):
    the pieces, their digest, then one message."""
    digest = hashlib.sha256()
    parts = []
    for piece in iter_outline_json_compact(outline):
        data = piece.encode()
        digest.update(data)
        parts.append(data)
    message = b"".join((b'{"id":1,"type":"result","success":true,"result":', *parts, b"}"))
    return len(message), digest.hexdigest()


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def timed_run(root: Path, limits: OutlineLimits) -> None:
    """tracemalloc off: wall times and lags as the integration sees them."""
    # Synthesising 20 MB leaves a full collection due (on Python 3.14 its next young collection
    # runs one): pay it here, so the build's figures are the build's, as for the default-limits run.
    gc.collect()
    pauses = GcPauses()
    gc.callbacks.append(pauses)
    idle = (await in_executor_with_lag(time.sleep, 0.3))[2]
    pauses.take()
    cache = OutlineCache()
    before = calibrate()
    outline, build_s, build_lag = await in_executor_with_lag(build_outline, root, limits, cache)
    rss_build = rss_mb()
    build_gc = pauses.take()
    relevant_cache = RelevantCache()
    (rel_size, kept), rel_s, rel_lag = await in_executor_with_lag(relevant_payload, outline, relevant_cache)
    after = calibrate()
    _again, rel_again_s, _lag = await in_executor_with_lag(relevant_payload, outline, relevant_cache)
    (size, _digest), wire_s, wire_lag = await in_executor_with_lag(wire_payload, outline)
    wire_gc = pauses.take()
    entries = sum(len(f["entries"]) for f in outline["files"])
    # The machine's speed around the two timed runs (a median before and one after, averaged).
    calibration = (before + after) / 2
    print(
        f"[executor] build {build_s:.2f} s; files {len(outline['files'])}, entries {entries}, "
        f"truncated {outline['truncated']}"
    )
    print(
        f"cold build normalised: {build_s * REFERENCE_CALIBRATION / calibration:.2f} s "
        f"(calibration {calibration:.2f} s, scaled to {REFERENCE_CALIBRATION:.2f} s)"
    )
    print(
        f"[executor] relevant wire JSON + hashes (what the WebSocket sends) {rel_s:.2f} s cold, "
        f"{rel_again_s:.2f} s cached, {rel_size / 1e6:.2f} MB, {kept} entries kept; normalised cold "
        f"build + relevant JSON {(build_s + rel_s) * REFERENCE_CALIBRATION / calibration:.2f} s"
    )
    print(f"[executor] whole outline JSON + digest (contract 1, debugging) {wire_s:.2f} s, {size / 1e6:.1f} MB")
    print(
        f"[executor] max loop lag: build {build_lag * 1000:.1f} ms, relevant JSON {rel_lag * 1000:.1f} ms, "
        f"whole JSON {wire_lag * 1000:.1f} ms (idle baseline {idle * 1000:.1f} ms)"
    )
    print(f"[executor] max RSS after build {rss_build:.0f} MB, after the wire JSON {rss_mb():.0f} MB")
    print(f"[executor] garbage collector: build {build_gc}; wire JSON {wire_gc}")
    # What the integration does for the next subscriber, and after an edit of 20 files.
    again, again_s, again_lag = await in_executor_with_lag(build_outline, root, limits, cache)
    hits = cache.hits
    for path in sorted(root.rglob("f*.yaml"))[:20]:
        path.write_text(path.read_text() + "# edited\n")  # a new stamp, the same outline
    edited, edited_s, edited_lag = await in_executor_with_lag(build_outline, root, limits, cache)
    print(
        f"[executor, cached] rebuild, nothing changed {again_s:.2f} s ({hits} files reused, max loop lag "
        f"{again_lag * 1000:.1f} ms); after editing 20 files {edited_s:.2f} s ({cache.hits} reused, "
        f"max loop lag {edited_lag * 1000:.1f} ms)"
    )
    del again, edited
    if os.environ.get("OUTLINE_BENCH_CANONICAL") == "1":
        _text, dump_s, dump_lag = await in_executor_with_lag(dumps_outline, outline)
        print(f"[executor] canonical JSON (CLI, vectors) {dump_s:.2f} s, max loop lag {dump_lag * 1000:.1f} ms")
    del outline
    gc.collect()
    pauses.take()
    # The integration's default limits: what Home Assistant sees.
    default, default_s, default_lag = await in_executor_with_lag(build_outline, root)
    print(
        f"[executor, default limits] build {default_s:.2f} s, files {len(default['files'])}, "
        f"truncated {default['truncated']['limit'] if default['truncated'] else None}, "
        f"max loop lag {default_lag * 1000:.1f} ms; {pauses.take()}"
    )
    gc.callbacks.remove(pauses)


def traced_run(root: Path, limits: OutlineLimits) -> None:
    tracemalloc.start()
    t0 = time.perf_counter()
    outline = build_outline(root, limits)
    build_s = time.perf_counter() - t0
    _, build_peak = tracemalloc.get_traced_memory()
    tracemalloc.reset_peak()
    dumps_outline(outline)
    _, dump_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(
        f"[tracemalloc] build {build_s:.2f} s (slowed by tracing); peak traced: build "
        f"{build_peak / 1e6:.0f} MB, dumps {dump_peak / 1e6:.0f} MB"
    )


def calibrate(runs: int = 5) -> float:
    """Seconds for 10M additions in a Python loop, the median of `runs` short runs: this VM's
    speed drifts by a third between runs, so figures are only comparable together with this
    one. Wall time, as the build's figures are: CPU time would leave out what the hypervisor
    takes from this VM, and the normalised figure would then swing with the neighbours."""
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        total = 0
        for i in range(1_000_000):
            total += i
        samples.append((time.perf_counter() - start) * 10)
    return sorted(samples)[len(samples) // 2]


def main() -> None:
    print(f"calibration: 10M Python additions in {calibrate():.2f} s")
    rng = random.Random(1)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        t0 = time.perf_counter()
        total = synthesise(root, rng)
        print(f"synthesised {FILES} files, {total / 1e6:.1f} MB in {time.perf_counter() - t0:.1f} s")
        limits = OutlineLimits(max_seconds=600, max_total_entries=10_000_000)
        asyncio.run(timed_run(root, limits))
        if os.environ.get("OUTLINE_BENCH_TRACE") == "1":
            traced_run(root, limits)
        print(f"max RSS {rss_mb():.0f} MB (pid {os.getpid()}); calibration now {calibrate():.2f} s")


if __name__ == "__main__":
    main()
