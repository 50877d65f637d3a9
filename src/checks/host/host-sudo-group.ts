import { ev, fail, notApplicable, pass, req } from "../result.js";
import type { Check } from "../types.js";
import { containerReason, runsOnHost } from "./install.js";

export const hostSudoGroup: Check = {
  id: "host-sudo-group",
  category: "host",
  title: "Home Assistant's user is not an administrator of the machine",
  severity: "medium",
  why: "A Home Assistant user in the sudo, wheel or admin group is one password (or one cached sudo ticket) away from root; a service account needs none of that.",
  fix: "Remove the user from the group (`sudo gpasswd -d homeassistant sudo`) and administer the machine from your own account.",
  learnMoreUrl: "https://www.home-assistant.io/installation/",
  needs: ["host"],
  evaluate(facts) {
    const host = req(facts.host);
    if (!runsOnHost(host)) return notApplicable(containerReason(host));
    const who = host.user ?? `uid ${host.uid}`;
    if (host.in_sudo_group) return fail([ev(`${who} is a member of an administrators group (sudo, wheel or admin)`)]);
    return pass(ev(`${who} is not in the sudo, wheel or admin group`));
  },
};
