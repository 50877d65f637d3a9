import { fail, pass, req } from "../result.js";
import type { Check } from "../types.js";
import { capped, literalStrings, placeEvidence } from "./outline.js";

export const secretsLiteralAuthHeader: Check = {
  id: "secrets-literal-auth-header",
  category: "secrets",
  title: "Authorization headers in YAML use !secret",
  severity: "high",
  why: "`Authorization: Bearer <token>` or `Basic <base64>` written into a `rest` sensor or `rest_command` is the credential itself, readable by anyone who sees the file.",
  fix: "Put the whole header value (including `Bearer `) in secrets.yaml and write `Authorization: !secret <name>`.",
  learnMoreUrl: "https://www.home-assistant.io/docs/configuration/secrets/",
  needs: ["outline"],
  evaluate(facts) {
    const found = [];
    for (const loc of literalStrings(req(facts.outline))) {
      const prefix = loc.features.auth_prefix;
      // A template after the scheme (`Bearer {{ states(...) }}`) does not hold the token itself.
      if (prefix !== null && !loc.features.template) {
        found.push(placeEvidence(loc, `is a literal ${prefix === "bearer" ? "Bearer" : "Basic"} credential`));
      }
    }
    if (found.length === 0) return pass();
    return fail(capped(found), { placeholders: { count: String(found.length) } });
  },
};
