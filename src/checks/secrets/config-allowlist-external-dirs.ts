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

export const configAllowlistExternalDirs: Check = {
  id: "config-allowlist-external-dirs",
  category: "secrets",
  title: "allowlist_external_dirs allows no system or config folder",
  severity: "medium",
  why: "Folders in `allowlist_external_dirs` can be read and sent out by integrations and services (for example a notification attachment or the folder_watcher); allowing `/`, `/config` or `/etc` exposes secrets.yaml, .storage and system files.",
  fix: "List only the specific media or export folders Home Assistant needs under `homeassistant: allowlist_external_dirs:` (for example `/media/camera`).",
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
    if (dirs === undefined) return notAssessed("Neither the live configuration nor the YAML outline is available.");
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
      const text = `allowlist_external_dirs contains ${d}`;
      const at = located.find((l) => l.value !== null && norm(l.value) === d)?.hit;
      bad.push(at ? evAt(text, at) : ev(config ? `${text} (get_config)` : text));
    }
    if (bad.length > 0) return fail(bad);
    return pass(ev(dirs.length === 0 ? "No external folders are allowed" : `${dirs.length} allowed folder(s), none of them a system or config folder`));
  },
};
