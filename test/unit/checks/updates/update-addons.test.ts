import { describe, expect, it } from "vitest";
import { updateAddons as check } from "../../../../src/checks/updates/update-addons.js";
import { SUPERVISOR_DEFAULT, addon, facts, missing, ok } from "../../../support/facts-builder.js";
import { run, texts } from "../secrets/support.js";

const withAddons = (addons: ReturnType<typeof addon>[]) => facts({ supervisor: ok({ ...SUPERVISOR_DEFAULT, addons }) });
const old = addon({ slug: "core_ssh", name: "Terminal & SSH", version: "9.0.0", version_latest: "9.14.0", update_available: true });

describe("update-addons", () => {
  it("passes when all add-ons are current", () => {
    expect(run(check, facts()).status).toBe("pass");
  });

  it("gives partial credit by the share up to date", () => {
    const r = run(check, withAddons([addon(), addon({ slug: "a2" }), addon({ slug: "a3" }), old]));
    expect(r.status).toBe("warn");
    expect(r.credit).toBeCloseTo(0.75);
    expect(texts(r)).toEqual(["core_ssh (Terminal & SSH) 9.0.0 → 9.14.0"]);
    expect(run(check, withAddons([old])).status).toBe("fail");
  });

  it("is not applicable with no add-ons or no Supervisor", () => {
    expect(run(check, withAddons([])).status).toBe("not_applicable");
    expect(run(check, facts({ supervisor: missing("supervisor_absent") })).status).toBe("not_applicable");
  });
});
