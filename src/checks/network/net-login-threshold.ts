import { fail, notApplicable, notAssessed, pass, warn } from "../result.js";
import type { Check } from "../types.js";
import { HTTP_DOCS, httpView, noHttpReason } from "./http-settings.js";

/** Above this many failed attempts before a ban, guessing stays cheap. */
export const MAX_LOGIN_ATTEMPTS = 10;

export const netLoginThreshold: Check = {
  id: "net-login-threshold",
  category: "network",
  title: `Failed logins lead to a ban after at most ${MAX_LOGIN_ATTEMPTS} attempts`,
  severity: "medium",
  why: "Home Assistant's default login_attempts_threshold is -1, which never bans anyone even with IP banning on; password guessing is then unlimited.",
  fix: "Add `login_attempts_threshold: 5` to the http: section of configuration.yaml and restart.",
  learnMoreUrl: HTTP_DOCS,
  needs: ["http", "outline"],
  optional: ["http", "outline"],
  evaluate(f) {
    const http = httpView(f);
    if (!http) return notAssessed(noHttpReason(f));
    if (http.get("ip_ban_enabled") === false) return notApplicable("IP banning is off, so the threshold has no effect (see net-ip-ban).");
    const n = http.get("login_attempts_threshold");
    if (n === undefined) return notAssessed("http.login_attempts_threshold could not be read.");
    const set = http.hit("login_attempts_threshold") !== undefined || http.origin === "http";
    if (n < 1) {
      return fail([
        http.evidence(
          "login_attempts_threshold",
          set ? `http.login_attempts_threshold is ${n}: addresses are never banned` : "http.login_attempts_threshold is not set; Home Assistant's default (-1) never bans",
        ),
      ]);
    }
    if (n > MAX_LOGIN_ATTEMPTS) return warn([http.evidence("login_attempts_threshold", `http.login_attempts_threshold is ${n} (more than ${MAX_LOGIN_ATTEMPTS})`)]);
    return pass(http.evidence("login_attempts_threshold", `http.login_attempts_threshold is ${n}`));
  },
};
