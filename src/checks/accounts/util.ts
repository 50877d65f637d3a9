/** Shared helpers of the accounts checks. */
import type { AccountInfo, Facts, RefreshTokenType, UserInfo } from "../../facts/types.js";

export const DAY_MS = 86_400_000;

/** Days a token or account may go unused before we call it stale. */
export const STALE_DAYS = 90;

/** The docs pages the accounts checks link to. */
export const DOCS = {
  auth: "https://www.home-assistant.io/docs/authentication/",
  mfa: "https://www.home-assistant.io/docs/authentication/multi-factor-auth/",
  providers: "https://www.home-assistant.io/docs/authentication/providers/",
} as const;

/** A user as both `accounts` (backend) and `users` (core) describe one. */
export type Person = Pick<AccountInfo, "id" | "name" | "username" | "is_owner" | "is_admin" | "is_active" | "local_only" | "system_generated">;

/** How a user is named in evidence: display name, else user name. */
export function displayName(u: Pick<AccountInfo, "name" | "username">): string {
  const n = u.name?.trim() || u.username?.trim();
  return n ? `"${n}"` : "an unnamed user";
}

/** Active accounts of people (not the Supervisor, Cloud or other system-generated users). */
export function humans<T extends Person>(users: readonly T[]): T[] {
  return users.filter((u) => u.is_active && !u.system_generated);
}

/** Backend accounts when available, else the core `config/auth/list`. */
export function people(f: Facts): readonly (AccountInfo | UserInfo)[] | undefined {
  if (f.accounts.ok) return f.accounts.value;
  if (f.users.ok) return f.users.value;
  return undefined;
}

/** user id → display name, from whatever user list is available. */
export function nameIndex(f: Facts): (userId: string) => string | null {
  const list = people(f);
  const map = new Map<string, string>();
  for (const u of list ?? []) map.set(u.id, displayName(u));
  return (id) => map.get(id) ?? null;
}

/** The token shape the token checks read: `tokens` (every user) or `own_tokens` (the caller's). */
export interface TokenView {
  readonly user_id: string | null;
  readonly type: RefreshTokenType;
  readonly client_name: string | null;
  readonly created_at: string;
  readonly last_used_at: string | null;
  readonly last_used_ip: string | null;
}

export interface TokenSource {
  readonly tokens: readonly TokenView[];
  /** True when only the caller's own tokens could be seen. */
  readonly ownOnly: boolean;
}

export function tokenSource(f: Facts): TokenSource | undefined {
  if (f.tokens.ok) return { tokens: f.tokens.value, ownOnly: false };
  if (f.own_tokens.ok) {
    const me = f.current_user.ok ? f.current_user.value.id : null;
    return { tokens: f.own_tokens.value.map((t) => ({ ...t, user_id: me })), ownOnly: true };
  }
  return undefined;
}

export const OWN_ONLY_NOTE = "Only your own tokens were visible; install the Security Scorecard integration to check every user's.";

/** Long-lived access tokens only. */
export function longLived(tokens: readonly TokenView[]): TokenView[] {
  return tokens.filter((t) => t.type === "long_lived_access_token");
}

/** Whole days between an ISO date and now; null when the date does not parse. */
export function ageDays(iso: string | null, now: Date): number | null {
  if (iso === null) return null;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : Math.floor((now.getTime() - t) / DAY_MS);
}

/** `Token "Node-RED" of "Alice"` — names only (client names are labels the user chose). */
export function tokenLabel(t: TokenView, nameOf: (id: string) => string | null): string {
  const label = t.client_name?.trim() ? `Token "${t.client_name.trim()}"` : "An unnamed token";
  const owner = t.user_id === null ? null : nameOf(t.user_id);
  return owner ? `${label} of ${owner}` : label;
}

/** At most `max` evidence lines, then "… and N more". */
export function capped<T>(items: readonly T[], max: number, toText: (x: T) => string): string[] {
  const lines = items.slice(0, max).map(toText);
  if (items.length > max) lines.push(`… and ${items.length - max} more`);
  return lines;
}

/** "1 of 3" credit: fraction good, for partial credit. */
export function fraction(good: number, total: number): number {
  return total === 0 ? 1 : good / total;
}
