import { defineCheck } from "../define.js";
import { req } from "../result.js";
import type { Check } from "../types.js";
import { judgeAddons } from "./addons.js";

export const hostAddonHostNetwork: Check = defineCheck({
  id: "host-addon-host-network",
  category: "host",
  severity: "low",
  learnMoreUrl: "https://developers.home-assistant.io/docs/add-ons/security/",
  fixPath: "/hassio/dashboard",
  needs: ["supervisor"],
  evaluate(facts) {
    return judgeAddons(req(facts.supervisor).addons, (a) => a.host_network, "host-addon-host-network.host_network", "host-addon-host-network.none", "warn");
  },
});
