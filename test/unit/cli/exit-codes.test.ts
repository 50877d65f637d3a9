/**
 * The README's exit-code table is exact: every row is read from README.md and the CLI is
 * run through a situation of that row; a row without a situation (or a situation without
 * a row) fails. The live and file-reading paths behind each row are tested in depth in
 * gate.test.ts, cli.test.ts and test/unit/lint/.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { CliDeps, Closable } from "../../../src/cli/deps.js";
import { runCli } from "../../../src/cli/run.js";
import { unavailable } from "../../../src/facts/fact.js";
import type { Facts } from "../../../src/facts/types.js";
import { HTTP_DEFAULT, NOW, facts, missing, ok } from "../../support/facts-builder.js";

const README = readFileSync(path.resolve(__dirname, "../../../README.md"), "utf8");
const TOKEN = "exit-codes-token";
const URL_OK = "http://homeassistant.local:8123";

interface Row {
  readonly code: number;
  readonly command: string;
  readonly when: string;
}

/** The rows of the table under "### Exit codes". */
function readmeRows(): Row[] {
  const start = README.indexOf("\n### Exit codes\n");
  if (start < 0) throw new Error("README.md has no '### Exit codes' section");
  const section = README.slice(start + 1).split(/\n#{2,3} /)[0] ?? "";
  return section
    .split("\n")
    .filter((l) => /^\| `\d` \|/.test(l))
    .map((l) => {
      const cells = l.split(" | ").map((c) => c.replace(/^\|\s*|\s*\|$/g, "").trim());
      return { code: Number(cells[0]?.replace(/`/g, "")), command: (cells[1] ?? "").replace(/`/g, ""), when: cells[2] ?? "" };
    });
}

class AuditConnectionError extends Error {
  override readonly name = "AuditConnectionError";
  constructor(
    readonly kind: string,
    message: string,
  ) {
    super(message);
  }
}

const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

function folder(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), "exit-codes-"));
  temps.push(dir);
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), content);
  }
  return dir;
}

/** The CLI in-process, with a fake instance that answers `instance` (the full benign one by default). */
async function run(argv: readonly string[], over: Partial<CliDeps<Closable>> = {}, instance: Facts = facts()): Promise<{ code: number; err: string }> {
  let err = "";
  let out = "";
  const deps: CliDeps<Closable> = {
    openConnection: async () => ({ close: () => undefined }),
    fetchLoginProviders: async () => [],
    collectFacts: async () => instance,
    env: { HASS_TOKEN: TOKEN },
    stdout: { write: (s: string) => (out += s), isTTY: false },
    stderr: { write: (s: string) => (err += s) },
    readFile: (p) => readFile(p, "utf8"),
    writeFile: async (p) => {
      throw Object.assign(new Error(`EACCES: permission denied, open '${p}'`), { code: "EACCES" });
    },
    now: () => NOW,
    version: "9.9.9",
    ...over,
  };
  const code = await runCli(argv, deps);
  expect(err + out).not.toContain(TOKEN);
  // No command: the usage goes to stdout; every other failure says why on stderr.
  return { code, err: err === "" && code === 2 ? out.split("\n")[0] ?? "" : err };
}

const LEAK = "mqtt:\n  password: exit-codes-literal-9f8e7d\n";
const refuse = (kind: string, message: string): Partial<CliDeps<Closable>> => ({
  openConnection: () => Promise.reject(new AuditConnectionError(kind, message)),
});

