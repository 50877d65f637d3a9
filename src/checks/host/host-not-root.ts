import { defineCheck } from "../define.js";
import { ev, fail, notApplicable, pass, req } from "../result.js";
import type { Check } from "../types.js";
import { containerReason, runsOnHost } from "./install.js";

export const hostNotRoot: Check = defineCheck({
  id: "host-not-root",
  category: "host",
  severity: "high",
  learnMoreUrl: "https://www.home-assistant.io/installation/",
  needs: ["host"],
  evaluate(facts) {
    const host = req(facts.host);
    if (!runsOnHost(host)) return notApplicable(containerReason(host));
    const who = host.user ?? `uid ${host.uid}`;
    if (host.is_root || host.uid === 0) return fail([ev("host-not-root.runs_as", { user: who, uid: host.uid })]);
    return pass(ev("host-not-root.runs_as", { user: who, uid: host.uid }));
  },
});
