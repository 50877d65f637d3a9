/**
 * Onboards a fresh instance through Home Assistant's real HTTP and WebSocket APIs, then
 * creates a non-admin user and an admin with TOTP MFA, each with a long-lived token.
 * Passwords are random per run. Shapes are from Home Assistant 2024.3.3:
 *   components/onboarding/views.py   /api/onboarding/{users,core_config,analytics,integration}
 *   components/auth/__init__.py      /auth/token (authorization_code grant), auth/long_lived_access_token
 *   components/auth/login_flow.py    /auth/login_flow, /auth/login_flow/<flow_id>
 *   components/auth/mfa_setup_flow.py auth/setup_mfa (mfa_module_id | flow_id + user_input)
 *   auth/mfa_modules/totp.py          the secret is description_placeholders.code
 *   components/config/auth.py        config/auth/create (name, group_ids)
 *   components/config/auth_provider_homeassistant.py config/auth_provider/homeassistant/create
 */
import { randomBytes } from "node:crypto";
import type { HarnessInfo } from "./types.js";
import type { RunningInstance } from "./instance.js";
import { totp } from "./totp.js";
import { wsCommand } from "./ws.js";

export interface Credentials {
  readonly username: string;
  readonly password: string;
}

interface TokenResponse {
  readonly access_token: string;
  readonly refresh_token?: string;
}

interface FlowResult {
  readonly type: string;
  readonly flow_id: string;
  readonly step_id?: string;
  readonly result?: string;
  readonly errors?: Record<string, string> | null;
  readonly description_placeholders?: Record<string, string> | null;
}

const TOKEN_CLIENT_NAME = "security-scorecard-harness";

function newPassword(): string {
  return randomBytes(18).toString("base64url");
}

/** Per-run user names: distinctive, so a test can assert one never shows up in data. */
function newUsername(prefix: string): string {
  return `${prefix}-${randomBytes(3).toString("hex")}`;
}

function clientIdOf(url: string): string {
  // The frontend uses its own origin with a trailing slash as IndieAuth client_id.
  return `${url}/`;
}

async function postJson<T>(url: string, body: unknown, token?: string): Promise<T> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(60_000),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`POST ${new URL(url).pathname} → HTTP ${res.status}: ${text.slice(0, 300)}`);
  return (text === "" ? {} : JSON.parse(text)) as T;
}

