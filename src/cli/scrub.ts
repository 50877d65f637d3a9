/**
 * `scrub SRC DEST [--terms FILE]`: write a copy of a config folder that is ready to
 * publish. Prints what it changed as files and counts — never a value, never a term
 * (terms are personal data: "term #3: 4 replacements").
 */
import { parseArgs } from "node:util";
import { ScrubRefused, scrubFolder, type ScrubSummary } from "../scrub/copy.js";
import { TermsError, parseTerms, type Term } from "../scrub/terms.js";
import type { Closable, CliDeps } from "./deps.js";
import { CliError, EXIT } from "./errors.js";

export const SCRUB_USAGE = `Usage: ha-security-scorecard scrub SRC DEST [--terms FILE]

Write a copy of the Home Assistant config folder SRC into DEST, ready to publish:
  - every secrets.yaml becomes a template with the same keys and "<redacted>" values
    (comments are dropped);
  - every term listed in --terms FILE is replaced, ignoring case, in every text file and
    in file names (binary files are copied unchanged);
  - .storage/, .cloud/, .git/, deps/, tts/, __pycache__/, ip_bans.yaml, *.db, *.log and
    SQLite files are left out; symlinks pointing outside SRC are left out, none is followed.
DEST must not exist or be empty, and neither folder may contain the other.

Options:
  --terms FILE   Personal words to replace, one per line: "Jane Doe = Resident", or just
                 "Elm Street" (replaced by <TERM_N>, N its number in the file). Blank lines
                 and lines starting with # are skipped; the first "=" splits term and placeholder
  -h, --help     Show this help

The summary lists files and counts, never the values or the terms. Run lint-config on
DEST afterwards. Exit codes: 0 written, 2 refused or failed.
`;

const OPTIONS = {
  terms: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

export async function runScrub<C extends Closable>(argv: readonly string[], deps: CliDeps<C>): Promise<number> {
  const { values, positionals } = parseArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: true });
  if (values.help) {
    deps.stdout.write(SCRUB_USAGE);
    return EXIT.ok;
  }
  if (positionals.length !== 2) throw new CliError("scrub needs SRC and DEST; see --help");
  const [src, dest] = positionals as [string, string];
  let terms: Term[] = [];
  if (values.terms !== undefined) {
    let text: string;
    try {
      text = await deps.readFile(values.terms);
    } catch (err) {
      const code = (err as { code?: unknown }).code;
      throw new CliError(`cannot read --terms ${values.terms}${typeof code === "string" ? ` (${code})` : ""}`);
    }
    try {
      terms = parseTerms(text);
    } catch (err) {
      // TermsError messages name the term's number only.
      throw new CliError(`--terms ${values.terms}: ${err instanceof TermsError ? err.message : "invalid"}`);
    }
  }
  let summary: ScrubSummary;
  try {
    summary = await scrubFolder(src, dest, terms);
  } catch (err) {
    if (err instanceof ScrubRefused) throw new CliError(`refusing to scrub: ${err.message}`);
    const code = (err as { code?: unknown }).code;
    throw new CliError(`scrub failed${typeof code === "string" ? ` (${code})` : ""}; DEST may be incomplete`);
  }
  deps.stdout.write(formatSummary(summary, terms.length, dest));
  return EXIT.ok;
}

export function formatSummary(s: ScrubSummary, termCount: number, dest: string): string {
  const lines = [`Wrote ${s.copiedFiles} file(s) to ${dest}.`];
  for (const t of s.secretsTemplates) {
    lines.push(`  ${t.path}: replaced by a template with ${t.keys} key(s)${t.parsed ? "" : " (the original is not valid YAML: no keys kept)"}`);
  }
  for (const f of s.changedFiles) lines.push(`  ${f.path}: ${f.replacements} replacement(s)`);
  if (termCount > 0) {
    lines.push("Terms:");
    for (let i = 1; i <= termCount; i++) {
      const n = s.termCounts.get(i) ?? 0;
      lines.push(`  term #${i}: ${n} replacement(s)${n === 0 ? " (not found)" : ""}`);
    }
  }
  if (s.binaryFiles > 0) lines.push(`${s.binaryFiles} binary file(s) copied unchanged (terms are not replaced inside them; check images and archives yourself).`);
  if (s.skipped.length > 0) {
    lines.push("Left out:");
    for (const k of s.skipped) lines.push(`  ${k.path} (${k.why})`);
  }
  return `${lines.join("\n")}\n`;
}
