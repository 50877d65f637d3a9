import { fail, notApplicable, notAssessed, pass } from "../result.js";
import type { Check } from "../types.js";
import { HTTP_DOCS, httpView, noHttpReason } from "./http-settings.js";

export const netSslProfile: Check = {
  id: "net-ssl-profile",
  category: "network",
  title: "TLS uses the modern profile",
  severity: "low",
  why: "The intermediate profile keeps older protocol versions and ciphers enabled for old clients; the modern profile allows only current, stronger ones.",
  fix: "Remove `ssl_profile: intermediate` from the http: section (modern is the default) unless an old device truly needs it.",
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
      ? fail([http.evidence("ssl_profile", `http.ssl_profile is ${profile}`)])
      : pass(http.evidence("ssl_profile", `http.ssl_profile is ${profile}`));
  },
};
