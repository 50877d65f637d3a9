/**
 * `GET /auth/providers` (homeassistant/components/auth/login_flow.py AuthProvidersView).
 * 2024.3.3 answers a bare list of `{name, id, type}`; newer versions answer
 * `{providers: [...], preselect_remember_me}`. Both are accepted.
 * trusted_networks is listed only when the caller's address is trusted.
 */
import { array, nullable, string, type, union, type Infer } from "superstruct";
import type { AuthProvidersFacts, LoginProvider } from "../../facts/types.js";

const ProviderStruct = type({ name: string(), id: nullable(string()), type: string() });

export const LoginProvidersStruct = union([array(ProviderStruct), type({ providers: array(ProviderStruct) })]);

export function mapLoginProviders(raw: Infer<typeof LoginProvidersStruct>): readonly LoginProvider[] {
  const list = Array.isArray(raw) ? raw : raw.providers;
  return list.map((p) => ({ type: p.type, id: p.id, name: p.name }));
}

/** The card has no HTTP fetch of its own: the backend's configured providers stand in. */
export function loginProvidersFromBackend(auth: AuthProvidersFacts): readonly LoginProvider[] {
  return auth.providers.map((p) => ({ type: p.type, id: p.id, name: p.name }));
}
