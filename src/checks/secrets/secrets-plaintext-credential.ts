import { isCredentialPath, isNumericCredentialPath } from "../credential-keys.js";
import { fail, pass, req } from "../result.js";
import type { Check } from "../types.js";
import { capped, entries, isSecretsFile, placeEvidence } from "./outline.js";

/**
 * A credential-named key (see credential-keys.ts) holding an untagged, non-empty,
 * non-template literal. A bare number counts only for password/PIN/code keys.
 * Strings with an `Authorization` scheme prefix are left to secrets-literal-auth-header.
 */
export const secretsPlaintextCredential: Check = {
  id: "secrets-plaintext-credential",
  category: "secrets",
  title: "Credentials in YAML use !secret",
  severity: "critical",
  why: "A password, token or API key written directly into a YAML file ends up in every copy of that file: backups, screenshots, forum posts and published repositories.",
  fix: "Move each value into secrets.yaml and reference it with `!secret <name>` (or `!env_var`); then rotate any credential that was ever shared or committed.",
  learnMoreUrl: "https://www.home-assistant.io/docs/configuration/secrets/",
  needs: ["outline"],
  evaluate(facts) {
    const outline = req(facts.outline);
    const found = [];
    for (const loc of entries(outline)) {
      const { entry } = loc;
      if (isSecretsFile(loc.file) || entry.tag !== null) continue;
      if (entry.type === "str") {
        const f = entry.features;
        if (f === undefined || f.length === 0 || f.template || f.auth_prefix !== null) continue;
        if (isCredentialPath(loc.path)) found.push(placeEvidence(loc, "is a literal credential"));
      } else if (entry.type === "int" && isNumericCredentialPath(loc.path)) {
        found.push(placeEvidence(loc, "is a literal numeric code"));
      }
    }
    if (found.length === 0) return pass();
    return fail(capped(found), { placeholders: { count: String(found.length) } });
  },
};
