/**
 * A `secrets.yaml` template for publishing: the same top-level keys, every value
 * replaced by a placeholder. Comments are dropped (they often hold old values).
 */
import { isMap, isScalar, parseDocument } from "yaml";

export const SECRET_PLACEHOLDER = "<redacted>";

const HEADER = `# Template of secrets.yaml written by ha-security-scorecard scrub: the keys of the
# original with every value replaced. Fill in your own values; never publish them.
`;

/** The template, and how many keys it has. A file that does not parse gives no keys. */
export function secretsTemplate(text: string): { text: string; keys: number; parsed: boolean } {
  let keys: string[] = [];
  let parsed = true;
  try {
    const doc = parseDocument(text.replace(/^\ufeff/, ""), { version: "1.1", schema: "failsafe", uniqueKeys: false });
    if (doc.errors.length > 0) parsed = false;
    else if (isMap(doc.contents)) {
      for (const pair of doc.contents.items) {
        if (isScalar(pair.key) && typeof pair.key.value === "string" && !keys.includes(pair.key.value)) keys.push(pair.key.value);
      }
    }
  } catch {
    parsed = false;
  }
  if (!parsed) keys = [];
  const body = keys.map((k) => `${yamlKey(k)}: "${SECRET_PLACEHOLDER}"`).join("\n");
  const note = parsed ? "" : "# The original could not be read as YAML, so no keys are listed.\n";
  return { text: `${HEADER}${note}${body}${body ? "\n" : ""}`, keys: keys.length, parsed };
}

const YAML11_WORDS = /^(?:y|n|yes|no|true|false|on|off|null)$/i;

/** A key as plain YAML when it is a simple name (not a YAML 1.1 bool/null word), else double-quoted. */
function yamlKey(k: string): string {
  return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(k) && !YAML11_WORDS.test(k) ? k : JSON.stringify(k);
}
