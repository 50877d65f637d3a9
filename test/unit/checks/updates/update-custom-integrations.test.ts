import { describe, expect, it } from "vitest";
import { updateCustomIntegrations as check } from "../../../../src/checks/updates/update-custom-integrations.js";
import { facts, missing, ok, updateEntity } from "../../../support/facts-builder.js";
import { run, texts } from "../secrets/support.js";

const hacs = (id: string, pending: boolean) =>
  updateEntity({ entity_id: id, platform: "hacs", title: id.slice(7), state: pending ? "on" : "off", installed_version: "1.0.0", latest_version: pending ? "1.2.0" : "1.0.0" });
const customIntegration = { domain: "alexa_media", name: "Alexa Media Player", is_built_in: false, version: "4.0", entries: 1, entries_failed: 0 };

describe("update-custom-integrations", () => {
  it("passes when HACS reports everything current", () => {
    expect(run(check, facts({ updates: ok([updateEntity(), hacs("update.alexa_media_update", false)]) })).status).toBe("pass");
  });

  it("reports pending HACS updates with partial credit", () => {
    const r = run(check, facts({ updates: ok([hacs("update.alexa_media_update", true), hacs("update.mushroom_update", false)]) }));
    expect(r.status).toBe("warn");
    expect(r.credit).toBeCloseTo(0.5);
    expect(texts(r)).toEqual(["update.alexa_media_update (alexa_media_update) 1.0.0 → 1.2.0"]);
    expect(run(check, facts({ updates: ok([hacs("update.x_update", true)]) })).status).toBe("fail");
  });

  it("is not applicable without custom integrations, not assessed without an update source", () => {
    expect(run(check, facts()).status).toBe("not_applicable");
    expect(run(check, facts({ integrations: ok([customIntegration]) })).status).toBe("not_assessed");
    expect(run(check, facts({ updates: missing("not_admin") })).status).toBe("not_assessed");
  });
});
