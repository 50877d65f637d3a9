import { req } from "../result.js";
import type { Check } from "../types.js";
import { judgeAddons } from "./addons.js";

export const hostAddonFullAccess: Check = {
  id: "host-addon-full-access",
  category: "host",
  title: "No add-on has full hardware access",
  severity: "high",
  why: "An add-on with full access can reach every device and, with protection mode off, runs privileged: it can take over the host.",
  fix: "Remove add-ons with full access that you do not strictly need, and keep protection mode on for the rest.",
  learnMoreUrl: "https://developers.home-assistant.io/docs/add-ons/security/",
  fixPath: "/hassio/dashboard",
  needs: ["supervisor"],
  evaluate(facts) {
    return judgeAddons(
      req(facts.supervisor).addons,
      (a) => a.full_access,
      (a) => (a.protected ? "requests full hardware access" : "has full hardware access with protection mode off"),
      "No add-on has full hardware access",
    );
  },
};
