import { defineCheck } from "../define.js";
import { ev, fail, notApplicable, pass, req, warn } from "../result.js";
import type { Check } from "../types.js";
import { withOptions } from "./addon-settings.js";

export const hostAddonMqttAnonymous: Check = defineCheck({
  id: "host-addon-mqtt-anonymous",
  category: "host",
  severity: "high",
  learnMoreUrl: "https://github.com/home-assistant/addons/blob/master/mosquitto/DOCS.md",
  fixPath: "/hassio/addon/core_mosquitto/info",
  needs: ["addon_settings"],
  evaluate(facts) {
    const brokers = withOptions(req(facts.addon_settings).addons, "mosquitto");
    if (brokers.length === 0) return notApplicable("host-addon-mqtt-anonymous.none");
    const who = (b: (typeof brokers)[number]) => ({ addon: b.addon.slug, name: b.addon.name });
    const open = brokers.filter((b) => b.options.anonymous === true);
    if (open.length > 0) {
      return fail(
        open.map((b) => ev("host-addon-mqtt-anonymous.anonymous", who(b))),
        { placeholders: { addon: open[0]?.addon.slug ?? "" } },
      );
    }
    // Files included from /share are not visible to the scorecard: they may allow anonymous clients.
    const custom = brokers.filter((b) => b.options.customize_active);
    if (custom.length > 0) {
      return warn(
        custom.map((b) => ev("host-addon-mqtt-anonymous.customize", who(b))),
        { placeholders: { addon: custom[0]?.addon.slug ?? "" } },
      );
    }
    return pass(...brokers.map((b) => ev("host-addon-mqtt-anonymous.refused", who(b))));
  },
});
