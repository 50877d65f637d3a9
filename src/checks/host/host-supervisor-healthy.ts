import { ev, fail, pass, req } from "../result.js";
import type { Check } from "../types.js";

export const hostSupervisorHealthy: Check = {
  id: "host-supervisor-healthy",
  category: "host",
  title: "The Supervisor reports a healthy system",
  severity: "high",
  why: "An unhealthy system (privileged containers it did not start, failed setup, untrusted images …) is one the Supervisor no longer trusts; it stops installing updates until the cause is removed.",
  fix: "Resolve each listed reason (Settings → System → Repairs links to the instructions) and restart the Supervisor.",
  learnMoreUrl: "https://www.home-assistant.io/integrations/hassio/",
  fixPath: "/config/repairs",
  needs: ["supervisor"],
  evaluate(facts) {
    const s = req(facts.supervisor);
    const reasons = s.resolution.unhealthy;
    if (s.supervisor.healthy && reasons.length === 0) return pass(ev("The Supervisor reports the system as healthy"));
    const evidence = reasons.map((r) => ev(`Unhealthy: ${r} — https://www.home-assistant.io/more-info/unhealthy/${r}`));
    if (evidence.length === 0) evidence.push(ev("The Supervisor reports the system as unhealthy"));
    return fail(evidence, { placeholders: { reasons: reasons.join(", ") } });
  },
};
