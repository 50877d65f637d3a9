import { describe, expect, it } from "vitest";
import { hostAddonIngressPort as check } from "../../../../src/checks/host/host-addon-ingress-port.js";
import { addonSetting, facts, missing } from "../../../support/facts-builder.js";
import { run } from "../secrets/support.js";
import { ABSENT_CASES, englishEvidence as texts, withSettings } from "./support.js";

const zigbee = (webui_port: number | null) =>
  addonSetting({ slug: "45df7312_zigbee2mqtt", name: "Zigbee2MQTT", repository: "45df7312", ingress: true, webui_port, options: null });

describe("host-addon-ingress-port", () => {
  it("fails for a web interface on a host port while Ingress is available, with partial credit", () => {
    const r = run(check, withSettings([zigbee(8485), addonSetting({ slug: "core_ssh", name: "Terminal & SSH", ingress: true, options: null })]));
    expect(r.status).toBe("fail");
    expect(r.credit).toBeCloseTo(0.5);
    expect(texts(r)).toEqual(['45df7312_zigbee2mqtt (Zigbee2MQTT): web interface on host port 8485 while Ingress is available (setting "Network")']);
    expect(r.placeholders).toEqual({ count: "1", addon: "45df7312_zigbee2mqtt" });
  });

  it("passes when Ingress add-ons publish no web port; a web port without Ingress is not judged here", () => {
    expect(run(check, withSettings([zigbee(null)])).status).toBe("pass");
    expect(run(check, withSettings([addonSetting({ webui_port: 8080, ingress: false })])).status).toBe("not_applicable");
  });

  it("is not applicable without a Supervisor, not assessed without the backend", () => {
    for (const [reason, status] of ABSENT_CASES) expect(run(check, facts({ addon_settings: missing(reason) })).status).toBe(status);
  });
});
