import { req } from "../result.js";
import type { Check } from "../types.js";
import { judgeAddons } from "./addons.js";

/** Supervisor rates 1 (worst) … 6; 3 and below means several privileges without AppArmor or similar. */
const MIN_RATING = 4;

export const hostAddonRating: Check = {
  id: "host-addon-rating",
  category: "host",
  title: "Add-ons have a security rating of 4 or higher",
  severity: "medium",
  why: "The Supervisor's security rating sums up an add-on's privileges and isolation; a rating of 3 or below means it can do a lot of damage if it is compromised.",
  fix: "Check whether each listed add-on needs its privileges; replace or remove low-rated add-ons you do not rely on.",
  learnMoreUrl: "https://developers.home-assistant.io/docs/add-ons/security/",
  fixPath: "/hassio/dashboard",
  needs: ["supervisor"],
  evaluate(facts) {
    return judgeAddons(
      req(facts.supervisor).addons,
      (a) => a.rating < MIN_RATING,
      (a) => `has security rating ${a.rating} of 6`,
      `Every add-on is rated ${MIN_RATING} or higher`,
    );
  },
};
