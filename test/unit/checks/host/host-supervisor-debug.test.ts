import { describe, expect, it } from "vitest";
import { hostSupervisorDebug as check } from "../../../../src/checks/host/host-supervisor-debug.js";
import { addonSetting, facts, missing } from "../../../support/facts-builder.js";
import { run } from "../secrets/support.js";
import { ABSENT_CASES, englishEvidence as texts, withSettings } from "./support.js";

describe("host-supervisor-debug", () => {
  it("fails when debug or debug_block is on", () => {
    const r = run(check, withSettings([addonSetting()], { debug: true, debug_block: true }));
    expect(r.status).toBe("fail");
    expect(texts(r)).toEqual(['Supervisor setting "debug" is on', 'Supervisor setting "debug_block" is on']);
  });

  it("passes when both are off, with or without add-ons", () => {
    expect(run(check, withSettings([])).status).toBe("pass");
  });

  it("is not applicable without a Supervisor, not assessed without the backend", () => {
    for (const [reason, status] of ABSENT_CASES) expect(run(check, facts({ addon_settings: missing(reason) })).status).toBe(status);
  });
});
