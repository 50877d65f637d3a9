/**
 * collectFacts: one `Facts` snapshot over Home Assistant's WebSocket API. Runs unchanged in
 * the browser (the card passes `hass.connection`) and in Node (src/collect/node-connection.ts).
 *
 * Pipelining. Every command is sent the moment what decides it is known, never after an
 * unrelated answer:
 * - Round 1, always at once: get_config, auth/current_user, get_states,
 *   config/entity_registry/list, manifest/list, config_entries/get, repairs/list_issues,
 *   auth/refresh_tokens (and the caller's GET /auth/providers, if given). The card passes an
 *   `entities` source that reads `hass.states`/`hass.entities` instead of the two downloads.
 * - `only` narrows a collection to some facts (the card's refreshes): commands that feed
 *   none of them are not sent, and the caller keeps its previous value for the rest
 *   (`mergeFacts`).
 * - Gated commands wait only for their gate: the component list (is `cloud`, `backup`,
 *   `hassio`, `security_scorecard` loaded?) and admin-ness. Admin-only commands are never
 *   sent by a non-admin: Home Assistant logs each refused command at ERROR level
 *   (websocket_api/connection.py async_handle_exception), and a scorecard must not fill the
 *   log. When the caller already knows both (the card: `hass.user.is_admin`,
 *   `hass.config.components`), the gates are open at once and the gated commands join round 1;
 *   otherwise (the CLI) they form round 2, answered from get_config and auth/current_user.
 * - The one round that depends on an answer's content: `/addons/<slug>/info` per installed
 *   add-on, after `/addons` lists them.
 * So: card 2 round trips (1 without the Supervisor), CLI 3 (2 without the Supervisor).
 *
 * Commands an older version may not know (backup/config/info, backup/agents/info before
 * 2025.1, http/config before the UI-managed HTTP settings) are sent anyway: their
 * `unknown_command` answer is logged by Home Assistant at INFO level only, and guessing from
 * version numbers would be wrong on development builds.
 */
import { available, unavailable } from "../facts/fact.js";
import { FACT_KEYS, type Fact, type FactKey, type Facts, type LoginProvider } from "../facts/types.js";
import { failed, send, settle, type CommandConnection, type Outcome } from "./send.js";
import { factFrom, invalid, parse } from "./validate.js";
import { ConfigStruct, ComponentsStruct, mapConfig } from "./sources/config.js";
import {
  AdminStruct,
  CurrentUserStruct,
  RefreshTokenListStruct,
  UserListStruct,
  mapCurrentUser,
  mapOwnTokens,
  mapUsers,
} from "./sources/auth.js";
import { LoginProvidersStruct, loginProvidersFromBackend, mapLoginProviders } from "./sources/login-providers.js";
import { askedEntities, updatesFact, type EntitySource } from "./entities.js";
import { ConfigEntriesStruct, ManifestListStruct, mapIntegrations } from "./sources/integrations.js";
import { RepairsStruct, mapRepairs } from "./sources/repairs.js";
import { CloudStatusStruct, mapCloud } from "./sources/cloud.js";
import {
  BackupAgentsInfoStruct,
  BackupConfigInfoStruct,
  BackupInfoStruct,
  SupervisorBackupsStruct,
  mapCoreBackup,
  mapSupervisorBackups,
} from "./sources/backup.js";
import { collectSupervisor, type SupervisorAnswers } from "./supervisor.js";
import { BACKEND_SOURCE, NO_SUPERVISOR_MESSAGE, collectServer, type ServerParts } from "./server.js";
import { AddonSettingsStruct, CONTRACT_VERSION } from "./sources/server.js";
import { addonInfoFields } from "./sources/supervisor.js";

export type { CommandConnection } from "./send.js";
export type { EntitySource } from "./entities.js";

export interface CollectOptions {
  /** The CLI's `GET /auth/providers` (see fetchLoginProviders); its raw answer is validated here. */
  readonly loginProviders?: () => Promise<unknown>;
  readonly now?: () => Date;
  /** When the caller knows it (card: `hass.user.is_admin`); otherwise read from auth/current_user. */
  readonly isAdmin?: boolean;
  /** When the caller knows them (card: `hass.config.components`); otherwise read from get_config. */
  readonly components?: readonly string[];
  /**
   * The backend's ServerFacts from a `security_scorecard/subscribe` the caller already holds
   * (the card): its latest message replaces a separate `security_scorecard/facts`, so the
   * server walks the config folder once, not twice.
   */
  readonly serverFacts?: () => Promise<unknown>;
  /** Update entities' states and registry entries; by default asked over the socket (`askedEntities`). */
  readonly entities?: EntitySource;
  /** Collect only these facts; the others come back as "not asked" (see `refreshFacts`). */
  readonly only?: readonly FactKey[];
}

