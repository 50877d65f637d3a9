import { describe, expect, it } from "vitest";
import { hostAddonHostNetwork as check } from "../../../../src/checks/host/host-addon-host-network.js";
import { addon, facts, missing } from "../../../support/facts-builder.js";
import { run, texts } from "../secrets/support.js";
import { withAddons } from "./support.js";

const risky = addon({ slug: "a0d7b954_ssh", name: "Advanced SSH & Web Terminal", host_network: true });

describe("host-addon-host-network", () => {
  it("passes when no add-on is affected", () => {
    expect(run(check, facts()).status).toBe("pass");
  });

  it("reports each affected add-on by slug and name, with partial credit", () => {
    const r = run(check, withAddons([addon(), risky]));
    expect(r.status).toBe("warn");
    expect(r.credit).toBeCloseTo(0.5);
    expect(texts(r)).toEqual(["a0d7b954_ssh (Advanced SSH & Web Terminal) uses the host network"]);
    expect(r.placeholders).toEqual({ count: "1", addon: "a0d7b954_ssh" });
  });

  it("is not applicable without add-ons or a Supervisor, not assessed for non-admins", () => {
    expect(run(check, withAddons([])).status).toBe("not_applicable");
    expect(run(check, facts({ supervisor: missing("supervisor_absent") })).status).toBe("not_applicable");
    expect(run(check, facts({ supervisor: missing("not_admin") })).status).toBe("not_assessed");
  });
});
