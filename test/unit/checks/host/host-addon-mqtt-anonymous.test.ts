import { describe, expect, it } from "vitest";
import { hostAddonMqttAnonymous as check } from "../../../../src/checks/host/host-addon-mqtt-anonymous.js";
import type { MosquittoAddonOptions } from "../../../../src/facts/types.js";
import { addonSetting, facts, missing } from "../../../support/facts-builder.js";
import { run } from "../secrets/support.js";
import { ABSENT_CASES, englishEvidence as texts, withSettings } from "./support.js";

const broker = (over: Partial<MosquittoAddonOptions> = {}) =>
  addonSetting({ options: { kind: "mosquitto", logins: 0, anonymous: null, customize_active: false, ...over } });

describe("host-addon-mqtt-anonymous", () => {
  it("fails when the legacy anonymous option is on", () => {
    const r = run(check, withSettings([broker({ anonymous: true })]));
    expect(r.status).toBe("fail");
    expect(texts(r)).toEqual(['core_mosquitto (Mosquitto broker): setting "anonymous" is on']);
    expect(r.placeholders).toEqual({ addon: "core_mosquitto" });
  });

  it("warns when customize files it cannot read are included", () => {
    expect(run(check, withSettings([broker({ customize_active: true })])).status).toBe("warn");
  });

  it("passes with Mosquitto's default", () => {
    expect(run(check, withSettings([broker({ anonymous: false, logins: 2 })])).status).toBe("pass");
  });

  it("is not applicable without Mosquitto or a Supervisor, not assessed without the backend", () => {
    expect(run(check, withSettings([addonSetting({ slug: "core_ssh", options: null })])).status).toBe("not_applicable");
    for (const [reason, status] of ABSENT_CASES) expect(run(check, facts({ addon_settings: missing(reason) })).status).toBe(status);
  });
});