/** The server parts the backend's answer feeds (plus login providers, derived from it). */
const BACKEND_KEYS: readonly FactKey[] = ["http", "auth_providers", "accounts", "tokens", "host", "files", "outline", "addon_settings", "login_providers"];

type Failure = Outcome & { ok: false };

export const BACKEND_MESSAGE = "install the Security Scorecard integration";

export async function collectFacts(conn: CommandConnection, options: CollectOptions = {}): Promise<Facts> {
  const ask = (type: string, extra: Record<string, unknown> = {}, label: string = type): Promise<Outcome> =>
    send(conn, { type, ...extra }, label);
  const only = options.only === undefined ? null : new Set(options.only);
  const wants = (...keys: readonly FactKey[]): boolean => only === null || keys.some((k) => only.has(k));
  /** A command no wanted fact needs is not sent. */
  const askFor = (keys: readonly FactKey[], run: () => Promise<Outcome>): Promise<Outcome> =>
    wants(...keys) ? run() : Promise.resolve(failed("error", "not asked"));
  const entities = options.entities ?? askedEntities(conn);

  // Round 1. get_config and auth/current_user also open the gates when the caller did not.
  const configP = askFor(options.components ? ["config"] : FACT_KEYS, () => ask("get_config"));
  const userP = askFor(options.isAdmin !== undefined ? ["current_user"] : FACT_KEYS, () => ask("auth/current_user"));
  const statesP = askFor(["updates"], () => entities.states.read());
  const registryP = askFor(["updates"], () => entities.registry.read());
  const manifestsP = askFor(["integrations"], () => ask("manifest/list"));
  const entriesP = askFor(["integrations"], () => ask("config_entries/get"));
  const repairsP = askFor(["repairs"], () => ask("repairs/list_issues"));
  const ownTokensP = askFor(["own_tokens"], () => ask("auth/refresh_tokens"));
  const loginProviders = options.loginProviders;
  const providersP = loginProviders && wants("login_providers") ? fetchProviders(loginProviders) : null;

  // Gates.
  const componentsP: Promise<ReadonlySet<string> | Failure> = options.components
    ? Promise.resolve(new Set(options.components))
    : configP.then((o) => {
        if (!o.ok) return { ...o, message: `not asked: component list unknown (${o.message})` };
        const p = parse(o.value, ComponentsStruct);
        return p.ok ? new Set(p.value.components) : failed("invalid_response", `get_config: unexpected shape at ${p.field}`) as Failure;
      });
  const adminP: Promise<boolean | Failure> =
    options.isAdmin !== undefined
      ? Promise.resolve(options.isAdmin)
      : userP.then((o) => {
          if (!o.ok) return { ...o, message: `not asked: administrator status unknown (${o.message})` };
          const p = parse(o.value, AdminStruct);
          return p.ok ? p.value.is_admin : (failed("invalid_response", `auth/current_user: unexpected shape at ${p.field}`) as Failure);
        });

  interface Gate {
    readonly component?: string;
    /** The outcome when the component is not loaded. */
    readonly absent?: Failure;
    readonly admin?: boolean;
  }
  const gated = async (gate: Gate, label: string, run: () => Promise<Outcome>): Promise<Outcome> => {
    if (gate.component !== undefined) {
      const components = await componentsP;
      if (!(components instanceof Set)) return components as Failure;
      if (!components.has(gate.component)) return gate.absent ?? failed("component_not_loaded", `${gate.component} is not loaded`);
    }
    if (gate.admin) {
      const admin = await adminP;
      if (admin === false) return failed("not_admin", `${label}: not asked, administrator access required`);
      if (admin !== true) return admin;
    }
    return run();
  };
  const admin: Gate = { admin: true };
  const cloudGate: Gate = { component: "cloud", absent: failed("component_not_loaded", "the cloud integration is not loaded") as Failure };
  const backupGate: Gate = {
    component: "backup",
    absent: failed("component_not_loaded", "the backup integration is not loaded") as Failure,
    admin: true,
  };
  const hassioGate: Gate = {
    component: "hassio",
    absent: failed("supervisor_absent", "no Supervisor: a Container or Core installation") as Failure,
    admin: true,
  };
  const backendGate: Gate = {
    component: "security_scorecard",
    absent: failed("backend_absent", BACKEND_MESSAGE) as Failure,
    admin: true,
  };
  const supervisorApi = (endpoint: string, keys: readonly FactKey[] = ["supervisor"]): Promise<Outcome> =>
    askFor(keys, () =>
      gated(hassioGate, `supervisor ${endpoint}`, () => ask("supervisor/api", { endpoint, method: "get" }, `supervisor ${endpoint}`)),
    );

  // Gated: round 1 when the caller knew the gates, else round 2.
  const usersP = askFor(["users"], () => gated(admin, "config/auth/list", () => ask("config/auth/list")));
  const cloudP = askFor(["cloud"], () => gated(cloudGate, "cloud/status", () => ask("cloud/status")));
  const backupInfoP = askFor(["backup"], () => gated(backupGate, "backup/info", () => ask("backup/info")));
  const backupConfigP = askFor(["backup"], () => gated(backupGate, "backup/config/info", () => ask("backup/config/info")));
  const backupAgentsP = askFor(["backup"], () => gated(backupGate, "backup/agents/info", () => ask("backup/agents/info")));
  const httpConfigP = askFor(["http"], () => gated(admin, "http/config", () => ask("http/config")));
  const serverFacts = options.serverFacts;
  // The Supervisor part reads add-ons from the backend's answer (no add-on options on the socket).
  const backendP = askFor([...BACKEND_KEYS, "supervisor"], () =>
    gated(backendGate, "security_scorecard/facts", () =>
      serverFacts ? settle("security_scorecard/subscribe", serverFacts) : ask("security_scorecard/facts", { contract: CONTRACT_VERSION }),
    ),
  );
  const backendAddonsP = backendP.then(addonInfosFromBackend);
  const supervisorBackupsP = supervisorApi("/backups", ["backup"]);
  const supervisorP = collectSupervisor({
    supervisor: supervisorApi("/supervisor/info"),
    core: supervisorApi("/core/info"),
    os: supervisorApi("/os/info"),
    host: supervisorApi("/host/info"),
    addons: supervisorApi("/addons"),
    resolution: supervisorApi("/resolution/info"),
    // Round 3: per add-on, after the list. `/addons/<slug>/info` may be read by non-admins
    // (hassio/websocket_api.py WS_NO_ADMIN_ENDPOINTS) but we only get here through the list.
    // Its answer carries the add-on's options (passwords, keys) to an admin: with the backend
    // loaded the add-on comes from its reduced reading instead, and no option crosses the socket.
    addonInfo: async (slug) =>
      (await backendAddonsP).get(slug) ??
      ask("supervisor/api", { endpoint: `/addons/${slug}/info`, method: "get" }, `supervisor /addons/${slug}/info`),
  } satisfies SupervisorAnswers);

  const [config, user, states, registry, manifests, entries, repairs, ownTokens, users, cloud] = await Promise.all([
    configP,
    userP,
    statesP,
    registryP,
    manifestsP,
    entriesP,
    repairsP,
    ownTokensP,
    usersP,
    cloudP,
  ]);
  const [backupInfo, backupConfig, backupAgents, supervisorBackups, httpConfig, backend, supervisor, providers] = await Promise.all([
    backupInfoP,
    backupConfigP,
    backupAgentsP,
    supervisorBackupsP,
    httpConfigP,
    backendP,
    supervisorP,
    providersP,
  ]);

  const server: ServerParts = collectServer(backend, httpConfig);
  const now = options.now ? options.now() : new Date();

  return {
    schema_version: 1,
    collected_at: now.toISOString(),
    mode: "live",
    config: factFrom("get_config", config, ConfigStruct, mapConfig),
    current_user: factFrom("auth/current_user", user, CurrentUserStruct, mapCurrentUser),
    users: factFrom("config/auth/list", users, UserListStruct, mapUsers),
    own_tokens: factFrom("auth/refresh_tokens", ownTokens, RefreshTokenListStruct, mapOwnTokens),
    login_providers: loginProvidersFact(providers, server, backend),
    updates: updatesFact(entities, states, registry),
    integrations: integrationsFact(manifests, entries),
    repairs: factFrom("repairs/list_issues", repairs, RepairsStruct, mapRepairs),
    cloud: factFrom("cloud/status", cloud, CloudStatusStruct, mapCloud),
    backup: backupFact(backupInfo, backupConfig, backupAgents, supervisorBackups),
    supervisor,
    http: server.http,
    auth_providers: server.auth_providers,
    accounts: server.accounts,
    tokens: server.tokens,
    host: server.host,
    files: server.files,
    outline: server.outline,
    // Without a Supervisor there are no add-ons, whether or not the backend is installed.
    addon_settings:
      !supervisor.ok && supervisor.reason === "supervisor_absent"
        ? unavailable(BACKEND_SOURCE, "supervisor_absent", NO_SUPERVISOR_MESSAGE)
        : server.addon_settings,
  };
}

