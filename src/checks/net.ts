/**
 * IP address, CIDR and host-name helpers shared by the checks.
 *
 * Addresses are held as bigint (IPv4 in 32 bits, IPv6 in 128 bits) so one code path
 * handles both families. IPv4-mapped IPv6 addresses (`::ffff:a.b.c.d`) are classified as
 * the IPv4 address they carry, as Home Assistant's util/network.py does.
 */
import type { Message } from "../i18n/message.js";
import { msg } from "./result.js";

import { perString } from "./memo.js";

export type IpVersion = 4 | 6;

export interface IpAddr {
  readonly version: IpVersion;
  readonly value: bigint;
}

export interface Cidr {
  readonly version: IpVersion;
  /** Network address (host bits cleared). */
  readonly network: bigint;
  readonly prefix: number;
}

/**
 * What kind of address space something is in.
 * - loopback: 127.0.0.0/8, ::1
 * - private: RFC 1918 and IPv6 unique local (fc00::/7)
 * - link_local: 169.254.0.0/16, fe80::/10
 * - shared: carrier-grade NAT 100.64.0.0/10 (also used by Tailscale) — not routable on the internet, not "local" for Home Assistant
 * - unspecified: 0.0.0.0, ::
 * - public: everything else
 */
export type IpKind = "loopback" | "private" | "link_local" | "shared" | "unspecified" | "public";

const BITS: Record<IpVersion, number> = { 4: 32, 6: 128 };

/** Parse an IPv4 or IPv6 address (no prefix, no zone id). Null when it is not one. */
export function parseIp(text: string): IpAddr | null {
  const s = text.trim();
  if (s.includes(":")) return parseV6(s);
  const v4 = parseV4(s);
  return v4 === null ? null : { version: 4, value: v4 };
}

function parseV4(s: string): bigint | null {
  const parts = s.split(".");
  if (parts.length !== 4) return null;
  let v = 0n;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p)) return null;
    const n = Number(p);
    if (n > 255) return null;
    v = (v << 8n) | BigInt(n);
  }
  return v;
}

