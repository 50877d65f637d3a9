/**
 * Server-only facts: the backend's `security_scorecard/facts`, and `http/config` where Home
 * Assistant has it. `http/config` wins for `http`: where the HTTP settings are UI-managed, it
 * is what the server runs, while YAML the backend reads may no longer apply.
 */
import type { Struct } from "superstruct";
import { available, unavailable } from "../facts/fact.js";
import type { Fact, Facts } from "../facts/types.js";
import type { Outcome } from "./send.js";
import { decodeOutline } from "./outline-wire.js";
import { OUT_OF_STEP_CODE, OUT_OF_STEP_MESSAGE } from "./server-delta.js";
import { invalid, parse } from "./validate.js";
import {
  AccountsStruct,
  AddonSettingsStruct,
  AuthProvidersStruct,
  FilesStruct,
  HostStruct,
  HttpConfigStruct,
  HttpSettingsStruct,
  NoSupervisorStruct,
  CONTRACT_VERSION,
  ServerEnvelopeStruct,
  ServerPartErrorStruct,
  TokensStruct,
  mapHttpConfig,
} from "./sources/server.js";

export const BACKEND_SOURCE = "security_scorecard/facts";

export type ServerParts = Pick<Facts, "http" | "auth_providers" | "accounts" | "tokens" | "host" | "files" | "outline" | "addon_settings">;

export const NO_SUPERVISOR_MESSAGE = "no Supervisor: a Container or Core installation";

/** A card (or CLI) and an integration of different versions: said plainly, never judged. */
export const VERSION_MISMATCH_MESSAGE = "the Security Scorecard integration and card are different versions: reload the page / update HACS";

/** Whether an answer or a refusal says the two sides speak different contracts. */
function versionMismatch(backend: Outcome): boolean {
  if (!backend.ok) {
    // The integration refuses another contract (incompatible_version); one older than the
    // contract refuses the unknown `contract` key (invalid_format).
    return /\((incompatible_version|invalid_format)\)$/.test(backend.message);
  }
  const v = backend.value;
  if (typeof v !== "object" || v === null) return false;
  const contract = (v as { contract?: unknown }).contract;
  return contract !== CONTRACT_VERSION;
}

function outlinePart(payload: Record<string, unknown>): Facts["outline"] {
  const failed = parse(payload.outline, ServerPartErrorStruct);
  if (failed.ok) return unavailable(BACKEND_SOURCE, "error", `the integration could not observe ${failed.value.error}`);
  const decoded = decodeOutline(payload.outline);
  return decoded.ok ? available(BACKEND_SOURCE, decoded.value) : invalid(BACKEND_SOURCE, `outline.${decoded.field}`);
}

/** `addon_settings`: the backend says when there is no Supervisor; that is "not applicable", not a failure. */
function addonSettingsPart(payload: Record<string, unknown>): Facts["addon_settings"] {
  if (parse(payload.addon_settings, NoSupervisorStruct).ok) return unavailable(BACKEND_SOURCE, "supervisor_absent", NO_SUPERVISOR_MESSAGE);
  return part(payload, "addon_settings", AddonSettingsStruct);
}

function part<T, S>(payload: Record<string, unknown>, key: string, struct: Struct<T, S>): Fact<T> {
  // One observer failing on the server takes only its own part down.
  const failed = parse(payload[key], ServerPartErrorStruct);
  if (failed.ok) return unavailable(BACKEND_SOURCE, "error", `the integration could not observe ${failed.value.error}`);
  const p = parse(payload[key], struct);
  return p.ok ? available(BACKEND_SOURCE, p.value) : invalid(BACKEND_SOURCE, p.field === "(response)" ? key : `${key}.${p.field}`);
}

export function collectServer(backend: Outcome, httpConfig: Outcome): ServerParts {
  let parts: ServerParts;
  const mismatch = versionMismatch(backend);
  const envelope = backend.ok && !mismatch ? parse(backend.value, ServerEnvelopeStruct) : null;
  if (!backend.ok || mismatch || envelope === null || !envelope.ok) {
    const down = <T>(): Fact<T> =>
      mismatch
        ? unavailable(BACKEND_SOURCE, "invalid_response", VERSION_MISMATCH_MESSAGE)
        : backend.ok
          ? invalid(BACKEND_SOURCE, envelope && !envelope.ok ? envelope.field : "(response)")
          : unavailable(BACKEND_SOURCE, backend.reason, backend.message.endsWith(`(${OUT_OF_STEP_CODE})`) ? OUT_OF_STEP_MESSAGE : backend.message);
    parts = {
      http: down(),
      auth_providers: down(),
      accounts: down(),
      tokens: down(),
      host: down(),
      files: down(),
      outline: down(),
      addon_settings: down(),
    };
  } else {
    const payload = backend.value as Record<string, unknown>;
    parts = {
      http: part(payload, "http", HttpSettingsStruct),
      auth_providers: part(payload, "auth_providers", AuthProvidersStruct),
      accounts: part(payload, "accounts", AccountsStruct),
      tokens: part(payload, "tokens", TokensStruct),
      host: part(payload, "host", HostStruct),
      files: part(payload, "files", FilesStruct),
      outline: outlinePart(payload),
      addon_settings: addonSettingsPart(payload),
    };
  }
  if (httpConfig.ok) {
    const p = parse(httpConfig.value, HttpConfigStruct);
    // A malformed http/config answer does not hide a good backend reading.
    if (p.ok) parts = { ...parts, http: available("http/config", mapHttpConfig(p.value)) };
    else if (!parts.http.ok) parts = { ...parts, http: invalid("http/config", p.field) };
  }
  return parts;
}
