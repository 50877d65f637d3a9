import { defineCheck } from "../define.js";
import { advisoriesFor } from "../../data/advisories.js";
import { ev, fail, notAssessed, opt, pass } from "../result.js";
import type { Check } from "../types.js";

export const updateVulnerableVersion: Check = defineCheck({
  id: "update-vulnerable-version",
  category: "updates",
  severity: "critical",
  learnMoreUrl: "https://www.home-assistant.io/security/",
  fixPath: "/config/updates",
  needs: ["config", "supervisor"],
  optional: ["config", "supervisor"],
  evaluate(facts) {
    const sup = opt(facts.supervisor);
    const core = opt(facts.config)?.version ?? sup?.core.version ?? null;
    const supervisor = sup?.supervisor.version ?? null;
    if (core === null && supervisor === null) return notAssessed("update-vulnerable-version.versions_unknown");
    const hits = advisoriesFor(core, supervisor);
    if (hits.length === 0) {
      if (core !== null && supervisor !== null) return pass(ev("update-vulnerable-version.none_both", { core, supervisor }));
      return pass(core !== null ? ev("update-vulnerable-version.none_core", { core }) : ev("update-vulnerable-version.none_supervisor", { supervisor: supervisor ?? "?" }));
    }
    const evidence = hits.map((a) => {
      const advisory = a.aliases.length > 0 ? `${a.id} (${a.aliases.join(", ")})` : a.id;
      const params = { advisory, fixed: a.fixedIn, summary: a.summary, url: a.url };
      return a.component === "core"
        ? ev("update-vulnerable-version.core_below", { ...params, version: core ?? "?" })
        : ev("update-vulnerable-version.supervisor_below", { ...params, version: supervisor ?? "?" });
    });
    return fail(evidence, { placeholders: { advisory: hits[0]?.id ?? "" } });
  },
});
