import { defineCheck } from "../define.js";
import { type EvidenceKey, fail, req } from "../result.js";
import type { Check } from "../types.js";
import { type LiteralString, cappedPlaces, literalsWhere, passIfWhole } from "./outline.js";

// A template after the scheme (`Bearer {{ states(...) }}`) does not hold the token itself.
const authHeaders = literalsWhere((f) => f.auth_prefix !== null && !f.template);

export const secretsLiteralAuthHeader: Check = defineCheck({
  id: "secrets-literal-auth-header",
  category: "secrets",
  severity: "high",
  learnMoreUrl: "https://www.home-assistant.io/docs/configuration/secrets/",
  needs: ["outline"],
  evaluate(facts) {
    const outline = req(facts.outline);
    const found = authHeaders(outline);
    if (found.length === 0) return passIfWhole(outline);
    const what = (loc: LiteralString): EvidenceKey => (loc.entry.features.auth_prefix === "bearer" ? "secrets-literal-auth-header.bearer" : "secrets-literal-auth-header.basic");
    return fail(cappedPlaces(found, what), { placeholders: { count: String(found.length) } });
  },
});
