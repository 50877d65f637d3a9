/**
 * Documents for the fast-path differential test: a seeded generator of block YAML that
 * stays mostly inside the fast path's subset and deliberately steps just outside it
 * (every construct that must fall back), plus a character-level mutator.
 */

/** mulberry32: small, fast, deterministic. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)] as T;
}

const KEYS: readonly string[] = [
  "platform", "name", "password", "token", "api_key", "type", "url", "command", "username", "trusted_proxies",
  "mode", "server_port", "headers", "Authorization", "value_template", "code", "pin", "sensor", "http", "packages",
  "on", "off", "yes", "1", "0x1F", "~", "null", "<<", "a b", "a:b", "a#b", "key.with.dots", "Küche", "clé", "😀",
  "\"quoted\"", "'single'", "'it''s'", "\"\"", "''", "\"a: b\"", "\"es\\\"c\"", "-dash", "?q", ":c", "a  b", "a{b}", "a[0]",
  "x,y", "%p", "@at", "`bt`", "!tagged", "&anc", "*ali", "a ", "k".repeat(1001), "k".repeat(998),
];

const VALUES: readonly string[] = [
  "rest", "template", "0", "1", "-5", "+7", "0b101", "0o17", "017", "09", "0x1F", "0x_", "1_000", "1:30", "190:20:30", "1.5",
  "-.5", ".5", "1.", "1e3", "1.0e+3", "6.8523015e+5", ".inf", "-.Inf", ".NaN", "1:30.5", "0.00001", "9007199254740993",
  "yes", "No", "TRUE", "off", "y", "n", "~", "null", "Null", "NULL", "2024-01-31", "=", "<<", "'0'", "\"1\"",
  "http://192.168.1.1/api?id=1", "http://user:CANARY@host/", "https://x/api?key=abc", "Bearer abcdefghijk", "Basic QWxhZGRpbjpvcGVu",
  "curl -u admin:pw http://x", "mysql -u root -psecret db", "sshpass -p pw ssh x", "a #comment", "a# b", "a #", "a  b  ", "a: b", "a:", "a:b",
  "- x", "-", "--x", "- ", "%x", "@x", "`x`", "x,y", "[a, b]", "{a: 1}", "a{b}", "a[b]", "{{ states('x') }}", "{% if x %}y{% endif %}",
  "\"{{ value_json.state | float(0) * 3 }}\"", "\"a\"", "'b'", "'it''s'", "\"\"", "''", "\"a\\nb\"", "\"a\\\"b\"", "\"unterminated", "'unterminated",
  "\"a\" # c", "\"a\"#c", "\"a\" b", "'a' 'b'", "\"a #b\"", "'a: b'", "\"Küche 😀\"", "Küche", "a\u00a0b", "\u00a0", "x\u2003y", "é",
  "!secret rest_password", "!secret", "!secret \"q\"", "!secret 'q'", "!include other.yaml", "!include_dir_named packages",
  "!include_dir_merge_list sensors", "!include_dir_list lists", "!include_dir_merge_named named", "!env_var HOME", "!input x",
  "!!str 1", "!!int 3", "!custom x", "! 1", "!secret a b", "!secret a #c", "!secret  x", "!secretx y", "!include",
  "&a 1", "*a", "&a", "|", "|-\n  text", ">\n  folded", "? x", ": x", "?x", ":x", "a ? b", "a - b", "a\\b", "C:\\dir",
  "0.0", "-0", "+0", "0_0", "1__2", "12:60", "1:2:3", "-1:30", "01:30", ".1e5", "3.", "3.e-2", "6e-5",
];

const COMMENTS: readonly string[] = ["", "", "", " # comment", "  #c", " #", " # CANARY: value"];

export interface GenOptions {
  /** 0..1: how often a line steps outside the subset. */
  readonly wild: number;
}

