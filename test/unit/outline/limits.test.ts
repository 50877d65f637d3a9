/**
 * One set of outline limits: the Node builder's defaults, outline.py's `OutlineLimits()`
 * and the table in test/vectors/outline/README.md agree, and they read a 5 MB dashboard
 * and 20,000 files whole (issue 12 item 4; gate.test.ts reads such folders end to end).
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_LIMITS } from "../../../src/outline/limits.js";

const PYTHON = [".venv/ha/bin/python", ".venv/ha-2024.3.3/bin/python"].map((p) => path.resolve(p)).find((p) => existsSync(p));
const SPEC = readFileSync(path.resolve("test/vectors/outline/README.md"), "utf8");

describe("outline limits", () => {
  it("read a 5 MB file and 20,000 files whole, within the backend's 30 s facts timeout", () => {
    expect(DEFAULT_LIMITS.max_file_bytes).toBeGreaterThanOrEqual(5 * 1024 * 1024);
    expect(DEFAULT_LIMITS.max_files).toBeGreaterThan(20_000);
    // A 5.3 MB dashboard has about 190,000 keys and 250,000 nodes.
    expect(DEFAULT_LIMITS.max_entries_per_file).toBeGreaterThanOrEqual(400_000);
    expect(DEFAULT_LIMITS.max_nodes_per_file).toBeGreaterThanOrEqual(500_000);
    expect(DEFAULT_LIMITS.max_seconds).toBeLessThan(30);
  });

  it("the vectors README lists the Node defaults", () => {
    for (const [name, value] of Object.entries(DEFAULT_LIMITS)) {
      expect(SPEC, name).toContain(`| \`${name}\` | ${String(value)} |`);
    }
  });

  it.skipIf(PYTHON === undefined)("outline.py has the same defaults", () => {
    const script = [
      "import dataclasses, json, sys",
      "sys.path.insert(0, 'custom_components/security_scorecard')",
      "import outline",
      "print(json.dumps(dataclasses.asdict(outline.OutlineLimits())))",
    ].join("\n");
    const py = JSON.parse(execFileSync(PYTHON as string, ["-c", script], { encoding: "utf8" })) as Record<string, number>;
    expect(py).toEqual({ ...DEFAULT_LIMITS });
  });
});
