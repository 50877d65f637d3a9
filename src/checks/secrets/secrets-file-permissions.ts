import { defineCheck } from "../define.js";
import type { FileMode } from "../../facts/types.js";
import { ev, fail, notApplicable, notAssessed, opt, pass, req, warn } from "../result.js";
import type { Check, Evidence } from "../types.js";

const octal = (mode: number): string => `0${(mode & 0o777).toString(8).padStart(3, "0")}`;

export const secretsFilePermissions: Check = defineCheck({
  id: "secrets-file-permissions",
  category: "secrets",
  severity: "medium",
  learnMoreUrl: "https://www.home-assistant.io/docs/configuration/secrets/",
  needs: ["files", "host"],
  optional: ["host"],
  evaluate(facts) {
    const files = req(facts.files);
    const targets: readonly [string, FileMode][] = [
      ["secrets.yaml", files.secrets_yaml],
      [".storage", files.storage_dir],
    ];
    const present = targets.filter(([, m]) => m.exists);
    if (present.length === 0) return notApplicable("secrets-file-permissions.absent");
    const others: Evidence[] = [];
    const group: Evidence[] = [];
    const unknown: string[] = [];
    for (const [name, m] of present) {
      if (m.mode === null) unknown.push(name);
      else if (m.mode & 0o007) others.push(ev("secrets-file-permissions.others", { mode: octal(m.mode) }, name));
      else if (m.mode & 0o070) group.push(ev("secrets-file-permissions.group", { mode: octal(m.mode) }, name));
    }
    if (unknown.length === present.length) {
      const [first = "", second] = unknown;
      return second === undefined ? notAssessed("secrets-file-permissions.mode_unread", { file: first }) : notAssessed("secrets-file-permissions.modes_unread", { first, second });
    }
    // On Home Assistant OS the config folder is only mounted into containers, not shared
    // with host users, so a loose mode matters less there.
    const os = opt(facts.host)?.installation_type === "Home Assistant OS";
    const severity = os ? ("low" as const) : undefined;
    if (others.length > 0) return fail([...others, ...group], severity ? { severity } : {});
    if (group.length > 0) return warn(group, severity ? { severity } : {});
    return pass(...present.filter(([, m]) => m.mode !== null).map(([n, m]) => ev("secrets-file-permissions.mode", { mode: octal(m.mode ?? 0) }, n)));
  },
});
