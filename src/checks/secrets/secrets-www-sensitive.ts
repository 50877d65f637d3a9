import { defineCheck } from "../define.js";
import type { Outline, OutlineFile } from "../../facts/types.js";
import { outlineIndex } from "../outline-query.js";
import { ev, fail, opt, pass, req } from "../result.js";
import type { Check, Evidence } from "../types.js";
import { capped } from "./outline.js";
import { isLiteralCredential } from "./secrets-plaintext-credential.js";

const YAML = /\.ya?ml$/i;

/**
 * How many credentials the outline shows in one file: literal credentials under credential
 * keys (placeholders are not), URLs with passwords or keys, literal Authorization values,
 * commands with credentials.
 */
function credentialsIn(outline: Outline, file: OutlineFile): number {
  let n = 0;
  for (const loc of outlineIndex(outline).all) {
    if (loc.file !== file) continue;
    const f = loc.entry.tag === null ? loc.entry.features : undefined;
    const shaped = f !== undefined && !f.template && (f.url_credentials || f.url_credential_query || f.auth_prefix !== null || f.command_credentials);
    if (shaped || isLiteralCredential(loc) === true) n++;
  }
  return n;
}

export const secretsWwwSensitive: Check = defineCheck({
  id: "secrets-www-sensitive",
  category: "secrets",
  severity: "high",
  learnMoreUrl: "https://www.home-assistant.io/integrations/http/#hosting-files",
  needs: ["files", "outline"],
  optional: ["outline"],
  evaluate(facts) {
    const found = req(facts.files).www_sensitive;
    const outline = opt(facts.outline);
    const findings: Evidence[] = [];
    const notes: Evidence[] = [];
    for (const p of found) {
      const rel = p.startsWith("www/") ? p.slice(4) : p;
      // A YAML file (a frontend plugin's layout must live there) is graded by what its outline holds.
      const file = outline && YAML.test(rel) && !rel.toLowerCase().includes("secret") ? outline.files.find((f) => f.path === `www/${rel}`) : undefined;
      if (outline && file && file.error === null) {
        const n = credentialsIn(outline, file);
        if (n === 0) notes.push(ev("secrets-www-sensitive.served_clean", { url: `/local/${rel}` }, `www/${rel}`));
        else findings.push(ev("secrets-www-sensitive.served_credentials", { url: `/local/${rel}`, count: n }, `www/${rel}`));
        continue;
      }
      findings.push(ev("secrets-www-sensitive.served", { url: `/local/${rel}` }, `www/${rel}`));
    }
    if (findings.length === 0) return pass(...capped(notes));
    return fail(capped(findings), { placeholders: { count: String(findings.length) } });
  },
});
