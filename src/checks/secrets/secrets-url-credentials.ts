import { defineCheck } from "../define.js";
import { fail, pass, req } from "../result.js";
import type { Check } from "../types.js";
import { cappedPlaces, literalsWhere } from "./outline.js";

const urlsWithPassword = literalsWhere((f) => f.url_credentials && !f.template);

export const secretsUrlCredentials: Check = defineCheck({
  id: "secrets-url-credentials",
  category: "secrets",
  severity: "critical",
  learnMoreUrl: "https://www.home-assistant.io/docs/configuration/secrets/",
  needs: ["outline"],
  evaluate(facts) {
    const found = urlsWithPassword(req(facts.outline));
    if (found.length === 0) return pass();
    return fail(cappedPlaces(found, () => "secrets-url-credentials.found"), { placeholders: { count: String(found.length) } });
  },
});
