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
    if (tls === undefined) return notAssessed("Whether http.ssl_certificate is set could not be read.");
    if (!tls) return notApplicable("Home Assistant does not serve TLS itself.");
    const profile = http.get("ssl_profile");
    if (profile === undefined) return notAssessed("http.ssl_profile could not be read.");
    // Newer cores may name profiles per IP version (`intermediate_v4`, `intermediate_v6`).
    return typeof profile === "string" && profile.startsWith("intermediate")
      ? fail([http.evidence("ssl_profile", "net-ssl-profile.profile", { profile })])
      : pass(http.evidence("ssl_profile", "net-ssl-profile.profile", { profile }));
  },
});
