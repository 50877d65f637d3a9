import { describe, expect, it } from "vitest";
import { hostRecoveryMode as check } from "../../../../src/checks/host/host-recovery-mode.js";
import { HOST_DEFAULT, baseFacts, facts, missing, ok } from "../../../support/facts-builder.js";
import { run, texts } from "../secrets/support.js";

const base = baseFacts().config;
if (!base.ok) throw new Error("base config");

describe("host-recovery-mode", () => {
  it("passes after a normal start", () => {
    expect(run(check, facts()).status).toBe("pass");
  });

  it("fails in recovery mode (backend) or safe mode (get_config)", () => {
    expect(texts(run(check, facts({ host: ok({ ...HOST_DEFAULT, recovery_mode: true }) })))).toEqual(["Home Assistant is running in recovery mode"]);
    const safe = run(check, facts({ host: missing(), config: ok({ ...base.value, safe_mode: true }) }));
    expect(safe.status).toBe("fail");
    expect(texts(safe)).toEqual(["Home Assistant is running in safe mode"]);
  });

  it("is not assessed when neither source is available", () => {
    expect(run(check, facts({ host: missing(), config: missing("offline") })).status).toBe("not_assessed");
  });
});
