import { describe, expect, it } from "vitest";
import { hostAddonThirdPartyPrivileges as check } from "../../../../src/checks/host/host-addon-third-party-privileges.js";
import { addonSetting, facts, missing } from "../../../support/facts-builder.js";
import { run } from "../secrets/support.js";
import { ABSENT_CASES, englishEvidence as texts, withSettings } from "./support.js";

const community = addonSetting({
  slug: "a0d7b954_ssh",
  name: "Advanced SSH & Web Terminal",
  repository: "a0d7b954",
  docker_api: true,
  apparmor: "disable",
  privileged: ["NET_ADMIN", "SYS_ADMIN", "SYS_RAWIO"],
  options: null,
});

describe("host-addon-third-party-privileges", () => {
  it("fails for host-level access from outside the official repository, naming each setting", () => {
    const plain = addonSetting({ slug: "local_hello", name: "Hello", repository: "local", options: null });
    const r = run(check, withSettings([community, plain]));
    expect(r.status).toBe("fail");
    expect(r.credit).toBeCloseTo(0.5);
    expect(texts(r)).toEqual(["a0d7b954_ssh (Advanced SSH & Web Terminal) from repository a0d7b954: docker_api; apparmor: disable; privileged: SYS_ADMIN, SYS_RAWIO"]);
  });

  it("counts local add-ons as outside the official repository, and host_pid as host-level", () => {
    const r = run(check, withSettings([addonSetting({ slug: "local_x", name: "X", repository: "local", host_pid: true, options: null })]));
    expect(texts(r)).toEqual(["local_x (X) from repository local: host_pid"]);
  });

  it("leaves official add-ons to the other checks and passes harmless capabilities", () => {
    expect(run(check, withSettings([{ ...community, repository: "core" }])).status).toBe("not_applicable");
    expect(run(check, withSettings([{ ...community, docker_api: false, apparmor: "default", privileged: ["NET_ADMIN"] }])).status).toBe("pass");
  });

  it("is not applicable without a Supervisor, not assessed without the backend", () => {
    for (const [reason, status] of ABSENT_CASES) expect(run(check, facts({ addon_settings: missing(reason) })).status).toBe(status);
  });
});