/** The backend's add-on readings as `/addons/<slug>/info` answers without options; empty when it has none. */
function addonInfosFromBackend(backend: Outcome): ReadonlyMap<string, Outcome> {
  const out = new Map<string, Outcome>();
  if (!backend.ok || typeof backend.value !== "object" || backend.value === null) return out;
  const p = parse((backend.value as Record<string, unknown>).addon_settings, AddonSettingsStruct);
  if (!p.ok) return out;
  for (const a of p.value.addons) {
    const network = Object.fromEntries(a.ports.map((port) => [port.container, port.host]));
    out.set(a.slug, { ok: true, value: { ...addonInfoFields(a), network } });
  }
  return out;
}

/** `previous` with the `keys` parts taken from `next`, collected at `now`. */
export function mergeFacts(previous: Facts, next: Facts, keys: readonly FactKey[], now: Date): Facts {
  const out: Record<FactKey, Facts[FactKey]> = { ...previous };
  for (const k of keys) out[k] = next[k];
  return { ...previous, ...(out as Pick<Facts, FactKey>), collected_at: now.toISOString() };
}

const PROVIDERS_SOURCE = "GET /auth/providers";

async function fetchProviders(fetcher: () => Promise<unknown>): Promise<Outcome> {
  try {
    return { ok: true, value: await fetcher() };
  } catch (err) {
    // AuditConnectionError messages are one line and carry no secret; anything else stays generic.
    const detail = err instanceof Error && err.name === "AuditConnectionError" ? `: ${err.message}` : "";
    return failed("error", `${PROVIDERS_SOURCE} failed${detail}`);
  }
}

