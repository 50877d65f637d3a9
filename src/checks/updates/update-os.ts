import { defineCheck } from "../define.js";
import { ev, fail, notApplicable, opt, pass, req, warn } from "../result.js";
import type { Check } from "../types.js";
import { OS_ENTITY, daysSince, pendingFor, versions } from "./pending.js";

export const updateOs: Check = defineCheck({
  id: "update-os",
  category: "updates",
  severity: "high",
  learnMoreUrl: "https://www.home-assistant.io/common-tasks/os/#updating-home-assistant",
  fixPath: "/config/updates",
  needs: ["supervisor", "updates"],
  optional: ["updates"],
  evaluate(facts, ctx) {
    const os = req(facts.supervisor).os;
    if (os === null) return notApplicable("update-os.not_os");
    if (!os.update_available) return pass(ev("update-os.latest", { version: os.version ?? "?" }));
    const entity = opt(facts.updates)?.find((u) => u.entity_id === OS_ENTITY && u.state === "on");
    const days = entity ? daysSince(entity.last_changed, ctx.now) : null;
    const evidence = [ev("update-os.pending", { versions: versions(os.version, os.version_latest), pending: pendingFor(days) })];
    return days !== null && days <= 7 ? warn(evidence) : fail(evidence);
  },
});
