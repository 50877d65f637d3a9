import type { FileMode } from "../../facts/types.js";
import { ev, fail, notApplicable, notAssessed, opt, pass, req, warn } from "../result.js";
import type { Check, Evidence } from "../types.js";

const octal = (mode: number): string => `0${(mode & 0o777).toString(8).padStart(3, "0")}`;

export const secretsFilePermissions: Check = {
  id: "secrets-file-permissions",
  category: "secrets",
  title: "secrets.yaml and .storage are private to the Home Assistant user",
  severity: "medium",
  why: "secrets.yaml and .storage/ hold every credential Home Assistant knows; if other accounts on the machine can read them, any of those accounts (or a compromised service running as one) can take them.",
  fix: "Restrict them to the Home Assistant user: `chmod 600 secrets.yaml` and `chmod 700 .storage` in the config folder.",
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
    if (present.length === 0) return notApplicable("Neither secrets.yaml nor .storage exists.");
    const others: Evidence[] = [];
    const group: Evidence[] = [];
    const unknown: string[] = [];
    for (const [name, m] of present) {
      if (m.mode === null) unknown.push(name);
      else if (m.mode & 0o007) others.push(ev(`${name} has mode ${octal(m.mode)}: other users can access it`, name));
      else if (m.mode & 0o070) group.push(ev(`${name} has mode ${octal(m.mode)}: its group can access it`, name));
    }
    if (unknown.length === present.length) return notAssessed(`The mode of ${unknown.join(" and ")} could not be read.`);
    // On Home Assistant OS the config folder is only mounted into containers, not shared
    // with host users, so a loose mode matters less there.
    const os = opt(facts.host)?.installation_type === "Home Assistant OS";
    const severity = os ? ("low" as const) : undefined;
    if (others.length > 0) return fail([...others, ...group], severity ? { severity } : {});
    if (group.length > 0) return warn(group, severity ? { severity } : {});
    return pass(...present.filter(([, m]) => m.mode !== null).map(([n, m]) => ev(`${n} has mode ${octal(m.mode ?? 0)}`, n)));
  },
};
