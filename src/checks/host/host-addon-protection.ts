import { req } from "../result.js";
import type { Check } from "../types.js";
import { judgeAddons } from "./addons.js";

export const hostAddonProtection: Check = {
  id: "host-addon-protection",
  category: "host",
  title: "Protection mode is on for every add-on",
  severity: "high",
  why: "With protection mode off an add-on can get full hardware access, the Docker socket and host-level privileges; a compromised add-on then owns the whole system.",
  fix: "Open each listed add-on's Info page and switch \"Protection mode\" back on, unless the add-on's documentation requires it off and you trust it fully.",
  learnMoreUrl: "https://developers.home-assistant.io/docs/add-ons/security/",
  fixPath: "/hassio/dashboard",
  needs: ["supervisor"],
  evaluate(facts) {
    return judgeAddons(req(facts.supervisor).addons, (a) => !a.protected, () => "has protection mode off", "Protection mode is on everywhere");
  },
};
