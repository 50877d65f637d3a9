/**
 * Accounts and tokens over the core WebSocket API.
 * - `auth/current_user`: homeassistant/components/auth/__init__.py websocket_current_user.
 * - `config/auth/list` (admin): homeassistant/components/config/auth.py _user_info. It has
 *   no is_admin field: admin = member of group "system-admin" (homeassistant/auth/const.py GROUP_ID_ADMIN).
 * - `auth/refresh_tokens`: the caller's own tokens (websocket_refresh_tokens). `expire_at`
 *   is absent on 2024.3.3, a POSIX timestamp (seconds) from 2024.4, an ISO 8601 string on
 *   current releases (both recorded in test/fixtures/ha-<version>/); ExpireAtStruct takes both.
 */
import { array, boolean, enums, nullable, number, optional, refine, string, type, union, type Infer } from "superstruct";
import type { CurrentUser, OwnRefreshToken, UserInfo } from "../../facts/types.js";

export const ADMIN_GROUP = "system-admin";

export const CurrentUserStruct = type({
  id: string(),
  name: nullable(string()),
  is_owner: boolean(),
  is_admin: boolean(),
  credentials: array(type({ auth_provider_type: string(), auth_provider_id: nullable(string()) })),
  mfa_modules: array(type({ id: string(), name: string(), enabled: boolean() })),
});

export function mapCurrentUser(raw: Infer<typeof CurrentUserStruct>): CurrentUser {
  return {
    id: raw.id,
    name: raw.name,
    is_owner: raw.is_owner,
    is_admin: raw.is_admin,
    credentials: raw.credentials.map((c) => ({ auth_provider_type: c.auth_provider_type, auth_provider_id: c.auth_provider_id })),
    mfa_modules: raw.mfa_modules.map((m) => ({ id: m.id, name: m.name, enabled: m.enabled })),
  };
}

/** Only `is_admin`, to decide whether admin-only commands may be sent. */
export const AdminStruct = type({ is_admin: boolean() });

export const UserListStruct = array(
  type({
    id: string(),
    username: nullable(string()),
    name: nullable(string()),
    is_owner: boolean(),
    is_active: boolean(),
    local_only: boolean(),
    system_generated: boolean(),
    group_ids: array(string()),
    credentials: array(type({ type: string() })),
  }),
);

export function mapUsers(raw: Infer<typeof UserListStruct>): readonly UserInfo[] {
  return raw.map((u) => ({
    id: u.id,
    username: u.username,
    name: u.name,
    is_owner: u.is_owner,
    is_active: u.is_active,
    local_only: u.local_only,
    system_generated: u.system_generated,
    group_ids: u.group_ids,
    is_admin: u.group_ids.includes(ADMIN_GROUP),
    credential_types: [...new Set(u.credentials.map((c) => c.type))],
  }));
}

/** An ISO 8601 date-time that Date can read. */
const IsoDateTimeStruct = refine(string(), "iso-datetime", (v) => !Number.isNaN(Date.parse(v)));

/** Seconds since the epoch, or an ISO 8601 string (the one place the two shapes meet). */
export const ExpireAtStruct = union([number(), IsoDateTimeStruct]);

/** POSIX seconds, whichever shape the release sent. */
export function expireAtSeconds(value: Infer<typeof ExpireAtStruct> | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  return typeof value === "number" ? value : Date.parse(value) / 1000;
}

export const RefreshTokenListStruct = array(
  type({
    id: string(),
    type: enums(["normal", "long_lived_access_token", "system"]),
    client_id: nullable(string()),
    client_name: nullable(string()),
    created_at: string(),
    last_used_at: nullable(string()),
    last_used_ip: nullable(string()),
    is_current: boolean(),
    expire_at: optional(nullable(ExpireAtStruct)),
  }),
);

export function mapOwnTokens(raw: Infer<typeof RefreshTokenListStruct>): readonly OwnRefreshToken[] {
  return raw.map((t) => ({
    id: t.id,
    type: t.type,
    client_id: t.client_id,
    client_name: t.client_name,
    created_at: t.created_at,
    last_used_at: t.last_used_at,
    last_used_ip: t.last_used_ip,
    is_current: t.is_current,
    expire_at: expireAtSeconds(t.expire_at),
  }));
}

