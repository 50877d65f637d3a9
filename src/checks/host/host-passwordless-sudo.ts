import { defineCheck } from "../define.js";
import { ev, fail, notApplicable, pass, req } from "../result.js";
import type { Check } from "../types.js";

export const hostPasswordlessSudo: Check = defineCheck({
  id: "host-passwordless-sudo",
  category: "host",
  severity: "critical",
  learnMoreUrl: "https://www.home-assistant.io/installation/",
  needs: ["host"],
  evaluate(facts) {
    const host = req(facts.host);
    const who = host.user ?? `uid ${host.uid}`;
    if (host.passwordless_sudo === true) return fail([ev("host-passwordless-sudo.passwordless", { user: who })]);
    if (host.passwordless_sudo === false) return pass(ev("host-passwordless-sudo.password_needed", { user: who }));
    return notApplicable("host-passwordless-sudo.no_sudo");
  },
});
