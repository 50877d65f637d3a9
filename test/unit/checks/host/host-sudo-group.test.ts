import { describe, expect, it } from "vitest";
import { hostSudoGroup as check } from "../../../../src/checks/host/host-sudo-group.js";
import { facts, missing } from "../../../support/facts-builder.js";
import { run, texts } from "../secrets/support.js";
import { coreHost } from "./support.js";

describe("host-sudo-group", () => {
  it("passes when the user is in no admin group", () => {
    expect(run(check, facts({ host: coreHost() })).status).toBe("pass");
  });

  it("fails when the user is in sudo/wheel/admin", () => {
    const r = run(check, facts({ host: coreHost({ in_sudo_group: true }) }));
    expect(r.status).toBe("fail");
    expect(texts(r)).toEqual(["homeassistant is a member of an administrators group (sudo, wheel or admin)"]);
  });

  it("is not applicable in containers and not assessed without the backend", () => {
    expect(run(check, facts()).status).toBe("not_applicable");
    expect(run(check, facts({ host: missing() })).status).toBe("not_assessed");
  });
});
