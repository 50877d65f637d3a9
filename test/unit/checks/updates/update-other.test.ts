import { describe, expect, it } from "vitest";
import { updateOther as check } from "../../../../src/checks/updates/update-other.js";
import { facts, missing, ok, updateEntity } from "../../../support/facts-builder.js";
import { run, texts } from "../secrets/support.js";

const fw = (pending: boolean) =>
  updateEntity({ entity_id: "update.garage_firmware", title: "Garage", platform: "esphome", state: pending ? "on" : "off", installed_version: "2025.1.0", latest_version: pending ? "2026.10.0" : "2025.1.0" });

describe("update-other", () => {
  it("passes when other update entities are current", () => {
    expect(run(check, facts({ updates: ok([updateEntity(), fw(false)]) })).status).toBe("pass");
  });

  it("warns for pending firmware, ignoring core/add-on (hassio) and HACS entities", () => {
    const r = run(check, facts({ updates: ok([updateEntity({ state: "on" }), updateEntity({ platform: "hacs", state: "on" }), fw(true)]) }));
    expect(r.status).toBe("warn");
    expect(r.credit).toBe(0);
    expect(texts(r)).toEqual(["update.garage_firmware (Garage) 2025.1.0 → 2026.10.0"]);
  });

  it("is not applicable when only hassio entities exist and not assessed without updates", () => {
    expect(run(check, facts()).status).toBe("not_applicable");
    expect(run(check, facts({ updates: missing("error") })).status).toBe("not_assessed");
  });
});