function loginProvidersFact(providers: Outcome | null, server: ServerParts, backend: Outcome): Fact<readonly LoginProvider[]> {
  if (providers !== null) return factFrom(PROVIDERS_SOURCE, providers, LoginProvidersStruct, mapLoginProviders);
  const auth = server.auth_providers;
  if (auth.ok) return available("security_scorecard/facts", loginProvidersFromBackend(auth.value));
  if (!backend.ok && backend.reason !== "backend_absent") return unavailable(PROVIDERS_SOURCE, backend.reason, backend.message);
  return unavailable(PROVIDERS_SOURCE, "backend_absent", `login providers need the CLI (GET /auth/providers) or the Security Scorecard integration`);
}

function integrationsFact(manifests: Outcome, entries: Outcome): Facts["integrations"] {
  const source = "manifest/list + config_entries/get";
  if (!manifests.ok) return unavailable(source, manifests.reason, manifests.message);
  if (!entries.ok) return unavailable(source, entries.reason, entries.message);
  const m = parse(manifests.value, ManifestListStruct);
  if (!m.ok) return invalid(source, `manifest/list ${m.field}`);
  const e = parse(entries.value, ConfigEntriesStruct);
  if (!e.ok) return invalid(source, `config_entries/get ${e.field}`);
  return available(source, mapIntegrations(m.value, e.value));
}

/**
 * The backup integration when it answers; otherwise the Supervisor's own list (Home Assistant
 * OS before the backup integration took over, where backup/info is `unknown_command`).
 */
function backupFact(info: Outcome, config: Outcome, agents: Outcome, supervisorBackups: Outcome): Facts["backup"] {
  if (info.ok) {
    const i = parse(info.value, BackupInfoStruct);
    if (!i.ok) return invalid("backup/info", i.field);
    // backup/config/info and backup/agents/info are absent before 2025.1; when present they must be well-formed.
    let c = null;
    if (config.ok) {
      const p = parse(config.value, BackupConfigInfoStruct);
      if (!p.ok) return invalid("backup/config/info", p.field);
      c = p.value;
    }
    let a = null;
    if (agents.ok) {
      const p = parse(agents.value, BackupAgentsInfoStruct);
      if (!p.ok) return invalid("backup/agents/info", p.field);
      a = p.value;
    }
    const value = mapCoreBackup(i.value, c, a);
    return available(value.origin, value);
  }
  if (supervisorBackups.ok) return factFrom("supervisor", supervisorBackups, SupervisorBackupsStruct, mapSupervisorBackups);
  // Say what explains most: without a Supervisor, why backup/info did not answer; with one,
  // why the Supervisor did not, when the backup integration could not have answered anyway.
  if (info.ok) return unavailable("backup/info", "error", "backup/info failed");
  const supervisorExplains =
    supervisorBackups.reason !== "supervisor_absent" && (info.reason === "component_not_loaded" || info.reason === "command_unknown");
  return supervisorExplains
    ? unavailable("supervisor", supervisorBackups.reason, supervisorBackups.message)
    : unavailable("backup/info", info.reason, info.message);
}
