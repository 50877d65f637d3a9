import { advisoriesFor } from "../../data/advisories.js";
import { ev, fail, notAssessed, opt, pass } from "../result.js";
import type { Check } from "../types.js";

export const updateVulnerableVersion: Check = {
  id: "update-vulnerable-version",
  category: "updates",
  title: "No running version has a published security advisory",
  severity: "critical",
  why: "A Home Assistant Core or Supervisor version below the fix of a published security advisory is vulnerable to an attack that is documented in public.",
  fix: "Update Home Assistant Core and the Supervisor to at least the fixed version named in each advisory, now.",
  learnMoreUrl: "https://www.home-assistant.io/security/",
  fixPath: "/config/updates",
  needs: ["config", "supervisor"],
  optional: ["config", "supervisor"],
  evaluate(facts) {
    const sup = opt(facts.supervisor);
    const core = opt(facts.config)?.version ?? sup?.core.version ?? null;
    const supervisor = sup?.supervisor.version ?? null;
    if (core === null && supervisor === null) return notAssessed("The running versions are unknown.");
    const hits = advisoriesFor(core, supervisor);
    if (hits.length === 0) {
      const names = [core !== null ? `Core ${core}` : null, supervisor !== null ? `Supervisor ${supervisor}` : null].filter(Boolean);
      return pass(ev(`No published advisory affects ${names.join(" or ")}`));
    }
    const evidence = hits.map((a) => {
      const running = a.component === "core" ? `Core ${core}` : `Supervisor ${supervisor}`;
      const aka = a.aliases.length > 0 ? ` (${a.aliases.join(", ")})` : "";
      return ev(`${a.id}${aka}: ${running} is below ${a.fixedIn} — ${a.summary} — ${a.url}`);
    });
    return fail(evidence, { placeholders: { advisory: hits[0]?.id ?? "" } });
  },
};
