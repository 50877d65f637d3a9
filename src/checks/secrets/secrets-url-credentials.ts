import { fail, pass, req } from "../result.js";
import type { Check } from "../types.js";
import { cappedPlaces, literalsWhere } from "./outline.js";

const urlsWithPassword = literalsWhere((f) => f.url_credentials && !f.template);

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
    const found = urlsWithPassword(req(facts.outline));
    if (found.length === 0) return pass();
    return fail(cappedPlaces(found, () => "is a URL with an embedded password"), { placeholders: { count: String(found.length) } });
  },
};
