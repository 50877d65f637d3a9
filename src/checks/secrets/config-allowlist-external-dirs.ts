import { defineCheck } from "../define.js";
import { ev, fail, notAssessed, opt, pass } from "../result.js";
import type { Check, Evidence } from "../types.js";
import { evAt, listItems } from "../outline-query.js";

const KEY = ["homeassistant", "allowlist_external_dirs"] as const;

/** Folders that hold the system, other users' homes or certificates: they and their parents are refused. */
const SENSITIVE: readonly string[] = ["/config", "/etc", "/root", "/home", "/ssl", "/usr", "/var", "/boot", "/proc", "/sys", "/dev"];
/** Folders where even a subfolder is sensitive (`/etc/ssl`, `/ssl/private`, `/root/.ssh`). */
const SENSITIVE_TREES: readonly string[] = ["/etc", "/root", "/ssl", "/boot", "/proc", "/sys", "/dev"];
/** Inside the config folder: Home Assistant's credential stores. */
const CONFIG_PRIVATE: readonly string[] = [".storage", ".cloud", "secrets.yaml"];

function norm(dir: string): string {
  const trimmed = dir.trim().replace(/\/+$/, "");
  return trimmed === "" ? "/" : trimmed;
}

/** `a` equals `b` or is one of its parent folders. */
function covers(a: string, b: string): boolean {
  return a === "/" || a === b || b.startsWith(`${a}/`);
}

export const configAllowlistExternalDirs: Check = defineCheck({
  id: "config-allowlist-external-dirs",
  category: "secrets",
  severity: "medium",
  learnMoreUrl: "https://www.home-assistant.io/docs/configuration/basic/",
  needs: ["config", "outline"],
  optional: ["config", "outline"],
  evaluate(facts) {
    const config = opt(facts.config);
    const outline = opt(facts.outline);
    // Each item of the YAML list, at its own line: evidence (and SARIF) points at the folder.
    const located = outline ? listItems(outline, KEY, { includeUnreachable: true }) : [];
    let dirs: readonly string[] | undefined = config?.allowlist_external_dirs;
    if (dirs === undefined && outline !== undefined) dirs = located.flatMap((l) => (l.value === null ? [] : [l.value]));
    if (dirs === undefined) return notAssessed("config-allowlist-external-dirs.unread");
    const configDir = norm(config?.config_dir ?? "/config");
    const bad: Evidence[] = [];
    for (const raw of dirs) {
      const d = norm(raw);
      const hit =
        covers(d, configDir) ||
        SENSITIVE.some((s) => covers(d, s)) ||
        SENSITIVE_TREES.some((s) => covers(s, d)) ||
        CONFIG_PRIVATE.some((p) => covers(`${configDir}/${p}`, d));
      if (!hit) continue;
      const at = located.find((l) => l.value !== null && norm(l.value) === d)?.hit;
      bad.push(at ? evAt("config-allowlist-external-dirs.contains", { folder: d }, at) : ev(config ? "config-allowlist-external-dirs.contains_live" : "config-allowlist-external-dirs.contains", { folder: d }));
    }
    if (bad.length > 0) return fail(bad);
    return pass(dirs.length === 0 ? ev("config-allowlist-external-dirs.none") : ev("config-allowlist-external-dirs.harmless", { count: dirs.length }));
  },
});
