import { req } from "../result.js";
import type { Check } from "../types.js";
import { judgeAddons } from "./addons.js";

export const hostAddonHostNetwork: Check = {
  id: "host-addon-host-network",
  category: "host",
  title: "Add-ons use the isolated network",
  severity: "low",
  why: "An add-on on the host network can listen on any port of the machine and reach services bound to localhost; a flaw in it is reachable from your whole LAN.",
  fix: "Prefer add-ons that do not need the host network; review what each listed add-on exposes and stop those you do not use.",
  learnMoreUrl: "https://developers.home-assistant.io/docs/add-ons/security/",
  fixPath: "/hassio/dashboard",
  needs: ["supervisor"],
  evaluate(facts) {
    return judgeAddons(req(facts.supervisor).addons, (a) => a.host_network, () => "uses the host network", "No add-on uses the host network", "warn");
  },
};
