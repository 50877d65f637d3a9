import { describe, expect, it } from "vitest";
import { configAlertsEnabled as check } from "../../../../src/checks/secrets/config-alerts-enabled.js";
import { baseFacts, facts, missing, ok } from "../../../support/facts-builder.js";
import { run, texts } from "./support.js";

describe("config-alerts-enabled", () => {
  it("passes when homeassistant_alerts is loaded", () => {
    expect(run(check, facts()).status).toBe("pass");
  });

  it("fails when it is not loaded", () => {
    const base = baseFacts().config;
    if (!base.ok) throw new Error("base config");
    const r = run(check, facts({ config: ok({ ...base.value, components: ["http", "api"] }) }));
    expect(r.status).toBe("fail");
    expect(texts(r)).toEqual(["homeassistant_alerts is not loaded"]);
  });

  it("is not assessed offline", () => {
    expect(run(check, facts({ config: missing("offline") })).status).toBe("not_assessed");
  });
});
