import { defineCheck } from "../define.js";
import type { Outline, OutlineFile } from "../../facts/types.js";
import { isCredentialPath, isNumericCredentialPath } from "../credential-keys.js";
import { perValue } from "../memo.js";
import { type EvidenceKey, ev, fail, req } from "../result.js";
import type { Check, Evidence } from "../types.js";
import { type Located, cappedPlaces, entries, isSecretsFile, isStandInSecretsFile, passIfWhole } from "./outline.js";

/** What one outline holds: literal credentials, placeholders where credentials go, stand-in secrets files. */
interface Findings {
  readonly literal: readonly Located[];
  /** Placeholder-looking values under credential keys (`password: "********"`): never counted. */
  readonly masked: readonly Located[];
  /** Unreachable `*secret*.yaml` files (not `secrets.yaml`) with their number of literal values. */
  readonly standIns: readonly { readonly file: OutlineFile; readonly literals: number }[];
}

/**
 * A credential-named key (see credential-keys.ts) holding an untagged, non-empty,
 * non-template literal, or the literal default of `!env_var NAME default`. A bare number
 * counts only for password/PIN/code keys. Strings with an `Authorization` scheme prefix
 * are left to secrets-literal-auth-header.
 */
export function isLiteralCredential(loc: Located): boolean | "placeholder" {
  const { entry } = loc;
  const literal = entry.tag === null || entry.tag === "!env_var";
  if (!literal) return false;
  if (entry.type === "str") {
    const f = entry.features;
    if (f === undefined || f.length === 0 || f.template || f.auth_prefix !== null) return false;
    if (!isCredentialPath(loc.path)) return false;
    return f.placeholder === true ? "placeholder" : true;
  }
  return entry.tag === null && entry.type === "int" && isNumericCredentialPath(loc.path);
}

/** Memoised per outline (a pure function of it). */
export const credentialFindings = perValue((outline: Outline): Findings => {
  const literal: Located[] = [];
  const masked: Located[] = [];
  const standIn = new Map<OutlineFile, number>();
  for (const loc of entries(outline)) {
    if (isSecretsFile(loc.file)) continue;
    if (isStandInSecretsFile(loc.file)) {
      // Its keys are secret names (`mqtt_password:`), not config keys: count its literal values.
      const { entry } = loc;
      const value = entry.tag === null && (entry.type === "str" || entry.type === "int" || entry.type === "float");
      const real = value && entry.features?.placeholder !== true && entry.features?.length !== 0;
      standIn.set(loc.file, (standIn.get(loc.file) ?? 0) + (real ? 1 : 0));
      continue;
    }
    const verdict = isLiteralCredential(loc);
    if (verdict === "placeholder") masked.push(loc);
    else if (verdict) literal.push(loc);
  }
  const standIns = [...standIn].map(([file, literals]) => ({ file, literals }));
  return { literal, masked, standIns };
});

export const secretsPlaintextCredential: Check = defineCheck({
  id: "secrets-plaintext-credential",
  category: "secrets",
  severity: "critical",
  learnMoreUrl: "https://www.home-assistant.io/docs/configuration/secrets/",
  needs: ["outline"],
  evaluate(facts) {
    const outline = req(facts.outline);
    const { literal, masked, standIns } = credentialFindings(outline);
    const what = (loc: Located): EvidenceKey =>
      loc.entry.type === "int" ? "secrets-plaintext-credential.numeric" : loc.entry.tag === "!env_var" ? "secrets-plaintext-credential.env_default" : "secrets-plaintext-credential.literal";
    // A secrets file under another name is one finding about the file, not one per entry.
    const files: Evidence[] = standIns
      .filter((s) => s.literals > 0)
      .map((s) => ev("secrets-plaintext-credential.stand_in", { count: s.literals }, s.file.path));
    const found = literal.length + files.length;
    // Placeholders are never counted: they are named so the owner sees why they pass.
    const notes = masked.length === 0 ? [] : cappedPlaces(masked, () => "secrets-plaintext-credential.placeholder", 5);
    if (found === 0) return passIfWhole(outline, ...notes);
    const more = masked.length === 0 ? [] : [ev("secrets-plaintext-credential.placeholders", { count: masked.length })];
    return fail([...files, ...cappedPlaces(literal, what), ...more], { placeholders: { count: String(found) } });
  },
});
