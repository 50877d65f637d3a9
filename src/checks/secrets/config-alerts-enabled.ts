import { defineCheck } from "../define.js";
import { ev, fail, pass, req } from "../result.js";
import type { Check } from "../types.js";

export const configAlertsEnabled: Check = defineCheck({
  id: "config-alerts-enabled",
  category: "secrets",
  severity: "low",
  learnMoreUrl: "https://www.home-assistant.io/integrations/homeassistant_alerts/",
  fixPath: "/config/repairs",
  needs: ["config"],
  evaluate(facts) {
    const { components } = req(facts.config);
    if (components.includes("homeassistant_alerts")) return pass(ev("config-alerts-enabled.loaded"));
    return fail([ev("config-alerts-enabled.not_loaded")]);
  },
});
