import { describe, expect, it } from "vitest";
import { hostSupervisorHealthy as check } from "../../../../src/checks/host/host-supervisor-healthy.js";
import { SUPERVISOR_DEFAULT, facts, missing, ok } from "../../../support/facts-builder.js";
import { run, texts } from "../secrets/support.js";

describe("host-supervisor-healthy", () => {
  it("passes on a healthy system", () => {
    expect(run(check, facts()).status).toBe("pass");
  });

  it("fails when unhealthy, with or without listed reasons", () => {
    const unhealthy = { ...SUPERVISOR_DEFAULT.supervisor, healthy: false };
    const withReason = run(check, facts({ supervisor: ok({ ...SUPERVISOR_DEFAULT, supervisor: unhealthy, resolution: { ...SUPERVISOR_DEFAULT.resolution, unhealthy: ["privileged"] } }) }));
    expect(withReason.status).toBe("fail");
    expect(texts(withReason)).toEqual(["Unhealthy: privileged — https://www.home-assistant.io/more-info/unhealthy/privileged"]);
    const bare = run(check, facts({ supervisor: ok({ ...SUPERVISOR_DEFAULT, supervisor: unhealthy }) }));
    expect(texts(bare)).toEqual(["The Supervisor reports the system as unhealthy"]);
  });

  it("is not applicable without a Supervisor", () => {
    expect(run(check, facts({ supervisor: missing("supervisor_absent") })).status).toBe("not_applicable");
  });
});