/** One block-YAML document. */
export function generate(r: () => number, opts: GenOptions = { wild: 0.15 }): string {
  const lines: string[] = [];
  const n = 1 + Math.floor(r() * 18);
  // Open block levels: their indent and kind.
  const levels: { indent: number; kind: "map" | "seq" }[] = [];
  let rootKind: "map" | "seq" = r() < 0.8 ? "map" : "seq";
  levels.push({ indent: r() < 0.95 ? 0 : 2, kind: rootKind });
  // The first keys and values are inside the fast path's subset; the rest mostly are not.
  const key = (): string => (r() < 1 - opts.wild ? pick(r, KEYS.slice(0, 20)) : pick(r, KEYS));
  const value = (): string => (r() < 1 - opts.wild ? pick(r, VALUES.slice(0, 57)) : pick(r, VALUES));
  const comment = (): string => pick(r, COMMENTS);
  for (let i = 0; i < n; i++) {
    const top = levels[levels.length - 1] ?? { indent: 0, kind: rootKind };
    const pad = " ".repeat(top.indent);
    const roll = r();
    if (roll < 0.06) {
      lines.push(r() < 0.5 ? "" : `${" ".repeat(Math.floor(r() * 8))}#${pick(r, ["", " note", " key: value", "-"])}`);
      continue;
    }
    if (roll < 0.1 && r() < opts.wild * 2) {
      lines.push(pick(r, ["---", "...", "%YAML 1.1", "--- x", "  - - x", "\tx: 1", "x:\t1", "[a]", "{a: 1}", "? a", ": b", "- &x a", "- *x", "<<: *x", "  continued", "plain scalar", "\"root\""]));
      continue;
    }
    const prefix = top.kind === "seq" ? `${pad}-${r() < 0.9 ? " " : "   "}` : pad;
    if (top.kind === "seq" && r() < 0.35) {
      // `- value` or `-` (nested block follows)
      if (r() < 0.75) {
        lines.push(`${pad}- ${value()}${comment()}`);
      } else {
        lines.push(`${pad}-${comment()}`);
        const step = pick(r, [2, 2, 2, 4, 1, 0]);
        levels.push({ indent: top.indent + step, kind: r() < 0.6 ? "map" : "seq" });
      }
      continue;
    }
    const keyCol = top.kind === "seq" ? prefix.length : top.indent;
    if (r() < 0.28 && levels.length < 10) {
      lines.push(`${prefix}${key()}:${comment()}`);
      const indentless = r() < 0.2;
      const step = indentless ? 0 : pick(r, [2, 2, 2, 4, 1, 3]);
      if (top.kind === "seq") levels.push({ indent: keyCol, kind: "map" });
      levels.push({ indent: keyCol + step, kind: indentless || r() < 0.3 ? "seq" : "map" });
    } else {
      lines.push(`${prefix}${key()}: ${value()}${comment()}`);
      if (top.kind === "seq" && r() < 0.7) levels.push({ indent: keyCol, kind: "map" });
      // Close some levels (dedent), sometimes to a column no level has.
      if (r() < 0.3 && levels.length > 1) levels.splice(levels.length - 1 - Math.floor(r() * Math.min(2, levels.length - 1)));
      if (r() < opts.wild * 0.2) levels.push({ indent: Math.max(0, top.indent - 1), kind: "map" });
    }
    if (levels.length === 0) {
      rootKind = "map";
      levels.push({ indent: 0, kind: "map" });
    }
  }
  const body = lines.join("\n");
  return r() < 0.9 ? `${body}\n` : body;
}

const NOISE: readonly string[] = [
  "\t", "\r", "\r\n", "\x85", "\u2028", "\ufeff", "\x7f", ":", ": ", "- ", "? ", "&", "*", "!", "|", ">", "'", '"', "{", "}", "[", "]",
  "#", " #", "%", "@", "`", "---\n", "...\n", "\\", "😀", "é", " ", "  ", "\n", "\n  ", "\n- ", ",", "<<: *a\n", "*a", "!!int ",
  "!include x.yaml", "!secret ", "\u00a0", "-", "0x", ".", "_",
];

/** Insert, delete or duplicate characters. */
export function mutate(r: () => number, text: string): string {
  let out = text;
  const edits = 1 + Math.floor(r() * 3);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(r() * (out.length + 1));
    const op = r();
    if (op < 0.6) out = out.slice(0, at) + pick(r, NOISE) + out.slice(at);
    else if (op < 0.8) out = out.slice(0, at) + out.slice(at + 1 + Math.floor(r() * 3));
    else out = out.slice(0, at) + out.slice(at, at + 8) + out.slice(at);
  }
  return out;
}
