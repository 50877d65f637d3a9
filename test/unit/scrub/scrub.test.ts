/** `scrub`: secrets templated, terms replaced case-insensitively, refusals, and a summary without values or terms. */
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { CliDeps, Closable } from "../../../src/cli/deps.js";
import { runCli } from "../../../src/cli/run.js";
import { parseTerms } from "../../../src/scrub/terms.js";

const CANARY = "CANARY-5f1e2d3c4b";
const temps: string[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});

function tmp(): string {
  const d = mkdtempSync(path.join(tmpdir(), "scrub-"));
  temps.push(d);
  return d;
}

function write(root: string, files: Record<string, string | Buffer>): void {
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), content);
  }
}

async function scrub(argv: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const deps: CliDeps<Closable> = {
    openConnection: () => Promise.reject(new Error("no")),
    fetchLoginProviders: () => Promise.reject(new Error("no")),
    collectFacts: () => Promise.reject(new Error("no")),
    env: {},
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    readFile: (p) => readFile(p, "utf8"),
    writeFile: () => Promise.reject(new Error("no")),
    now: () => new Date(0),
    version: "0.0.0-test",
  };
  const code = await runCli(["scrub", ...argv], deps);
  return { code, stdout, stderr };
}

function setup(): { src: string; dest: string; terms: string } {
  const base = tmp();
  const src = path.join(base, "config");
  write(src, {
    "configuration.yaml": "homeassistant:\n  name: Jane Doe's house\n  latitude: 52.1\n  # Elm Street 12\nmqtt:\n  password: !secret mqtt_password\nnotify:\n  - platform: smtp\n    recipient: JANE.DOE@example.org\n",
    "secrets.yaml": `# old: ${CANARY}-old\nmqtt_password: "${CANARY}-mqtt"\non: ${CANARY}-on\n`,
    "esphome/secrets.yaml": `wifi_password: ${CANARY}-wifi\n`,
    "esphome/elm-street-sensor.yaml": "esphome:\n  name: elm street sensor\n",
    ".storage/auth": `{"token": "${CANARY}"}`,
    "home-assistant_v2.db": "SQLite",
    "home-assistant.log": `${CANARY} log`,
    "www/photo.png": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]),
  });
  const terms = path.join(base, "terms.txt");
  writeFileSync(terms, "# personal\nJane Doe = Resident\nElm Street\njane.doe@example.org = someone@example.invalid\n");
  return { src, dest: path.join(base, "public"), terms };
}

describe("scrub", () => {
  it("writes templates for every secrets.yaml, with the keys and no values or comments", async () => {
    const { src, dest, terms } = setup();
    const run = await scrub([src, dest, "--terms", terms]);
    expect(run.code).toBe(0);
    const tpl = readFileSync(path.join(dest, "secrets.yaml"), "utf8");
    expect(tpl).toContain('mqtt_password: "<redacted>"');
    expect(tpl).toContain('"on": "<redacted>"');
    expect(tpl).not.toContain(CANARY);
    expect(tpl).not.toContain("old");
    expect(readFileSync(path.join(dest, "esphome/secrets.yaml"), "utf8")).toContain('wifi_password: "<redacted>"');
  });

  it("replaces terms case-insensitively in text and in file names; numbered placeholders for bare terms", async () => {
    const { src, dest, terms } = setup();
    await scrub([src, dest, "--terms", terms]);
    const conf = readFileSync(path.join(dest, "configuration.yaml"), "utf8");
    expect(conf).toContain("name: Resident's house");
    expect(conf).toContain("# <TERM_2> 12");
    expect(conf).toContain("recipient: someone@example.invalid");
    expect(conf.toLowerCase()).not.toContain("jane");
    expect(conf.toLowerCase()).not.toContain("elm street");
    expect(existsSync(path.join(dest, "esphome/<TERM_2>-sensor.yaml"))).toBe(false); // "elm-street" (hyphen) is not the term
    expect(readFileSync(path.join(dest, "esphome/elm-street-sensor.yaml"), "utf8")).toContain("name: <TERM_2> sensor");
  });

  it("leaves out private state, databases and logs; copies binaries unchanged", async () => {
    const { src, dest, terms } = setup();
    await scrub([src, dest, "--terms", terms]);
    expect(existsSync(path.join(dest, ".storage"))).toBe(false);
    expect(existsSync(path.join(dest, "home-assistant_v2.db"))).toBe(false);
    expect(existsSync(path.join(dest, "home-assistant.log"))).toBe(false);
    expect(readFileSync(path.join(dest, "www/photo.png"))).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
  });

  it("prints files and counts, never a value or a term", async () => {
    const { src, dest, terms } = setup();
    const run = await scrub([src, dest, "--terms", terms]);
    expect(run.stdout).toContain("term #1: 1 replacement(s)");
    expect(run.stdout).toContain("term #2: 2 replacement(s)");
    expect(run.stdout).toContain("term #3: 1 replacement(s)");
    expect(run.stdout).toMatch(/configuration\.yaml: 3 replacement\(s\)/);
    expect(run.stdout).toContain(".storage (private data or cache)");
    for (const secret of [CANARY, "Jane", "jane", "Elm", "Resident", "example.org"]) expect(run.stdout + run.stderr).not.toContain(secret);
  });

  it("refuses DEST inside SRC, SRC inside DEST, and a non-empty DEST", async () => {
    const { src, terms } = setup();
    expect((await scrub([src, path.join(src, "out"), "--terms", terms])).code).toBe(2);
    expect((await scrub([src, src])).code).toBe(2);
    expect((await scrub([src, path.dirname(src)])).stderr).toContain("SRC is inside DEST");
    const full = tmp();
    writeFileSync(path.join(full, "x"), "x");
    const run = await scrub([src, full]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("not empty");
    expect(existsSync(path.join(src, "out"))).toBe(false);
  });

  it("never follows a symlink out of SRC; keeps relative links inside it", async () => {
    const { src, dest } = setup();
    const outside = tmp();
    writeFileSync(path.join(outside, "private.yaml"), `${CANARY}\n`);
    symlinkSync(path.join(outside, "private.yaml"), path.join(src, "escape.yaml"));
    symlinkSync("configuration.yaml", path.join(src, "alias.yaml"));
    const run = await scrub([src, dest]);
    expect(run.code).toBe(0);
    expect(existsSync(path.join(dest, "escape.yaml"))).toBe(false);
    expect(run.stdout).toContain("escape.yaml (symlink to a place outside SRC)");
    expect(lstatSync(path.join(dest, "alias.yaml")).isSymbolicLink()).toBe(true);
    expect(readlinkSync(path.join(dest, "alias.yaml"))).toBe("configuration.yaml");
  });

  it("refuses a terms file whose placeholder contains the term, naming only the term number", async () => {
    expect(() => parseTerms("a\nJane = Jane D.\n")).toThrow(/^term #2:/);
    const { src, dest } = setup();
    const bad = path.join(path.dirname(src), "bad-terms.txt");
    writeFileSync(bad, "Jane = Jane D.\n");
    const run = await scrub([src, dest, "--terms", bad]);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toContain("Jane");
  });
});
