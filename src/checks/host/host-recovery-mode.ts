import { ev, fail, notAssessed, opt, pass } from "../result.js";
import type { Check } from "../types.js";

export const hostRecoveryMode: Check = {
  id: "host-recovery-mode",
  category: "host",
  title: "Home Assistant is not running in recovery or safe mode",
  severity: "medium",
  why: "In recovery or safe mode your integrations are not loaded, including the ones that protect you (IP bans, TLS settings from YAML, alerts); the configuration problem behind it needs fixing.",
  fix: "Open Settings → System → Logs to find the configuration error, fix it, and restart Home Assistant normally.",
  learnMoreUrl: "https://www.home-assistant.io/integrations/recovery_mode/",
  fixPath: "/config/logs",
  needs: ["host", "config"],
  optional: ["host", "config"],
  evaluate(facts) {
    const host = opt(facts.host);
    const config = opt(facts.config);
    if (host === undefined && config === undefined) return notAssessed("Neither the live configuration nor the backend facts are available.");
    const recovery = host?.recovery_mode === true || config?.recovery_mode === true;
    const safe = host?.safe_mode === true || config?.safe_mode === true;
    if (recovery) return fail([ev("Home Assistant is running in recovery mode")]);
    if (safe) return fail([ev("Home Assistant is running in safe mode")]);
    return pass(ev("Home Assistant started normally"));
  },
};
