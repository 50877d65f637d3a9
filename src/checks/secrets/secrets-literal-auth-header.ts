import { fail, pass, req } from "../result.js";
import type { Check } from "../types.js";
import { type LiteralString, cappedPlaces, literalsWhere } from "./outline.js";

// A template after the scheme (`Bearer {{ states(...) }}`) does not hold the token itself.
const authHeaders = literalsWhere((f) => f.auth_prefix !== null && !f.template);

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
    const found = authHeaders(req(facts.outline));
    if (found.length === 0) return pass();
    const what = (loc: LiteralString) => `is a literal ${loc.entry.features.auth_prefix === "bearer" ? "Bearer" : "Basic"} credential`;
    return fail(cappedPlaces(found, what), { placeholders: { count: String(found.length) } });
  },
};
