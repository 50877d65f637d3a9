/** Offline facts and file facts: what lint-config can and cannot judge from a folder. */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CATALOG } from "../../../src/checks/catalog.js";
import { OFFLINE_CHECK_IDS } from "../../../src/cli/lint-config.js";
import { FACT_KEYS } from "../../../src/facts/types.js";
import { collectFilesOffline, gitignoreIgnores, parseGitignore } from "../../../src/lint/files.js";
import { offlineFacts } from "../../../src/lint/offline-facts.js";

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
function tmp(files: Record<string, string>): string {
  const d = mkdtempSync(path.join(tmpdir(), "files-"));
  dirs.push(d);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(d, rel)), { recursive: true });
    writeFileSync(path.join(d, rel), text);
  }
  return d;
}
const HAS_GIT = (() => {
  try {
    execFileSync("git", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

describe("offlineFacts", () => {
  it("has outline and files, and every live fact unavailable for the reason 'offline'", async () => {
    const d = tmp({ "configuration.yaml": "a: 1\n" });
    const facts = offlineFacts({ version: 1, files: [], truncated: null }, await collectFilesOffline(d), new Date(0));
    expect(facts.mode).toBe("offline");
    for (const key of FACT_KEYS) {
      const fact = facts[key];
      if (key === "outline" || key === "files") expect(fact.ok).toBe(true);
      else expect(fact.ok ? "ok" : fact.reason, key).toBe("offline");
    }
  });

  it("lint-config's default checks exist and need nothing but outline and files", () => {
    for (const id of OFFLINE_CHECK_IDS) {
      const check = CATALOG.find((c) => c.id === id);
      expect(check, id).toBeDefined();
      const required = (check?.needs ?? []).filter((k) => !(check?.optional ?? []).includes(k));
      expect(required.every((k) => k === "outline" || k === "files"), `${id} needs ${required.join(",")}`).toBe(true);
    }
  });
});

describe("collectFilesOffline", () => {
  it("reads modes and finds sensitive names under www/", async () => {
    const d = tmp({ "secrets.yaml": "a: b\n", "www/backup.tar.gz": "x", "www/img/logo.png": "x", "www/deep/Secrets.TXT": "x", "www/cert.pem": "x" });
    const files = await collectFilesOffline(d);
    expect(files.secrets_yaml.exists).toBe(true);
    expect(files.storage_dir.exists).toBe(false);
    expect(files.git).toBeNull();
    expect(files.www_sensitive).toEqual(["www/backup.tar.gz", "www/cert.pem", "www/deep/Secrets.TXT"]);
  });

  const GITIGNORE = "# private\nsecrets.yaml\n.storage/\n*.db\n!keep.db\n/ip_bans.yaml\nlogs/**\n";
  it.skipIf(!HAS_GIT)("git check-ignore and the .gitignore parser agree", async () => {
    const d = tmp({ ".gitignore": GITIGNORE, "configuration.yaml": "a: 1\n" });
    execFileSync("git", ["init", "-q"], { cwd: d });
    const viaGit = await collectFilesOffline(d);
    const viaParser = await collectFilesOffline(d, { useGit: false });
    expect(viaGit.git?.method).toBe("git");
    expect(viaParser.git?.method).toBe("gitignore");
    expect(viaParser.git?.ignored).toEqual(viaGit.git?.ignored);
    expect(viaGit.git?.ignored).toEqual({ "secrets.yaml": true, ".storage/": true, "*.db": true, "*.log": false, ".cloud/": false, "ip_bans.yaml": true });
  });

  it("the .gitignore parser handles negation, anchors, folders and **", () => {
    const rules = parseGitignore(GITIGNORE);
    expect(gitignoreIgnores(rules, "secrets.yaml")).toBe(true);
    expect(gitignoreIgnores(rules, "esphome/secrets.yaml")).toBe(true);
    expect(gitignoreIgnores(rules, "keep.db")).toBe(false);
    expect(gitignoreIgnores(rules, "sub/ip_bans.yaml")).toBe(false);
    expect(gitignoreIgnores(rules, ".storage/auth")).toBe(true);
    expect(gitignoreIgnores(rules, ".storage")).toBe(false);
    expect(gitignoreIgnores(rules, "logs/a/b.txt")).toBe(true);
  });
});
