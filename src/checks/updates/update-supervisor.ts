import { defineCheck } from "../define.js";
import { ev, fail, pass, req } from "../result.js";
import type { Check } from "../types.js";
import { versions } from "./pending.js";

export const updateSupervisor: Check = defineCheck({
  id: "update-supervisor",
  category: "updates",
  severity: "high",
  learnMoreUrl: "https://www.home-assistant.io/integrations/hassio/",
  fixPath: "/config/updates",
  needs: ["supervisor"],
  evaluate(facts) {
    const s = req(facts.supervisor).supervisor;
    if (!s.update_available) return pass(ev("update-supervisor.latest", { version: s.version }));
    const versionsText = versions(s.version, s.version_latest);
    return fail([s.auto_update ? ev("update-supervisor.pending", { versions: versionsText }) : ev("update-supervisor.pending_manual", { versions: versionsText })]);
  },
});
