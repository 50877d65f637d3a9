/**
 * Proves the real-Home-Assistant harness (test/ha): versions, users, tokens, MFA and the
 * auth providers of the weak and hardened configs, all through Home Assistant's own APIs.
 */
import { describe, expect, inject, it } from "vitest";
import { login } from "../ha/onboard.js";
import type { HaRelease } from "../ha/versions.js";
import { wsCommand } from "../ha/ws.js";

/** The weak config's login providers: current releases no longer have legacy_api_password. */
const WEAK_PROVIDERS: Record<HaRelease, string[]> = {
  "2024.3.3": ["homeassistant", "legacy_api_password", "trusted_networks"],
  "2026.10.4": ["homeassistant", "trusted_networks"],
};

interface CurrentUser {
  readonly name: string;
  readonly is_admin: boolean;
  readonly is_owner: boolean;
  readonly mfa_modules: readonly { readonly id: string; readonly enabled: boolean }[];
}

interface HassState {
  readonly entity_id: string;
  readonly state: string;
}

/** /auth/providers is a list in 2024.3 and {providers: [...]} in later releases. */
async function providerTypes(url: string): Promise<string[]> {
  const res = await fetch(`${url}/auth/providers`);
  expect(res.status).toBe(200);
  const body = (await res.json()) as { type: string }[] | { providers: { type: string }[] };
  const list = Array.isArray(body) ? body : body.providers;
  return list.map((p) => p.type).sort();
}

describe("real Home Assistant harness (weak)", () => {
  const ha = inject("ha");

  it("runs the pinned Home Assistant and the admin token is an admin's", async () => {
    const config = await wsCommand<{ version: string; state: string }>(ha.url, ha.adminToken, { type: "get_config" });
    expect(config.version).toBe(ha.release);
    expect(ha.version).toBe(ha.release);
    expect(config.state).toBe("RUNNING");
    const me = await wsCommand<CurrentUser>(ha.url, ha.adminToken, { type: "auth/current_user" });
    expect(me.is_admin).toBe(true);
    expect(me.is_owner).toBe(true);
  });

  it("refuses an admin-only command to the non-admin user", async () => {
    const me = await wsCommand<CurrentUser>(ha.url, ha.userToken, { type: "auth/current_user" });
    expect(me.is_admin).toBe(false);
    await expect(wsCommand(ha.url, ha.userToken, { type: "config/auth/list" })).rejects.toMatchObject({
      code: "unauthorized",
    });
  });

  it("has a second admin whose login demands the TOTP enrolled through the setup flow", async () => {
    const { tokens, steps } = await login(ha.url, ha.mfaUser, ha.mfaUser.totpSecret);
    expect(steps).toEqual(["init", "mfa", "create_entry"]);
    const me = await wsCommand<CurrentUser>(ha.url, tokens.access_token, { type: "auth/current_user" });
    expect(me.is_admin).toBe(true);
    expect(me.is_owner).toBe(false);
    expect(me.mfa_modules).toContainEqual(expect.objectContaining({ id: "totp", enabled: true }));
    // The owner has the module available but not enrolled.
    const owner = await wsCommand<CurrentUser>(ha.url, ha.adminToken, { type: "auth/current_user" });
    expect(owner.mfa_modules).toContainEqual(expect.objectContaining({ id: "totp", enabled: false }));
  });

  it("offers the weak config's login providers (the legacy API password where the release has it)", async () => {
    expect(await providerTypes(ha.url)).toEqual(WEAK_PROVIDERS[ha.release]);
  });

  it("has demo update entities with pending updates", async () => {
    const states = await wsCommand<HassState[]>(ha.url, ha.adminToken, { type: "get_states" });
    const pending = states.filter((s) => s.entity_id.startsWith("update.") && s.state === "on");
    expect(pending.length).toBeGreaterThan(0);
  });
});

describe("real Home Assistant harness (hardened)", () => {
  const ha = inject("haHardened");

  it("offers only the homeassistant provider and has no demo updates", async () => {
    expect(ha.config).toBe("hardened");
    expect(await providerTypes(ha.url)).toEqual(["homeassistant"]);
    const states = await wsCommand<HassState[]>(ha.url, ha.adminToken, { type: "get_states" });
    expect(states.filter((s) => s.entity_id.startsWith("update."))).toEqual([]);
  });
});
