import { describe, expect, it } from "vitest";
import { updateSupervisor as check } from "../../../../src/checks/updates/update-supervisor.js";
import { SUPERVISOR_DEFAULT, facts, missing, ok } from "../../../support/facts-builder.js";
import { run, texts } from "../secrets/support.js";

describe("update-supervisor", () => {
  it("passes when current", () => {
    expect(run(check, facts()).status).toBe("pass");
  });

  it("fails when an update is pending and says when auto-update is off", () => {
    const sup = { ...SUPERVISOR_DEFAULT.supervisor, version: "2026.9.1", version_latest: "2026.11.0", update_available: true, auto_update: false };
    const r = run(check, facts({ supervisor: ok({ ...SUPERVISOR_DEFAULT, supervisor: sup }) }));
    expect(r.status).toBe("fail");
    expect(texts(r)).toEqual(["Supervisor 2026.9.1 → 2026.11.0 (automatic updates are off)"]);
  });

  it("is not applicable without a Supervisor", () => {
    expect(run(check, facts({ supervisor: missing("supervisor_absent") })).status).toBe("not_applicable");
  });
});
