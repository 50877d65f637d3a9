import { defineCheck } from "../define.js";
import { ev, fail, pass, req } from "../result.js";
import type { Check } from "../types.js";

export const hostSupervisorSupported: Check = defineCheck({
  id: "host-supervisor-supported",
  category: "host",
  severity: "medium",
  learnMoreUrl: "https://www.home-assistant.io/integrations/hassio/",
  fixPath: "/config/repairs",
  needs: ["supervisor"],
  evaluate(facts) {
    const s = req(facts.supervisor);
    const reasons = s.resolution.unsupported;
    if (s.supervisor.supported && reasons.length === 0) return pass(ev("host-supervisor-supported.supported"));
    // Reason ids are Supervisor enum names (e.g. "docker_version"); each has a page.
    const evidence = reasons.map((r) => ev("host-supervisor-supported.reason", { reason: r, url: `https://www.home-assistant.io/more-info/unsupported/${r}` }));
    if (evidence.length === 0) evidence.push(ev("host-supervisor-supported.unsupported"));
    return fail(evidence, { placeholders: { reasons: reasons.join(", ") } });
  },
});
