import { defineCheck } from "../define.js";
import { fail, req } from "../result.js";
import type { Check } from "../types.js";
import { cappedPlaces, literalsWhere, passIfWhole } from "./outline.js";

const urlsWithQueryKey = literalsWhere((f) => f.url_credential_query);

export const secretsUrlQueryKey: Check = defineCheck({
  id: "secrets-url-query-key",
  category: "secrets",
  severity: "high",
  learnMoreUrl: "https://www.home-assistant.io/docs/configuration/secrets/",
  needs: ["outline"],
  evaluate(facts) {
    const outline = req(facts.outline);
    const found = urlsWithQueryKey(outline);
    if (found.length === 0) return passIfWhole(outline);
    return fail(cappedPlaces(found, () => "secrets-url-query-key.found"), { placeholders: { count: String(found.length) } });
  },
});
