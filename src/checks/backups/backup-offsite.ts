import { defineCheck } from "../define.js";
import { ev, fail, pass, req, warn } from "../result.js";
import type { Check } from "../types.js";
import { daysSince } from "../updates/pending.js";
import { hasOffsiteCopy, isOnBox, label, newestFirst } from "./latest.js";

/** An older off-site copy still helps, as long as it is from the last month. */
const OFFSITE_MAX_AGE_DAYS = 30;

export const backupOffsite: Check = defineCheck({
  id: "backup-offsite",
  category: "backups",
  severity: "medium",
  learnMoreUrl: "https://www.home-assistant.io/integrations/backup/",
  fixPath: "/config/backup",
  needs: ["backup"],
  evaluate(facts, ctx) {
    const b = req(facts.backup);
    const sorted = newestFirst(b.backups);
    const latest = sorted[0];
    const offsiteAgents = b.agents.filter((a) => !isOnBox(a.agent_id));
    const agentsNote =
      b.agents.length > 0 && offsiteAgents.length === 0 ? [ev("backup-offsite.no_location")] : [];
    if (latest === undefined) return fail([ev("backup-offsite.no_backups"), ...agentsNote]);
    if (hasOffsiteCopy(latest)) {
      const where = latest.locations.filter((l) => !isOnBox(l)).join(", ");
      return pass(ev("backup-offsite.offsite", { backup: label(latest), locations: where }));
    }
    const older = sorted.find((x) => hasOffsiteCopy(x));
    const olderAge = older ? daysSince(older.date, ctx.now) : null;
    const evidence = [ev("backup-offsite.local_only", { backup: label(latest) }), ...agentsNote];
    if (older !== undefined && olderAge !== null && olderAge <= OFFSITE_MAX_AGE_DAYS) {
      return warn([...evidence, ev("backup-offsite.older_copy", { backup: label(older), days: olderAge })]);
    }
    return fail(evidence);
  },
});
