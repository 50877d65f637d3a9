import { defineCheck } from "../define.js";
import { ev, fail, notAssessed, opt, pass } from "../result.js";
import type { Check } from "../types.js";

export const hostRecoveryMode: Check = defineCheck({
  id: "host-recovery-mode",
  category: "host",
  severity: "medium",
  learnMoreUrl: "https://www.home-assistant.io/integrations/recovery_mode/",
  fixPath: "/config/logs",
  needs: ["host", "config"],
  optional: ["host", "config"],
  evaluate(facts) {
    const host = opt(facts.host);
    const config = opt(facts.config);
    if (host === undefined && config === undefined) return notAssessed("host-recovery-mode.unread");
    const recovery = host?.recovery_mode === true || config?.recovery_mode === true;
    const safe = host?.safe_mode === true || config?.safe_mode === true;
    if (recovery) return fail([ev("host-recovery-mode.recovery")]);
    if (safe) return fail([ev("host-recovery-mode.safe")]);
    return pass(ev("host-recovery-mode.normal"));
  },
});
