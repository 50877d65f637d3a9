import { defineCheck } from "../define.js";
import { fail, pass, req } from "../result.js";
import type { Check } from "../types.js";
import { cappedPlaces, literalsWhere } from "./outline.js";

const urlsWithQueryKey = literalsWhere((f) => f.url_credential_query);

export const secretsUrlQueryKey: Check = defineCheck({
  id: "secrets-url-query-key",
  category: "secrets",
  severity: "high",
  learnMoreUrl: "https://www.home-assistant.io/docs/configuration/secrets/",
  needs: ["outline"],
  evaluate(facts) {
    const found = urlsWithQueryKey(req(facts.outline));
    if (found.length === 0) return pass();
    return fail(cappedPlaces(found, () => "secrets-url-query-key.found"), { placeholders: { count: String(found.length) } });
  },
});
