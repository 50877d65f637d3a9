/**
 * Shared helpers of the accounts checks. Groupings several checks repeat (names by user
 * id, tokens by user, parsed token dates) are memoised per fact value (see ../memo.ts).
 */
import type { AccountInfo, Facts, RefreshTokenType, UserInfo } from "../../facts/types.js";
import type { MessageParam } from "../../i18n/message.js";
import { perValue } from "../memo.js";
import { andMore, ev, msg } from "../result.js";
import type { Evidence } from "../types.js";

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

/** How a user is named in evidence: display name, else user name (quoted), else "an unnamed user". */
export function displayName(u: Pick<AccountInfo, "name" | "username">): MessageParam {
  const n = u.name?.trim() || u.username?.trim();
  return n ? `"${n}"` : msg("common.unnamed_user");
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

const namesOf = perValue((list: readonly (AccountInfo | UserInfo)[]): ReadonlyMap<string, MessageParam> => {
  const map = new Map<string, MessageParam>();
  for (const u of list) map.set(u.id, displayName(u));
  return map;
});
const NO_NAMES: ReadonlyMap<string, MessageParam> = new Map();

/** user id → display name, from whatever user list is available. */
export function nameIndex(f: Facts): (userId: string) => MessageParam | null {
  const list = people(f);
  const map = list ? namesOf(list) : NO_NAMES;
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

/** "Only your own tokens were visible; install the integration to check every user's." */
export function ownOnlyNote(): Evidence {
  return ev("common.own_tokens_only");
}

/** A token with its last use parsed once (milliseconds since the epoch; null when absent or unparsable). */
export interface UsedToken<T extends TokenView = TokenView> {
  readonly token: T;
  readonly lastUsedMs: number | null;
}

/** A long-lived token, with its creation date parsed too. */
export interface DatedToken<T extends TokenView = TokenView> extends UsedToken<T> {
  readonly createdMs: number | null;
}

/** One token list, grouped the ways the checks read it. */
export interface TokenIndex<T extends TokenView = TokenView> {
  /** Long-lived access tokens, in list order. */
  readonly longLived: readonly DatedToken<T>[];
  /** Tokens of each user id, in list order. */
  readonly byUser: ReadonlyMap<string | null, readonly UsedToken<T>[]>;
}

function parseMs(iso: string | null): number | null {
  if (iso === null) return null;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : t;
}

// Date.parse is the cost here (a few hundred ns each): creation dates are parsed only
// for the long-lived tokens, the only ones whose age a check reads.
const buildTokenIndex = perValue((tokens: readonly TokenView[]): TokenIndex => {
  const lltas: DatedToken[] = [];
  const byUser = new Map<string | null, UsedToken[]>();
  for (const token of tokens) {
    const used: UsedToken = { token, lastUsedMs: parseMs(token.last_used_at) };
    if (token.type === "long_lived_access_token") lltas.push({ token, lastUsedMs: used.lastUsedMs, createdMs: parseMs(token.created_at) });
    const mine = byUser.get(token.user_id);
    if (mine) mine.push(used);
    else byUser.set(token.user_id, [used]);
  }
  return { longLived: lltas, byUser };
});

/** The index of a token list, memoised per list object (the list is an immutable fact). Read-only. */
export function tokenIndex<T extends TokenView>(tokens: readonly T[]): TokenIndex<T> {
  return buildTokenIndex(tokens) as TokenIndex<T>;
}

const NO_TOKENS: readonly never[] = [];

/** The tokens of one user, in list order. */
export function tokensOf<T extends TokenView>(tokens: readonly T[], userId: string): readonly UsedToken<T>[] {
  return tokenIndex(tokens).byUser.get(userId) ?? NO_TOKENS;
}

/** Whole days between a parsed date (`UsedToken`, `DatedToken`) and now; null when there is none. */
export function daysSince(ms: number | null, now: Date): number | null {
  return ms === null ? null : Math.floor((now.getTime() - ms) / DAY_MS);
}

/** `Token "Node-RED" of "Alice"` — names only (client names are labels the user chose). */
export function tokenLabel(t: TokenView, nameOf: (id: string) => MessageParam | null): MessageParam {
  const name = t.client_name?.trim();
  const owner = t.user_id === null ? null : nameOf(t.user_id);
  if (name) return owner !== null ? msg("common.token_of", { token: `"${name}"`, owner }) : msg("common.token", { token: `"${name}"` });
  return owner !== null ? msg("common.unnamed_token_of", { owner }) : msg("common.unnamed_token");
}

/** At most `max` evidence lines, then "… and N more". */
export function capped<T>(items: readonly T[], max: number, toEvidence: (x: T) => Evidence): Evidence[] {
  const lines = items.slice(0, max).map(toEvidence);
  if (items.length > max) lines.push(andMore(items.length - max));
  return lines;
}

/** "1 of 3" credit: fraction good, for partial credit. */
export function fraction(good: number, total: number): number {
  return total === 0 ? 1 : good / total;
}
