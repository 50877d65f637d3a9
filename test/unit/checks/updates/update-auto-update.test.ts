import { describe, expect, it } from "vitest";
import { updateAutoUpdate as check } from "../../../../src/checks/updates/update-auto-update.js";
import { SUPERVISOR_DEFAULT, addon, facts, missing, ok } from "../../../support/facts-builder.js";
import { run, texts } from "../secrets/support.js";

describe("update-auto-update", () => {
  it("passes when the Supervisor and add-ons auto-update", () => {
    expect(run(check, facts()).status).toBe("pass");
  });

  it("warns with partial credit for manual add-ons", () => {
    const addons = [addon(), addon({ slug: "core_ssh", name: "Terminal & SSH", auto_update: false })];
    const r = run(check, facts({ supervisor: ok({ ...SUPERVISOR_DEFAULT, addons }) }));
    expect(r.status).toBe("warn");
    expect(r.credit).toBeCloseTo(0.75);
    expect(texts(r)).toEqual(["core_ssh (Terminal & SSH) does not update automatically"]);
  });

  it("fails when Supervisor auto-update is off", () => {
    const sup = { ...SUPERVISOR_DEFAULT, supervisor: { ...SUPERVISOR_DEFAULT.supervisor, auto_update: false } };
    const r = run(check, facts({ supervisor: ok(sup) }));
    expect(r.status).toBe("fail");
    expect(r.credit).toBeCloseTo(0.5);
  });

  it("is not applicable without a Supervisor", () => {
    expect(run(check, facts({ supervisor: missing("supervisor_absent") })).status).toBe("not_applicable");
  });
});
