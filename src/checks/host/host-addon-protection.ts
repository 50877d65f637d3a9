import { defineCheck } from "../define.js";
import { req } from "../result.js";
import type { Check } from "../types.js";
import { judgeAddons } from "./addons.js";

export const hostAddonProtection: Check = defineCheck({
  id: "host-addon-protection",
  category: "host",
  severity: "high",
  learnMoreUrl: "https://developers.home-assistant.io/docs/add-ons/security/",
  fixPath: "/hassio/dashboard",
  needs: ["supervisor"],
  evaluate(facts) {
    return judgeAddons(req(facts.supervisor).addons, (a) => !a.protected, "host-addon-protection.off", "host-addon-protection.all_on");
  },
});
