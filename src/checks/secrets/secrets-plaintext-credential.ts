import type { Outline } from "../../facts/types.js";
import { isCredentialPath, isNumericCredentialPath } from "../credential-keys.js";
import { perValue } from "../memo.js";
import { fail, pass, req } from "../result.js";
import type { Check } from "../types.js";
import { type Located, cappedPlaces, entries, isSecretsFile } from "./outline.js";

/** The literal credentials of one outline, in file order; memoised per outline (a pure function of it). */
const literalCredentials = perValue((outline: Outline): readonly Located[] => {
  const found: Located[] = [];
  for (const loc of entries(outline)) {
    const { entry } = loc;
    if (entry.tag !== null) continue;
    if (entry.type === "str") {
      const f = entry.features;
      if (f === undefined || f.length === 0 || f.template || f.auth_prefix !== null) continue;
      if (isCredentialPath(loc.path) && !isSecretsFile(loc.file)) found.push(loc);
    } else if (entry.type === "int" && isNumericCredentialPath(loc.path) && !isSecretsFile(loc.file)) {
      found.push(loc);
    }
  }
  return found;
});

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
    const found = literalCredentials(req(facts.outline));
    if (found.length === 0) return pass();
    const what = (loc: Located) => (loc.entry.type === "int" ? "is a literal numeric code" : "is a literal credential");
    return fail(cappedPlaces(found, what), { placeholders: { count: String(found.length) } });
  },
};
