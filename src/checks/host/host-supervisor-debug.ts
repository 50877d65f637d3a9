import { defineCheck } from "../define.js";
import { ev, fail, pass, req } from "../result.js";
import type { Check, Evidence } from "../types.js";

export const hostSupervisorDebug: Check = defineCheck({
  id: "host-supervisor-debug",
  category: "host",
  severity: "medium",
  learnMoreUrl: "https://developers.home-assistant.io/docs/supervisor/debugging/",
  fixPath: "/config/logs?provider=supervisor",
  needs: ["addon_settings"],
  evaluate(facts) {
    const s = req(facts.addon_settings).supervisor;
    const on: Evidence[] = [];
    if (s.debug) on.push(ev("host-supervisor-debug.setting_on", { setting: "debug" }));
    if (s.debug_block) on.push(ev("host-supervisor-debug.setting_on", { setting: "debug_block" }));
    return on.length > 0 ? fail(on) : pass(ev("host-supervisor-debug.off"));
  },
});
