import { describe, expect, it } from "vitest";
import { hostSupervisorSupported as check } from "../../../../src/checks/host/host-supervisor-supported.js";
import { SUPERVISOR_DEFAULT, facts, missing, ok } from "../../../support/facts-builder.js";
import { run, texts } from "../secrets/support.js";

describe("host-supervisor-supported", () => {
  it("passes on a supported system", () => {
    expect(run(check, facts()).status).toBe("pass");
  });

  it("fails listing each reason with its page", () => {
    const sup = {
      ...SUPERVISOR_DEFAULT,
      supervisor: { ...SUPERVISOR_DEFAULT.supervisor, supported: false },
      resolution: { ...SUPERVISOR_DEFAULT.resolution, unsupported: ["docker_version", "os"] },
    };
    const r = run(check, facts({ supervisor: ok(sup) }));
    expect(r.status).toBe("fail");
    expect(texts(r)).toEqual([
      "Unsupported: docker_version — https://www.home-assistant.io/more-info/unsupported/docker_version",
      "Unsupported: os — https://www.home-assistant.io/more-info/unsupported/os",
    ]);
  });

  it("is not applicable without a Supervisor", () => {
    expect(run(check, facts({ supervisor: missing("supervisor_absent") })).status).toBe("not_applicable");
  });
});
