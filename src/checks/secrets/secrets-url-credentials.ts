import { fail, pass, req } from "../result.js";
import type { Check } from "../types.js";
import { capped, literalStrings, placeEvidence } from "./outline.js";

export const secretsUrlCredentials: Check = {
  id: "secrets-url-credentials",
  category: "secrets",
  title: "URLs in YAML carry no user:password",
  severity: "critical",
  why: "A URL such as `mqtt://user:password@host` or `https://user:password@camera/` puts the password in plain text wherever the file or the URL is copied, logged or shown.",
  fix: "Put the whole URL in secrets.yaml and reference it with `!secret`, or use the integration's separate username/password options with `!secret` values.",
  learnMoreUrl: "https://www.home-assistant.io/docs/configuration/secrets/",
  needs: ["outline"],
  evaluate(facts) {
    const found = [];
    for (const loc of literalStrings(req(facts.outline))) {
      if (loc.features.url_credentials && !loc.features.template) {
        found.push(placeEvidence(loc, "is a URL with an embedded password"));
      }
    }
    if (found.length === 0) return pass();
    return fail(capped(found), { placeholders: { count: String(found.length) } });
  },
};
