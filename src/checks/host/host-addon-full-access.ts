import { defineCheck } from "../define.js";
import { msg, req } from "../result.js";
import type { Check } from "../types.js";
import { judgeAddons } from "./addons.js";

export const hostAddonFullAccess: Check = defineCheck({
  id: "host-addon-full-access",
  category: "host",
  severity: "high",
  learnMoreUrl: "https://developers.home-assistant.io/docs/add-ons/security/",
  fixPath: "/hassio/dashboard",
  needs: ["supervisor"],
  evaluate(facts) {
    return judgeAddons(
      req(facts.supervisor).addons,
      (a) => a.full_access,
      "host-addon-full-access.full_access",
      "host-addon-full-access.none",
      "fail",
      (a) => ({ protection: a.protected ? "" : msg("host-addon-full-access.unprotected") }),
    );
  },
});
