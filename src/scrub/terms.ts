/**
 * The terms file of `scrub --terms FILE`: personal words to replace (names, street,
 * town, e-mail, SSID …), one per line:
 *
 *   Jane Doe = Resident        # replaced by "Resident"
 *   Elm Street                 # replaced by "<TERM_2>" (its line number among terms)
 *
 * Blank lines and lines starting with "#" are skipped; the first "=" separates the term
 * from its placeholder. Matching ignores case. Terms are personal data: nothing here
 * ever prints one; errors and summaries say "term #N".
 */

export interface Term {
  /** 1-based number among the terms, for the summary. */
  readonly index: number;
  readonly term: string;
  readonly placeholder: string;
  readonly regex: RegExp;
}

export class TermsError extends Error {}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
}

export function parseTerms(text: string): Term[] {
  const terms: Term[] = [];
  const lines = text.replace(/^\ufeff/, "").split(/\r\n|\n|\r/);
  for (const raw of lines) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const eq = line.indexOf("=");
    const term = (eq === -1 ? line : line.slice(0, eq)).trim();
    const index = terms.length + 1;
    const placeholder = eq === -1 ? `<TERM_${index}>` : line.slice(eq + 1).trim();
    if (term === "") throw new TermsError(`term #${index}: empty term before "="`);
    if (placeholder.toLowerCase().includes(term.toLowerCase())) throw new TermsError(`term #${index}: the placeholder contains the term`);
    terms.push({ index, term, placeholder, regex: new RegExp(escapeRe(term), "giu") });
  }
  return terms;
}

/** Longest terms first, so "Jane Doe" is replaced before "Jane". */
export function replacementOrder(terms: readonly Term[]): Term[] {
  return [...terms].sort((a, b) => b.term.length - a.term.length || a.index - b.index);
}

/** Replace every term in `text`; counts per term index are added to `counts`. */
export function replaceTerms(text: string, ordered: readonly Term[], counts: Map<number, number>): string {
  let out = text;
  for (const t of ordered) {
    let n = 0;
    out = out.replace(t.regex, () => {
      n++;
      return t.placeholder;
    });
    if (n > 0) counts.set(t.index, (counts.get(t.index) ?? 0) + n);
  }
  return out;
}
