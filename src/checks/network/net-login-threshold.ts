import { defineCheck } from "../define.js";
import { fail, notApplicable, notAssessed, pass, warn } from "../result.js";
import type { Check } from "../types.js";
import { HTTP_DOCS, httpView, noHttpReason } from "./http-settings.js";

/** Above this many failed attempts before a ban, guessing stays cheap. */
export const MAX_LOGIN_ATTEMPTS = 10;

export const netLoginThreshold: Check = defineCheck({
  id: "net-login-threshold",
  category: "network",
  severity: "medium",
  learnMoreUrl: HTTP_DOCS,
  needs: ["http", "outline"],
  optional: ["http", "outline"],
  evaluate(f) {
    const http = httpView(f);
    if (!http) return notAssessed(noHttpReason(f));
    if (http.get("ip_ban_enabled") === false) return notApplicable("net-login-threshold.ip_ban_off");
    const n = http.get("login_attempts_threshold");
    if (n === undefined) return notAssessed("setting_unread", { key: "http.login_attempts_threshold" });
    const set = http.hit("login_attempts_threshold") !== undefined || http.origin === "http";
    if (n < 1) {
      return fail([
        set ? http.evidence("login_attempts_threshold", "net-login-threshold.never_bans", { value: n }) : http.evidence("login_attempts_threshold", "net-login-threshold.default_never_bans"),
      ]);
    }
    if (n > MAX_LOGIN_ATTEMPTS) return warn([http.evidence("login_attempts_threshold", "net-login-threshold.too_high", { value: n, max: MAX_LOGIN_ATTEMPTS })]);
    return pass(http.evidence("login_attempts_threshold", "net-login-threshold.value", { value: n }));
  },
});
