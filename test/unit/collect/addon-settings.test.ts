import { describe, expect, it } from "vitest";
import { collectFacts } from "../../../src/collect/index.js";
import { addonSetting, addonSettings } from "../../support/facts-builder.js";
import { FakeConnection, configWith, fixture, fullInstance } from "./fake-connection.js";

const backendWith = (addon_settings: unknown): unknown => ({ ...(fixture("security_scorecard_facts") as Record<string, unknown>), addon_settings });

const SSH = addonSetting({
  slug: "core_ssh",
  name: "Terminal & SSH",
  ports: [{ container: "22/tcp", host: 22 }],
  options: { kind: "ssh", password_set: true, authorized_keys: 0, sftp: null, compatibility_mode: null },
});

describe("addon_settings from the backend", () => {
  it("takes installed add-ons from the backend's reading: no add-on info (with its options) is asked over the socket", async () => {
    const conn = new FakeConnection({ ...fullInstance(), "security_scorecard/facts": backendWith(addonSettings([addonSetting(), SSH])) });
    const facts = await collectFacts(conn);
    expect(conn.sentKeys().filter((k) => /\/addons\/[^/]+\/info$/.test(k))).toEqual([]);
    expect(facts.addon_settings.ok).toBe(true);
    expect(facts.supervisor.ok && facts.supervisor.value.addons.map((a) => [a.slug, a.ports])).toEqual([
      ["core_mosquitto", { "1883/tcp": 1883 }],
      ["core_ssh", { "22/tcp": 22 }],
    ]);
  });

  it("refuses a reading with a key it does not know (an option value must not ride along)", async () => {
    const leaky = addonSettings([{ ...SSH, options: { ...SSH.options, password: "hunter2" } as never }]);
    const conn = new FakeConnection({ ...fullInstance(), "security_scorecard/facts": backendWith(leaky) });
    const facts = await collectFacts(conn);
    expect(facts.addon_settings).toMatchObject({ ok: false, reason: "invalid_response" });
    expect(JSON.stringify(facts.addon_settings)).not.toContain("hunter2");
    // The Supervisor part falls back to asking the Supervisor for each add-on.
    expect(conn.sentKeys()).toContain("supervisor/api /addons/core_ssh/info");
  });

  it("is supervisor_absent when the backend says so, or when hassio is not loaded at all", async () => {
    const said = await collectFacts(new FakeConnection({ ...fullInstance(), "security_scorecard/facts": backendWith({ absent: "supervisor" }) }));
    expect(said.addon_settings).toMatchObject({ ok: false, reason: "supervisor_absent" });
    const components = (fixture("get_config") as { components: string[] }).components.filter((c) => c !== "hassio" && c !== "security_scorecard");
    const core = await collectFacts(new FakeConnection({ ...fullInstance(), get_config: configWith(components) }));
    expect(core.addon_settings).toMatchObject({ ok: false, reason: "supervisor_absent" });
  });

  it("keeps the integration's could-not-observe marker as an error", async () => {
    const facts = await collectFacts(new FakeConnection({ ...fullInstance(), "security_scorecard/facts": backendWith({ error: "addon_settings: HassioAPIError" }) }));
    expect(facts.addon_settings).toMatchObject({ ok: false, reason: "error", message: "the integration could not observe addon_settings: HassioAPIError" });
  });
});
