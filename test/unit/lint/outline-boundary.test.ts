/**
 * The builder's output is input like any other: lint-config refuses an outline of an
 * unexpected shape, naming the field and never the value, and a builder that fails or
 * prints no JSON, in one line (exit 2). A stand-in "python" (a shell script) answers.
 */
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "../../../src/collect/validate.js";
import { BuiltOutlineStruct, entryProblem } from "../../../src/lint/outline-struct.js";
import { CANARY, lint, tempConfig } from "./harness.js";

const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

const ENTRY = { path: ["http", "server_port"], line: 2, tag: null, type: "int", value: 8123 };
const FEATURES = { length: 8, template: false, url: false, url_credentials: false, url_credential_query: false, auth_prefix: null, command_credentials: false, entropy: "low", multiline: false, whitespace: false };
const outline = (entries: unknown[]): unknown => ({ version: 1, files: [{ path: "configuration.yaml", reachable: true, mount: null, error: null, entries }], truncated: null });

/** A stand-in interpreter: answers the probe as Python 3.11 with PyYAML, then prints `output` and exits `code`. */
function fakePython(output: string, code = 0): string {
  const dir = mkdtempSync(path.join(tmpdir(), "fake-python-"));
  temps.push(dir);
  const script = path.join(dir, "python");
  writeFileSync(path.join(dir, "out.txt"), output);
  writeFileSync(
    script,
    `#!/bin/sh\nif [ "$1" = "-c" ]; then echo '{"version": [3, 11], "yaml": true}'; exit 0; fi\ncat "${path.join(dir, "out.txt")}"\necho "Traceback: ${CANARY}" >&2\nexit ${code}\n`,
  );
  chmodSync(script, 0o755);
  return script;
}

describe("the outline's shape", () => {
  it("accepts what the builder prints", () => {
    const ok = parse(outline([ENTRY, { path: ["a", 0, "b"], line: 3, tag: null, type: "str", features: { ...FEATURES, placeholder: true } }, { path: ["p"], line: 4, tag: "!secret", type: "str" }, { path: ["t"], line: 5, tag: null, type: "seq", value: ["x"], item_lines: [6] }]), BuiltOutlineStruct);
    expect(ok.ok).toBe(true);
  });

  it("names the first field of an unexpected shape, never the value", () => {
    const cases: [unknown, string][] = [
      [{ ...ENTRY, line: "2" }, "files[0].entries[1].line"],
      [{ ...ENTRY, path: [{}] }, "files[0].entries[1].path"],
      [{ ...ENTRY, tag: "!custom" }, "files[0].entries[1].tag"],
      [{ ...ENTRY, type: "date" }, "files[0].entries[1].type"],
      [{ ...ENTRY, value: { secret: CANARY } }, "files[0].entries[1].value"],
      [{ ...ENTRY, item_lines: ["1"] }, "files[0].entries[1].item_lines"],
      [{ ...ENTRY, features: { ...FEATURES, entropy: CANARY } }, "files[0].entries[1].features.entropy"],
      [{ ...ENTRY, features: { ...FEATURES, placeholder: false } }, "files[0].entries[1].features.placeholder"],
      [{ ...ENTRY, features: CANARY }, "files[0].entries[1].features"],
      [CANARY, "files[0].entries[1]"],
    ];
    for (const [bad, field] of cases) {
      const result = parse(outline([ENTRY, bad]), BuiltOutlineStruct);
      expect(result, field).toEqual({ ok: false, field });
    }
    expect(entryProblem(ENTRY)).toBeNull();
    expect(parse({ version: 2, files: [], truncated: null }, BuiltOutlineStruct)).toEqual({ ok: false, field: "version" });
  });
});

describe("lint-config and a builder that misbehaves", () => {
  const run = async (python: string): Promise<{ code: number; stdout: string; stderr: string }> => {
    const { dir, cleanup } = tempConfig({ "configuration.yaml": "a: 1\n" });
    try {
      return await lint([dir, "--python", python]);
    } finally {
      cleanup();
    }
  };

  it("exits 2 naming the field of an outline of an unexpected shape", async () => {
    const r = await run(fakePython(JSON.stringify(outline([{ ...ENTRY, line: CANARY }]))));
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("ha-security-scorecard: the outline builder's output has an unexpected shape at files[0].entries[0].line\n");
    expect(r.stdout).toBe("");
  });

  it("exits 2 on output that is not JSON, and on a failed build, without echoing its stderr", async () => {
    const notJson = await run(fakePython(`{"version": 1, ${CANARY}`));
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toBe("ha-security-scorecard: the outline builder's output is not JSON\n");
    const failed = await run(fakePython("", 1));
    expect(failed.code).toBe(2);
    expect(failed.stderr).toMatch(/^ha-security-scorecard: the outline builder failed \(exit 1\); run `.*python .*outline --relevant -- .*` to see why\n$/);
    expect(failed.stderr).not.toContain(CANARY);
  });
});
