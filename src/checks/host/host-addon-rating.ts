import { defineCheck } from "../define.js";
import { req } from "../result.js";
import type { Check } from "../types.js";
import { judgeAddons } from "./addons.js";

/** Supervisor rates 1 (worst) … 6; 3 and below means several privileges without AppArmor or similar. */
const MIN_RATING = 4;

export const hostAddonRating: Check = defineCheck({
  id: "host-addon-rating",
  category: "host",
  severity: "medium",
  learnMoreUrl: "https://developers.home-assistant.io/docs/add-ons/security/",
  fixPath: "/hassio/dashboard",
  needs: ["supervisor"],
  evaluate(facts) {
    return judgeAddons(
      req(facts.supervisor).addons,
      (a) => a.rating < MIN_RATING,
      "host-addon-rating.low",
      "host-addon-rating.all_rated",
      "fail",
      (a) => ({ rating: a.rating }),
    );
  },
});
