import { describe, expect, it } from "vitest";
import { updateCore as check } from "../../../../src/checks/updates/update-core.js";
import type { CoreConfig, Facts, SupervisorFacts, UpdateEntity } from "../../../../src/facts/types.js";
import { SUPERVISOR_DEFAULT, baseFacts, daysAgo, facts, missing, ok, updateEntity } from "../../../support/facts-builder.js";
import { run, texts } from "../secrets/support.js";

function pending(days: number, installed = "2026.9.0", over: Partial<UpdateEntity> = {}): Facts {
  const base = baseFacts().config;
  if (!base.ok) throw new Error("base config");
  const config: CoreConfig = { ...base.value, version: installed };
  const sup: SupervisorFacts = { ...SUPERVISOR_DEFAULT, core: { version: installed, version_latest: "2026.11.1", update_available: true } };
  return facts({
    config: ok(config),
    supervisor: ok(sup),
    updates: ok([updateEntity({ state: "on", installed_version: installed, latest_version: "2026.11.1", last_changed: daysAgo(days), ...over })]),
  });
}

describe("update-core", () => {
  it("passes when core is current", () => {
    const r = run(check, facts());
    expect(r.status).toBe("pass");
    expect(texts(r)).toEqual(["Home Assistant Core 2026.11.1 is the latest version"]);
  });

  it("warns within a week's grace", () => {
    const r = run(check, pending(3));
    expect(r.status).toBe("warn");
    expect(texts(r)).toEqual(["Home Assistant Core 2026.9.0 → 2026.11.1, pending for 3 days"]);
  });

  it("fails after a week, critical after a month", () => {
    const r = run(check, pending(12));
    expect(r.status).toBe("fail");
    expect(r.severity).toBeUndefined();
    const old = run(check, pending(45));
    expect(old.status).toBe("fail");
    expect(old.severity).toBe("critical");
  });

  it("is critical at once when the running version has an advisory", () => {
    const r = run(check, pending(1, "2023.12.0"));
    expect(r.status).toBe("fail");
    expect(r.severity).toBe("critical");
    expect(texts(r).some((t) => t.startsWith("GHSA-jqpc-rc7g-vf83: 2023.12.0 is affected (fixed in 2023.12.3)"))).toBe(true);
  });

  it("counts a skipped latest version as pending", () => {
    const f = facts({
      updates: ok([updateEntity({ state: "off", installed_version: "2026.10.0", latest_version: "2026.11.1", skipped_version: "2026.11.1" })]),
      supervisor: missing("supervisor_absent"),
      config: pending(0, "2026.10.0").config,
    });
    const r = run(check, f);
    expect(r.status).toBe("fail");
    expect(texts(r)).toEqual(["Home Assistant Core 2026.10.0 → 2026.11.1 (skipped)"]);
  });

  it("is not assessed without any source of newer versions (Container/Core installs)", () => {
    const f = facts({ supervisor: missing("supervisor_absent"), updates: ok([]) });
    expect(run(check, f).status).toBe("not_assessed");
  });
});
