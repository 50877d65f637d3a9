import { defineCheck } from "../define.js";
import { ev, fail, notApplicable, pass, req } from "../result.js";
import type { Check } from "../types.js";
import { capped } from "../secrets/outline.js";

export const hostAddonIngressPort: Check = defineCheck({
  id: "host-addon-ingress-port",
  category: "host",
  severity: "medium",
  learnMoreUrl: "https://developers.home-assistant.io/docs/add-ons/presentation/#ingress",
  fixPath: "/hassio/dashboard",
  needs: ["addon_settings"],
  evaluate(facts) {
    const withIngress = req(facts.addon_settings).addons.filter((a) => a.ingress);
    if (withIngress.length === 0) return notApplicable("host-addon-ingress-port.none");
    const bad = withIngress.filter((a) => a.webui_port !== null);
    if (bad.length === 0) return pass(ev("host-addon-ingress-port.none", { count: withIngress.length }));
    return fail(capped(bad.map((a) => ev("host-addon-ingress-port.web_port", { addon: a.slug, name: a.name, port: a.webui_port ?? "" }))), {
      credit: (withIngress.length - bad.length) / withIngress.length,
      placeholders: { count: String(bad.length), addon: bad[0]?.slug ?? "" },
    });
  },
});
