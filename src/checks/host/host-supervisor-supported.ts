import { ev, fail, pass, req } from "../result.js";
import type { Check } from "../types.js";

export const hostSupervisorSupported: Check = {
  id: "host-supervisor-supported",
  category: "host",
  title: "The Supervisor reports a supported system",
  severity: "medium",
  why: "An unsupported system (old Docker, unmanaged OS, disabled content trust, auto-updates off …) may not receive or apply fixes the way Home Assistant expects.",
  fix: "Follow the Supervisor's instructions for each listed reason (Settings → System → Repairs links to them) until the system is supported again.",
  learnMoreUrl: "https://www.home-assistant.io/integrations/hassio/",
  fixPath: "/config/repairs",
  needs: ["supervisor"],
  evaluate(facts) {
    const s = req(facts.supervisor);
    const reasons = s.resolution.unsupported;
    if (s.supervisor.supported && reasons.length === 0) return pass(ev("The Supervisor reports the system as supported"));
    // Reason ids are Supervisor enum names (e.g. "docker_version"); each has a page.
    const evidence = reasons.map((r) => ev(`Unsupported: ${r} — https://www.home-assistant.io/more-info/unsupported/${r}`));
    if (evidence.length === 0) evidence.push(ev("The Supervisor reports the system as unsupported"));
    return fail(evidence, { placeholders: { reasons: reasons.join(", ") } });
  },
};