function parseV6(s: string): IpAddr | null {
  if (s.includes("%")) return null;
  let head = s;
  // An embedded IPv4 tail (::ffff:192.0.2.1) stands for the last two groups.
  const lastColon = s.lastIndexOf(":");
  const tail = s.slice(lastColon + 1);
  if (tail.includes(".")) {
    const v4 = parseV4(tail);
    if (v4 === null) return null;
    head = `${s.slice(0, lastColon + 1)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const halves = head.split("::");
  if (halves.length > 2) return null;
  const groups = (part: string): string[] | null => (part === "" ? [] : part.split(":"));
  const left = groups(halves[0] ?? "");
  const right = halves.length === 2 ? groups(halves[1] ?? "") : [];
  if (left === null || right === null) return null;
  const missing = 8 - left.length - right.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null;
  const all = [...left, ...Array<string>(halves.length === 2 ? missing : 0).fill("0"), ...right];
  let v = 0n;
  for (const g of all) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return null;
    v = (v << 16n) | BigInt(parseInt(g, 16));
  }
  return { version: 6, value: v };
}

/**
 * Parse "10.0.0.0/8", "fd00::/8" or a bare address (a single host: /32 or /128), the
 * forms Python's `ip_network` accepts in Home Assistant's config. Host bits set in the
 * address are cleared (Python would refuse them in strict mode; HA uses strict, so
 * such a value never reaches a running instance — we still judge its breadth).
 */
export function parseCidr(text: string): Cidr | null {
  const s = text.trim();
  const slash = s.indexOf("/");
  const addr = parseIp(slash === -1 ? s : s.slice(0, slash));
  if (!addr) return null;
  const bits = BITS[addr.version];
  let prefix = bits;
  if (slash !== -1) {
    const p = s.slice(slash + 1);
    if (!/^\d{1,3}$/.test(p)) return null;
    prefix = Number(p);
    if (prefix > bits) return null;
  }
  return { version: addr.version, network: addr.value & mask(addr.version, prefix), prefix };
}

function mask(version: IpVersion, prefix: number): bigint {
  const bits = BigInt(BITS[version]);
  const all = (1n << bits) - 1n;
  return prefix === 0 ? 0n : all ^ ((1n << (bits - BigInt(prefix))) - 1n);
}

function cidr(text: string): Cidr {
  const c = parseCidr(text);
  if (!c) throw new Error(`bad built-in network ${text}`);
  return c;
}

function contains(outer: Cidr, inner: Cidr): boolean {
  return outer.version === inner.version && inner.prefix >= outer.prefix && (inner.network & mask(outer.version, outer.prefix)) === outer.network;
}

/** True when the two networks share at least one address. */
export function overlaps(a: Cidr, b: Cidr): boolean {
  return contains(a, b) || contains(b, a);
}

/** `::ffff:a.b.c.d` → the IPv4 network it carries; anything else unchanged. */
function unmap(c: Cidr): Cidr {
  if (c.version === 6 && c.prefix >= 96 && c.network >> 32n === 0xffffn) {
    return { version: 4, network: c.network & 0xffffffffn, prefix: c.prefix - 96 };
  }
  return c;
}

const SPECIAL: readonly { readonly net: Cidr; readonly kind: Exclude<IpKind, "public"> }[] = [
  { net: cidr("0.0.0.0/32"), kind: "unspecified" },
  { net: cidr("::/128"), kind: "unspecified" },
  { net: cidr("127.0.0.0/8"), kind: "loopback" },
  { net: cidr("::1/128"), kind: "loopback" },
  { net: cidr("10.0.0.0/8"), kind: "private" },
  { net: cidr("172.16.0.0/12"), kind: "private" },
  { net: cidr("192.168.0.0/16"), kind: "private" },
  { net: cidr("fc00::/7"), kind: "private" },
  { net: cidr("169.254.0.0/16"), kind: "link_local" },
  { net: cidr("fe80::/10"), kind: "link_local" },
  { net: cidr("100.64.0.0/10"), kind: "shared" },
];

/**
 * The kind of address space a whole network lies in. A network that reaches outside
 * every non-public block (e.g. 0.0.0.0/0, 10.0.0.0/7) is "public": it contains
 * internet addresses.
 */
export function cidrKind(network: Cidr): IpKind {
  const n = unmap(network);
  for (const s of SPECIAL) if (contains(s.net, n)) return s.kind;
  return "public";
}

/** The kind of one address. Null when `text` is not an address. Memoised: addresses repeat across tokens. */
export const ipKind: (text: string) => IpKind | null = perString((text) => {
  const a = parseIp(text);
  return a ? cidrKind({ version: a.version, network: a.value, prefix: BITS[a.version] }) : null;
});

/** Unique local addresses outside Home Assistant's fd00::/8: not "local" to it. */
const FC00_8 = cidr("fc00::/8");

/**
 * Home Assistant's own `util.network.is_local`: loopback, RFC 1918 / fd00::/8, or link-local.
 * Used where Home Assistant's decision matters (e.g. what `local_only` users may use):
 * carrier-grade NAT (Tailscale) and fc00::/8 are *not* local to Home Assistant.
 */
export const isHaLocalIp: (text: string) => boolean = perString((text) => {
  const a = parseIp(text);
  if (!a) return false;
  const c = unmap({ version: a.version, network: a.value, prefix: BITS[a.version] });
  if (c.version === 6 && contains(FC00_8, c)) return false;
  const kind = cidrKind(c);
  return kind === "loopback" || kind === "private" || kind === "link_local";
});

/** True for a single address (/32 IPv4, /128 IPv6). */
export function isSingleHost(network: Cidr): boolean {
  return network.prefix === BITS[network.version];
}

/** The widest prefix we accept for a trusted range: /16 for IPv4, /48 for IPv6 (a site). */
export const BROADEST_PREFIX: Readonly<Record<IpVersion, number>> = { 4: 16, 6: 48 };

/** Broader than a /16 (IPv4) or /48 (IPv6). */
export function isBroad(network: Cidr): boolean {
  return network.prefix < BROADEST_PREFIX[network.version];
}

/** Why a network that grants trust is too wide, or null when it is acceptable. */
export type BreadthProblem = "everything" | "public" | "broad";

/**
 * Judge a range that grants trust (trusted_networks, trusted_proxies).
 * `allowPublicHost`: a single public address is acceptable (a known proxy host).
 */
export function trustProblem(range: Cidr, opts: { readonly allowPublicHost?: boolean } = {}): BreadthProblem | null {
  // ::ffff:10.0.0.0/104 is 10.0.0.0/8: judge the IPv4 range it stands for.
  const network = unmap(range);
  if (network.prefix === 0) return "everything";
  if (cidrKind(network) === "public" && !(opts.allowPublicHost === true && isSingleHost(network))) return "public";
  if (isBroad(network)) return "broad";
  return null;
}

/** Human words for a `BreadthProblem`, for evidence. */
export function describeTrustProblem(p: BreadthProblem, network: Cidr): Message {
  switch (p) {
    case "everything":
      return msg("common.trust_everything");
    case "public":
      return msg("common.trust_public");
    case "broad":
      return msg("common.trust_broad", { prefix: BROADEST_PREFIX[unmap(network).version] });
  }
}

/** Host names that only resolve inside a home network. */
const LOCAL_SUFFIXES = [".local", ".lan", ".home", ".internal", ".home.arpa", ".localdomain", ".localhost"];

/**
 * True when a host name or address is local: localhost, a single-label name
 * ("homeassistant"), mDNS/home suffixes (*.local, *.lan, *.home.arpa, …) or an address
 * that is not public (private, loopback, link-local, carrier-grade NAT).
 */
export function isLocalHost(host: string): boolean {
  let h = host.trim().toLowerCase();
  if (h.startsWith("[") && h.endsWith("]")) h = h.slice(1, -1);
  if (h.endsWith(".")) h = h.slice(0, -1);
  if (h === "") return false;
  const kind = ipKind(h);
  if (kind !== null) return kind !== "public";
  if (h === "localhost") return true;
  if (!h.includes(".")) return true;
  return LOCAL_SUFFIXES.some((s) => h.endsWith(s));
}

export interface UrlInfo {
  /** "http" or "https" (lower case, without ":"). */
  readonly scheme: string;
  readonly host: string;
  /** Explicit port, or null when the URL has none. */
  readonly port: number | null;
  /** The port the URL connects to (explicit, or 80/443 by scheme). */
  readonly effectivePort: number | null;
  readonly local: boolean;
}

/** Parse a Home Assistant URL (external_url, internal_url). Null when it is not a URL. */
export function urlInfo(url: string): UrlInfo | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.hostname === "") return null;
  const scheme = u.protocol.replace(/:$/, "").toLowerCase();
  const port = u.port === "" ? null : Number(u.port);
  const byScheme = scheme === "https" ? 443 : scheme === "http" ? 80 : null;
  return { scheme, host: u.hostname, port, effectivePort: port ?? byScheme, local: isLocalHost(u.hostname) };
}

/** Canonical text of a network, for evidence ("10.0.0.0/8", "fd00::/8"). */
export function formatCidr(c: Cidr): string {
  if (c.version === 4) {
    const o = [24n, 16n, 8n, 0n].map((s) => ((c.network >> s) & 0xffn).toString());
    return `${o.join(".")}/${c.prefix}`;
  }
  const groups: string[] = [];
  for (let i = 7; i >= 0; i--) groups.push(((c.network >> BigInt(i * 16)) & 0xffffn).toString(16));
  // Compress the longest run of zero groups (RFC 5952).
  let best = -1;
  let bestLen = 0;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== "0") {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === "0") j++;
    if (j - i > bestLen && j - i > 1) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  const text =
    best === -1 ? groups.join(":") : `${groups.slice(0, best).join(":")}::${groups.slice(best + bestLen).join(":")}`;
  return `${text}/${c.prefix}`;
}
