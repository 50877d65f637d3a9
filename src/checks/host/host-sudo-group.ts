import { defineCheck } from "../define.js";
import { ev, fail, notApplicable, pass, req } from "../result.js";
import type { Check } from "../types.js";
import { containerReason, runsOnHost } from "./install.js";

export const hostSudoGroup: Check = defineCheck({
  id: "host-sudo-group",
  category: "host",
  severity: "medium",
  learnMoreUrl: "https://www.home-assistant.io/installation/",
  needs: ["host"],
  evaluate(facts) {
    const host = req(facts.host);
    if (!runsOnHost(host)) return notApplicable(containerReason(host));
    const who = host.user ?? `uid ${host.uid}`;
    if (host.in_sudo_group) return fail([ev("host-sudo-group.member", { user: who })]);
    return pass(ev("host-sudo-group.not_member", { user: who }));
  },
});