/** Exchange an authorization code for tokens (grant_type authorization_code). */
async function exchangeCode(url: string, code: string): Promise<TokenResponse> {
  const res = await fetch(`${url}/auth/token`, {
    method: "POST",
    body: new URLSearchParams({ grant_type: "authorization_code", code, client_id: clientIdOf(url) }),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`POST /auth/token → HTTP ${res.status}: ${text.slice(0, 300)}`);
  return JSON.parse(text) as TokenResponse;
}

/**
 * The real login flow of the homeassistant auth provider; answers the TOTP step when the
 * user has MFA. Returns the flow results seen (to prove an MFA step happened) and tokens.
 */
export async function login(
  url: string,
  creds: Credentials,
  totpSecret?: string,
): Promise<{ tokens: TokenResponse; steps: string[] }> {
  const clientId = clientIdOf(url);
  let step = await postJson<FlowResult>(`${url}/auth/login_flow`, {
    client_id: clientId,
    handler: ["homeassistant", null],
    redirect_uri: `${url}/?auth_callback=1`,
  });
  const steps: string[] = [step.step_id ?? step.type];
  step = await postJson<FlowResult>(`${url}/auth/login_flow/${step.flow_id}`, {
    client_id: clientId,
    username: creds.username,
    password: creds.password,
  });
  steps.push(step.step_id ?? step.type);
  if (step.type === "form" && step.step_id === "mfa") {
    if (!totpSecret) throw new Error(`${creds.username} has MFA but no TOTP secret was given`);
    step = await postJson<FlowResult>(`${url}/auth/login_flow/${step.flow_id}`, {
      client_id: clientId,
      code: totp(totpSecret),
    });
    steps.push(step.step_id ?? step.type);
  }
  if (step.type !== "create_entry" || !step.result) {
    throw new Error(`login of ${creds.username} ended in ${step.type}/${step.step_id ?? ""} ${JSON.stringify(step.errors ?? {})}`);
  }
  return { tokens: await exchangeCode(url, step.result), steps };
}

function longLivedToken(url: string, accessToken: string, clientName = TOKEN_CLIENT_NAME): Promise<string> {
  return wsCommand<string>(url, accessToken, { type: "auth/long_lived_access_token", client_name: clientName, lifespan: 30 });
}

/** An admin-created user with a homeassistant-provider login (group system-admin or system-users). */
async function createUser(
  url: string,
  adminToken: string,
  name: string,
  username: string,
  group: "system-admin" | "system-users",
): Promise<Credentials> {
  const password = newPassword();
  const created = await wsCommand<{ user: { id: string } }>(url, adminToken, {
    type: "config/auth/create",
    name,
    group_ids: [group],
  });
  await wsCommand(url, adminToken, {
    type: "config/auth_provider/homeassistant/create",
    user_id: created.user.id,
    username,
    password,
  });
  return { username, password };
}

/** Enrol TOTP for the user behind accessToken through the real setup flow; returns the secret. */
async function enrolTotp(url: string, accessToken: string): Promise<string> {
  const first = await wsCommand<FlowResult>(url, accessToken, { type: "auth/setup_mfa", mfa_module_id: "totp" });
  const secret = first.description_placeholders?.code;
  if (first.type !== "form" || !secret) throw new Error(`auth/setup_mfa did not offer a TOTP secret (${first.type})`);
  const done = await wsCommand<FlowResult>(url, accessToken, {
    type: "auth/setup_mfa",
    flow_id: first.flow_id,
    user_input: { code: totp(secret) },
  });
  if (done.type !== "create_entry") throw new Error(`TOTP setup ended in ${done.type} ${JSON.stringify(done.errors ?? {})}`);
  return secret;
}

/** Add the project's integration through the config-flow API when it is a config-flow one. */
async function addScorecardEntry(url: string, adminToken: string): Promise<void> {
  let step = await postJson<FlowResult>(`${url}/api/config/config_entries/flow`, { handler: "security_scorecard" }, adminToken);
  // A single confirm-style form (no required fields) is submitted empty.
  for (let i = 0; i < 3 && step.type === "form"; i++) {
    step = await postJson<FlowResult>(`${url}/api/config/config_entries/flow/${step.flow_id}`, {}, adminToken);
  }
  if (step.type !== "create_entry" && step.type !== "abort") {
    throw new Error(`security_scorecard config flow ended in ${step.type}`);
  }
}

/**
 * The core_config step marks itself done, then starts the onboarding config flows of met,
 * radio_browser, google_translate and shopping_list (onboarding/views.py). The venv
 * deliberately lacks the first three's requirements (met and radio_browser would reach the
 * Internet), so with --skip-pip their flows fail to import and the request answers 500
 * although the step is done; the caller checks every step via GET /api/onboarding.
 */
async function finishCoreConfig(url: string, access: string): Promise<void> {
  const res = await fetch(`${url}/api/onboarding/core_config`, {
    method: "POST",
    headers: { Authorization: `Bearer ${access}` },
    signal: AbortSignal.timeout(60_000),
  });
  await res.arrayBuffer();
  if (!res.ok && res.status !== 500) throw new Error(`POST /api/onboarding/core_config → HTTP ${res.status}`);
}

/**
 * Home Assistant 2026.8+ migrates configuration.yaml's `http:` into the *pending* slot of
 * `.storage/http` (components/http/config.py). Unless promoted it reverts after five minutes
 * and restarts on the default port, and the frontend puts a "Confirm new HTTP server
 * configuration" dialog over every page; an owner confirms it once, and so does the harness.
 */
export async function promotePendingHttpConfig(url: string, adminToken: string): Promise<void> {
  const state = await wsCommand<{ active_config_type?: string }>(url, adminToken, { type: "http/config" });
  if (state.active_config_type !== "pending") return;
  await wsCommand(url, adminToken, { type: "http/config/promote" });
}

export async function onboard(instance: RunningInstance): Promise<HarnessInfo> {
  const { url } = instance;
  const clientId = clientIdOf(url);
  const owner: Credentials = { username: newUsername("owner"), password: newPassword() };

  const { auth_code } = await postJson<{ auth_code: string }>(`${url}/api/onboarding/users`, {
    client_id: clientId,
    name: "Owner",
    username: owner.username,
    password: owner.password,
    language: "en",
  });
  const ownerTokens = await exchangeCode(url, auth_code);
  const access = ownerTokens.access_token;
  await finishCoreConfig(url, access);
  await postJson(`${url}/api/onboarding/analytics`, {}, access);
  await postJson(`${url}/api/onboarding/integration`, { client_id: clientId, redirect_uri: `${url}/?auth_callback=1` }, access);
  const steps = await (await fetch(`${url}/api/onboarding`)).json() as { step: string; done: boolean }[];
  const open = steps.filter((s) => !s.done).map((s) => s.step);
  if (open.length > 0) throw new Error(`onboarding steps still open: ${open.join(", ")}`);

  const adminToken = await longLivedToken(url, access);

  const user = await createUser(url, adminToken, "Family Member", newUsername("family"), "system-users");
  const userLogin = await login(url, user);
  const userToken = await longLivedToken(url, userLogin.tokens.access_token);

  const mfaCreds = await createUser(url, adminToken, "Second Admin", newUsername("mfa-admin"), "system-admin");
  const mfaLogin = await login(url, mfaCreds);
  const totpSecret = await enrolTotp(url, mfaLogin.tokens.access_token);

  await instance.waitUntilRunning(adminToken);
  if (instance.release.differences.httpConfigStore) await promotePendingHttpConfig(url, adminToken);
  if (instance.scorecard === "config_flow") await addScorecardEntry(url, adminToken);

  const config = await wsCommand<{ version: string }>(url, adminToken, { type: "get_config" });
  return {
    url,
    version: config.version,
    release: instance.release.version,
    config: instance.config,
    configDir: instance.configDir,
    adminToken,
    userToken,
    owner,
    user,
    mfaUser: { ...mfaCreds, totpSecret },
  };
}
