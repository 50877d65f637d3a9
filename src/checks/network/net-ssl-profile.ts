import { defineCheck } from "../define.js";
import { fail, notApplicable, notAssessed, pass } from "../result.js";
import type { Check } from "../types.js";
import { HTTP_DOCS, httpView, noHttpReason } from "./http-settings.js";

export const netSslProfile: Check = defineCheck({
  id: "net-ssl-profile",
  category: "network",
  severity: "low",
  learnMoreUrl: HTTP_DOCS,
  needs: ["http", "outline"],
  optional: ["http", "outline"],
  evaluate(f) {
    const http = httpView(f);
    if (!http) return notAssessed(noHttpReason(f));
    const tls = http.get("ssl_certificate");
    if (tls === undefined) return notAssessed("setting_set_unread", { key: "http.ssl_certificate" });
    if (!tls) return notApplicable("net-ssl-profile.no_tls");
    const profile = http.get("ssl_profile");
    if (profile === undefined) return notAssessed("setting_unread", { key: "http.ssl_profile" });
    // Newer cores may name profiles per IP version (`intermediate_v4`, `intermediate_v6`).
    return typeof profile === "string" && profile.startsWith("intermediate")
      ? fail([http.evidence("ssl_profile", "net-ssl-profile.profile", { profile })])
      : pass(http.evidence("ssl_profile", "net-ssl-profile.profile", { profile }));
  },
});
