import { describe, expect, it } from "vitest";
import { updateOs as check } from "../../../../src/checks/updates/update-os.js";
import { SUPERVISOR_DEFAULT, daysAgo, facts, missing, ok, updateEntity } from "../../../support/facts-builder.js";
import { run, texts } from "../secrets/support.js";

const behind = { version: "15.2", version_latest: "16.3", update_available: true };

describe("update-os", () => {
  it("passes when the OS is current", () => {
    expect(run(check, facts()).status).toBe("pass");
  });

  it("fails when an OS update is pending, with days from the entity", () => {
    const r = run(
      check,
      facts({
        supervisor: ok({ ...SUPERVISOR_DEFAULT, os: behind }),
        updates: ok([updateEntity({ entity_id: "update.home_assistant_operating_system_update", state: "on", last_changed: daysAgo(20) })]),
      }),
    );
    expect(r.status).toBe("fail");
    expect(texts(r)).toEqual(["Home Assistant OS 15.2 → 16.3, pending for 20 days"]);
  });

  it("warns when the update is only days old", () => {
    const r = run(
      check,
      facts({
        supervisor: ok({ ...SUPERVISOR_DEFAULT, os: behind }),
        updates: ok([updateEntity({ entity_id: "update.home_assistant_operating_system_update", state: "on", last_changed: daysAgo(2) })]),
      }),
    );
    expect(r.status).toBe("warn");
  });

  it("is not applicable on Supervised (no OS) and without a Supervisor", () => {
    expect(run(check, facts({ supervisor: ok({ ...SUPERVISOR_DEFAULT, os: null }) })).status).toBe("not_applicable");
    expect(run(check, facts({ supervisor: missing("supervisor_absent") })).status).toBe("not_applicable");
    expect(run(check, facts({ supervisor: missing("not_admin") })).status).toBe("not_assessed");
  });
});
