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

/**
 * Shannon entropy class over the first 256 code points, decided exactly with integers:
 * H < T  <=>  n^n < 2^(T*n) * prod(c^c) over the character counts c.
 */
export function entropyClass(text: string): "low" | "medium" | "high" {
  if (codePointLength(text) < 8) return "low";
  const counts = new Map<string, number>();
  let n = 0;
  for (const ch of text) {
    if (n >= ENTROPY_WINDOW) break;
    counts.set(ch, (counts.get(ch) ?? 0) + 1);
    n++;
  }
  // Floating point decides unless H is within 1e-9 of a threshold; then big integers do.
  let sum = 0;
  for (const c of counts.values()) sum += c * Math.log2(c);
  const h = Math.log2(n) - sum / n;
  const below = (t: number): boolean => {
    if (h < t - 1e-9) return true;
    if (h > t + 1e-9) return false;
    let prod = 1n;
    for (const c of counts.values()) prod *= BigInt(c) ** BigInt(c);
    const bn = BigInt(n);
    return bn ** bn < (1n << (BigInt(t) * bn)) * prod;
  };
  if (below(3)) return "low";
  if (below(4)) return "medium";
  return "high";
}

export function stringFeatures(text: string): StringFeatures {
  const lower = asciiLower(text);
  const auth = RE_AUTH_PREFIX.exec(lower);
  const command = RE_COMMAND_CASED.some((r) => r.test(text)) || RE_COMMAND_LOWER.some((r) => r.test(lower));
  return {
    length: codePointLength(text),
    template: text.includes("{{") || text.includes("{%"),
    url: RE_URL.test(lower),
    url_credentials: RE_URL_CREDENTIALS.test(lower),
    url_credential_query: RE_URL_CREDENTIAL_QUERY.test(lower),
    auth_prefix: auth ? (auth[1] as "bearer" | "basic") : null,
    command_credentials: command,
    entropy: entropyClass(text),
    multiline: text.includes("\n"),
    whitespace: RE_WHITESPACE.test(text),
  };
}

export function hasCredential(f: StringFeatures): boolean {
  return f.url_credentials || f.url_credential_query || f.auth_prefix !== null || f.command_credentials;
}
