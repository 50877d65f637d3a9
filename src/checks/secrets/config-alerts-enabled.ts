import { ev, fail, pass, req } from "../result.js";
import type { Check } from "../types.js";

export const configAlertsEnabled: Check = {
  id: "config-alerts-enabled",
  category: "secrets",
  title: "Home Assistant Alerts are enabled",
  severity: "low",
  why: "The Home Assistant Alerts integration raises a Repairs issue when a published alert (including security alerts) applies to your version or integrations; without it you only learn from the blog.",
  fix: "Keep `default_config:` in configuration.yaml, or add `homeassistant_alerts:` to it, and restart.",
  learnMoreUrl: "https://www.home-assistant.io/integrations/homeassistant_alerts/",
  fixPath: "/config/repairs",
  needs: ["config"],
  evaluate(facts) {
    const { components } = req(facts.config);
    if (components.includes("homeassistant_alerts")) return pass(ev("homeassistant_alerts is loaded"));
    return fail([ev("homeassistant_alerts is not loaded")]);
  },
};