/** Situations by README row (`code|command|when`); each lists runs that must give the row's code. */
const SITUATIONS: Record<string, (() => Promise<{ code: number; err: string }>)[]> = {
  "0|any|`--help`, `--version`": [() => run(["--help"]), () => run(["--version"]), () => run(["lint-config", "--help"])],
  "0|audit|collected whole, at least `--min-coverage` of the applicable checks assessed, `--fail-under` met or not given": [
    () => run(["audit", "--url", URL_OK]),
    () => run(["audit", "--url", URL_OK, "--fail-under", "0"]),
  ],
  "0|lint-config|read whole, at least `--min-coverage` of the offline checks assessed, nothing failing at or above `--fail-on`, `--fail-under` met or not given": [
    () => run(["lint-config", folder({ "configuration.yaml": "mqtt:\n  password: !secret p\n" })]),
  ],
  "0|scrub|the copy was written": [() => run(["scrub", folder({ "configuration.yaml": "a: 1\n" }), path.join(folder(), "copy")])],
  "1|audit|score or grade below `--fail-under`": [
    () => run(["audit", "--url", URL_OK, "--fail-under", "100"], {}, facts({ http: ok({ ...HTTP_DEFAULT, ip_ban_enabled: false }) })),
  ],
  "1|lint-config|a check failing at or above `--fail-on` (default `high`), or below `--fail-under`": [
    () => run(["lint-config", folder({ "configuration.yaml": LEAK })]),
    () => run(["lint-config", folder({ "configuration.yaml": LEAK }), "--fail-on", "none", "--fail-under", "A"]),
  ],
  "2|any|no command, unknown command or option, invalid option value, unreadable `--accept` file, unwritable `--output`": [
    () => run([]),
    () => run(["scan"]),
    () => run(["audit", "--url", URL_OK, "--frmat", "json"]),
    () => run(["audit", "--url", URL_OK, "--min-coverage", "120"]),
    () => run(["lint-config", ".", "--fail-on", "severe"]),
    () => run(["audit", "--url", URL_OK, "--accept", "/nonexistent/accept.yaml"]),
    () => run(["audit", "--url", URL_OK, "--output", "/readonly/report.txt"]),
  ],
  "2|audit|cannot audit: bad URL, no token, refused token, unreachable, no answer within the 10 s connect timeout": [
    () => run(["audit", "--url", "ftp://x"]),
    () => run(["audit", "--url", URL_OK], { env: {} }),
    () => run(["audit", "--url", URL_OK], refuse("auth_invalid", "Home Assistant refused the access token (invalid or expired)")),
    () => run(["audit", "--url", URL_OK], refuse("unreachable", "cannot reach http://homeassistant.local:8123")),
    () => run(["audit", "--url", URL_OK], refuse("timeout", "no answer from http://homeassistant.local:8123 within 10 s")),
  ],
  "2|audit|the collection was cut: connection lost, a command timed out or failed (missing parts named, no grade)": [
    () => run(["audit", "--url", URL_OK], {}, { ...facts(), integrations: unavailable("manifest/list + config_entries/get", "error", "manifest/list: connection lost") }),
    () => run(["audit", "--url", URL_OK, "--fail-under", "0"], {}, { ...facts(), repairs: unavailable("repairs/list_issues", "error", "repairs/list_issues: no answer within 30 s") }),
  ],
  "2|audit|fewer than `--min-coverage` percent of the applicable checks assessed, or none (no grade)": [
    () => run(["audit", "--url", URL_OK, "--min-coverage", "100"], {}, facts({ http: missing(), outline: missing(), accounts: missing() })),
    () =>
      run(["audit", "--url", URL_OK, "--min-coverage", "0"], {
        catalog: [{ id: "x", category: "accounts", title: "x", problem: "not x", severity: "high", why: "x", fix: "x", learnMoreUrl: "https://x", needs: [], evaluate: () => ({ status: "not_assessed", evidence: [] }) }],
      }),
  ],
  "2|lint-config|DIR is not a folder": [() => run(["lint-config", "/nonexistent-folder-for-exit-codes"])],
  "2|lint-config|no Python to build the outline: `python3` not found or older than 3.9, `--python` not runnable, PyYAML cannot be installed": [
    () => run(["lint-config", folder({ "configuration.yaml": "a: 1\n" }), "--python", "/nonexistent/python3"]),
    () => run(["lint-config", folder({ "configuration.yaml": "a: 1\n" })], { env: { PATH: folder() } }),
  ],
  "2|lint-config|part of the config not read: a file unreadable or over a limit, the walk stopped (no grade)": [
    () => {
      const outside = folder({ "x.yaml": LEAK });
      const dir = folder({ "configuration.yaml": "mqtt: !include x.yaml\n" });
      symlinkSync(path.join(outside, "x.yaml"), path.join(dir, "x.yaml"));
      return run(["lint-config", dir, "--fail-on", "none"]);
    },
  ],
  "2|lint-config|fewer than `--min-coverage` percent of the applicable offline checks assessed (no grade)": [
    () =>
      run(["lint-config", folder({ "configuration.yaml": "a: 1\n" })], {
        catalog: [{ id: "net-ip-ban", category: "network", title: "x", problem: "not x", severity: "high", why: "x", fix: "x", learnMoreUrl: "https://x", needs: [], evaluate: () => ({ status: "not_assessed", evidence: [] }) }],
      }),
  ],
  "2|scrub|refused or failed: DEST not empty, one folder inside the other, unreadable `--terms`": [
    () => run(["scrub", folder({ "configuration.yaml": "a: 1\n" }), folder({ "taken.txt": "x" })]),
    () => {
      const src = folder({ "configuration.yaml": "a: 1\n" });
      return run(["scrub", src, path.join(src, "inside")]);
    },
    () => run(["scrub", folder({ "configuration.yaml": "a: 1\n" }), path.join(folder(), "copy"), "--terms", "/nonexistent/terms.txt"]),
  ],
};

const keyOf = (r: Row): string => `${r.code}|${r.command}|${r.when}`;

describe("the README's exit-code table", () => {
  const rows = readmeRows();

  it("has the rows the test knows, and only those", () => {
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.map(keyOf).sort()).toEqual(Object.keys(SITUATIONS).sort());
    expect(new Set(rows.map((r) => r.code))).toEqual(new Set([0, 1, 2]));
  });

  for (const row of rows) {
    it(`${row.code} (${row.command}): ${row.when}`, async () => {
      const situations = SITUATIONS[keyOf(row)];
      expect(situations, `no situation for README row "${keyOf(row)}"`).toBeDefined();
      for (const [i, situation] of (situations ?? []).entries()) {
        const { code, err } = await situation();
        expect(code, `situation ${i}: ${err}`).toBe(row.code);
        // Failures say why in one line, never a stack trace.
        if (code === 2) expect(err).toMatch(/^ha-security-scorecard: |Usage:/m);
        expect(err).not.toMatch(/\n\s+at /);
      }
    });
  }
});
