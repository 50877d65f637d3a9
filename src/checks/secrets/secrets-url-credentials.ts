import { defineCheck } from "../define.js";
import { fail, req } from "../result.js";
import type { Check } from "../types.js";
import { cappedPlaces, literalsWhere, passIfWhole } from "./outline.js";

const urlsWithPassword = literalsWhere((f) => f.url_credentials && !f.template);

export const secretsUrlCredentials: Check = defineCheck({
  id: "secrets-url-credentials",
  category: "secrets",
  severity: "critical",
  learnMoreUrl: "https://www.home-assistant.io/docs/configuration/secrets/",
  needs: ["outline"],
  evaluate(facts) {
    const outline = req(facts.outline);
    const found = urlsWithPassword(outline);
    if (found.length === 0) return passIfWhole(outline);
    return fail(cappedPlaces(found, () => "secrets-url-credentials.found"), { placeholders: { count: String(found.length) } });
  },
});
