/**
 * Value-shape features of an untagged string (vectors README "Features"), the same
 * ASCII-only regexes as outline.py. The `u` flag makes a negated class match one code
 * point, as Python's `re` does on str (without it `{8,}` would count UTF-16 units).
 * Lengths and the entropy window count code points, as Python's `len` does.
 */
import type { StringFeatures } from "../facts/types.js";

const RE_URL = /^[a-z][a-z0-9+.-]*:\/\//u;
const RE_URL_CREDENTIALS = /(?:^|[^a-z0-9+.-])[a-z][a-z0-9+.-]*:\/\/[^/?#@ \t\n\r\f\v:]*:[^/?#@ \t\n\r\f\v{}]+@/u;

export const CREDENTIAL_QUERY_NAMES: readonly string[] = [
  "api_key", "apikey", "key", "token", "access_token", "auth", "password", "pass",
  "pwd", "secret", "sig", "signature", "client_secret",
];
const RE_URL_CREDENTIAL_QUERY = new RegExp(
  `[a-z][a-z0-9+.-]*://[^ \\t\\n\\r\\f\\v#]*[?&](?:${CREDENTIAL_QUERY_NAMES.join("|")})=[^&# \\t\\n\\r\\f\\v{}]`,
  "u",
);
const RE_AUTH_PREFIX = /^(bearer|basic)[ \t\n\r\f\v]+[^ \t\n\r\f\v{}]{8,}/u;
/** On the original string: case matters (mysql -P is a port). */
const RE_COMMAND_CASED: readonly RegExp[] = [
  /(?:^|[ \t'"])-[uU][ \t]*['"]?[^ \t\n\r\f\v'":{}-][^ \t\n\r\f\v'":{}]*:[^ \t\n\r\f\v'"{}]+/u,
  /(?:^|[ \t'"])--(?:user|proxy-user)(?:[ \t]+|=)['"]?[^ \t\n\r\f\v'":{}]*:[^ \t\n\r\f\v'"{}]+/u,
  /(?:^|[ \t'"])--(?:password|passwd|http-password|ftp-password)(?:[ \t]+|=)['"]?[^ \t\n\r\f\v'"{}-]/u,
  /(?:^|[ \t/])(?:mysql|mysqldump|mysqladmin|mariadb|mariadb-dump)[ \t](?:[^\n]{0,256}[ \t])?-p[^ \t\n\r\f\v'"{}]/u,
];
/** On the ASCII-lowercased string. */
const RE_COMMAND_LOWER: readonly RegExp[] = [
  /(?:^|[ \t/])sshpass[ \t]+-p[ \t]*['"]?[^ \t\n\r\f\v'"{}-]/u,
  /(?:-h|--header)(?:[ \t]+|=)?['"]?authorization:[ \t]*(?:(?:bearer|basic)[ \t]+[^ \t\n\r\f\v'"{}]|(?!bearer|basic)[^ \t\n\r\f\v'"{}])/u,
];
const RE_WHITESPACE = /[ \t\n\r\f\v]/;
/**
 * Obvious placeholders (README "placeholder"), on the ASCII-lowercased string: a whole
 * value of mask characters, `<…>`/`[…]`, or a bare word; or a tell-tale part anywhere.
 */
const RE_PLACEHOLDER_WHOLE =
  /^(?:[*x#._-]{3,}|<[^<>]+>|\[[^[\]]+\]|password|passwd|pass|pwd|secret|token|api_?key|key|changeme|redacted|placeholder|example|sample|dummy|none|null|todo|tbd)$/u;
const RE_PLACEHOLDER_PART =
  /^(?:example|sample|dummy|fake)|redacted|placeholder|change_?me|your[ _-]?(?:password|pass|token|key|api[ _-]?key|secret)|<your|insert[ _-]|abcdefgh|xxxx|\*\*\*\*/u;
const PLACEHOLDER_ENDINGS: readonly string[] = ["_here", "-here", " here"];
/** A URL query value (`=value`) and a userinfo password (`://user:password@`), to blank placeholders in. */
const RE_QUERY_VALUE = /=([^&# \t\n\r\f\v]+)/gu;
const RE_USERINFO_PASSWORD = /(:\/\/[^/?#@ \t\n\r\f\v:]*:)([^/?#@ \t\n\r\f\v]+)@/gu;

/** Whether an ASCII-lowercased string is an obvious placeholder (`********`, `<your token>`, `REDACTED`, `changeme`). */
export function isPlaceholder(lower: string): boolean {
  return RE_PLACEHOLDER_WHOLE.test(lower) || RE_PLACEHOLDER_PART.test(lower) || PLACEHOLDER_ENDINGS.some((e) => lower.endsWith(e));
}

/** URL query values and userinfo passwords that are placeholders, removed: `?password=REDACTED` holds no credential. */
function withoutPlaceholders(lower: string): string {
  return lower
    .replace(RE_QUERY_VALUE, (m: string, v: string) => (isPlaceholder(v) ? "=" : m))
    .replace(RE_USERINFO_PASSWORD, (m: string, head: string, pw: string) => (isPlaceholder(pw) ? `${head}@` : m));
}
/** ESPHome substitutions (`${wifi_password}`, or a whole value `$wifi_password`): references, like templates. */
const RE_SUBSTITUTION = /\$\{[A-Za-z_][A-Za-z0-9_]*\}/;
const RE_WHOLE_SUBSTITUTION = /^\$[A-Za-z_][A-Za-z0-9_]*$/;

/** Jinja (`{{`, `{%`) or an ESPHome substitution (outline.py `_is_template`). */
export function isTemplate(text: string): boolean {
  if (text.includes("{{") || text.includes("{%")) return true;
  if (!text.includes("$")) return false;
  return RE_SUBSTITUTION.test(text) || RE_WHOLE_SUBSTITUTION.test(text);
}
const ENTROPY_WINDOW = 256;

/** Python's `str.translate` of A-Z only (not Unicode lowercasing). */
export function asciiLower(text: string): string {
  return text.replace(/[A-Z]+/g, (s) => s.toLowerCase());
}

/** Length in code points (Python `len`). */
export function codePointLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** Code-point counts of the entropy window: ASCII in a reused table, the rest in a Map. */
const ASCII_COUNTS = new Int32Array(128);

/**
 * Shannon entropy class over the first 256 code points, decided exactly with integers:
 * H < T  <=>  n^n < 2^(T*n) * prod(c^c) over the character counts c.
 */
export function entropyClass(text: string): "low" | "medium" | "high" {
  if (codePointLength(text) < 8) return "low";
  // Distinct code points in first-seen order: the float sum below adds in this order.
  const order: number[] = [];
  let wide: Map<number, number> | null = null;
  let n = 0;
  for (let i = 0; i < text.length && n < ENTROPY_WINDOW; i++, n++) {
    let c = text.charCodeAt(i);
    if (c < 128) {
      if (ASCII_COUNTS[c] === 0) order.push(c);
      (ASCII_COUNTS[c] as number)++;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    wide ??= new Map();
    const seen = wide.get(c);
    if (seen === undefined) order.push(c);
    wide.set(c, (seen ?? 0) + 1);
  }
  const counts: number[] = [];
  for (const c of order) {
    if (c < 128) {
      counts.push(ASCII_COUNTS[c] as number);
      ASCII_COUNTS[c] = 0;
    } else counts.push((wide as Map<number, number>).get(c) as number);
  }
  // Floating point decides unless H is within 1e-9 of a threshold; then big integers do.
  let sum = 0;
  for (const c of counts) sum += c * Math.log2(c);
  const h = Math.log2(n) - sum / n;
  if (entropyBelow(h, 3, counts, n)) return "low";
  if (entropyBelow(h, 4, counts, n)) return "medium";
  return "high";
}

function entropyBelow(h: number, t: number, counts: readonly number[], n: number): boolean {
  if (h < t - 1e-9) return true;
  if (h > t + 1e-9) return false;
  let prod = 1n;
  for (const c of counts) prod *= BigInt(c) ** BigInt(c);
  const bn = BigInt(n);
  return bn ** bn < (1n << (BigInt(t) * bn)) * prod;
}

const RE_UPPER = /[A-Z]/;

/**
 * The features of one string. Each costly pattern is tried only when a substring it
 * cannot match without is present ("://", "-", a leading b/B), so the answer is the
 * patterns' answer.
 */
export function stringFeatures(text: string): StringFeatures {
  const lower = RE_UPPER.test(text) ? asciiLower(text) : text;
  const hasScheme = text.includes("://");
  const first = text.charCodeAt(0);
  const auth = first === 0x62 || first === 0x42 ? RE_AUTH_PREFIX.exec(lower) : null;
  // Every command pattern needs a "-" (`-u`, `--user`, `-p`, `-H`/`--header`).
  const command = text.includes("-") && (RE_COMMAND_CASED.some((r) => r.test(text)) || RE_COMMAND_LOWER.some((r) => r.test(lower)));
  const urlText = hasScheme ? withoutPlaceholders(lower) : lower;
  const features: StringFeatures = {
    length: codePointLength(text),
    template: isTemplate(text),
    url: hasScheme && RE_URL.test(lower),
    url_credentials: hasScheme && RE_URL_CREDENTIALS.test(urlText),
    url_credential_query: hasScheme && RE_URL_CREDENTIAL_QUERY.test(urlText),
    auth_prefix: auth ? (auth[1] as "bearer" | "basic") : null,
    command_credentials: command,
    entropy: entropyClass(text),
    multiline: text.includes("\n"),
    whitespace: RE_WHITESPACE.test(text),
  };
  // Present only when true, so the outline of a config without placeholders is unchanged.
  return isPlaceholder(lower) ? { ...features, placeholder: true } : features;
}

export function hasCredential(f: StringFeatures): boolean {
  return f.url_credentials || f.url_credential_query || f.auth_prefix !== null || f.command_credentials;
}
