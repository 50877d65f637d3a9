import { defineCheck } from "../define.js";
import { ev, fail, pass, req } from "../result.js";
import type { Check } from "../types.js";

export const hostSupervisorHealthy: Check = defineCheck({
  id: "host-supervisor-healthy",
  category: "host",
  severity: "high",
  learnMoreUrl: "https://www.home-assistant.io/integrations/hassio/",
  fixPath: "/config/repairs",
  needs: ["supervisor"],
  evaluate(facts) {
    const s = req(facts.supervisor);
    const reasons = s.resolution.unhealthy;
    if (s.supervisor.healthy && reasons.length === 0) return pass(ev("host-supervisor-healthy.healthy"));
    const evidence = reasons.map((r) => ev("host-supervisor-healthy.reason", { reason: r, url: `https://www.home-assistant.io/more-info/unhealthy/${r}` }));
    if (evidence.length === 0) evidence.push(ev("host-supervisor-healthy.unhealthy"));
    return fail(evidence, { placeholders: { reasons: reasons.join(", ") } });
  },
});
