import { ev, fail, pass, req, warn } from "../result.js";
import type { Check } from "../types.js";
import { daysSince } from "../updates/pending.js";
import { hasOffsiteCopy, isOnBox, label, newestFirst } from "./latest.js";

/** An older off-site copy still helps, as long as it is from the last month. */
const OFFSITE_MAX_AGE_DAYS = 30;

export const backupOffsite: Check = {
  id: "backup-offsite",
  category: "backups",
  title: "Recent backups are kept off the Home Assistant machine",
  severity: "medium",
  why: "A backup that exists only on the same disk is lost together with it: a dead SD card, a stolen device or ransomware takes the backups too.",
  fix: "Add an off-site backup location (Home Assistant Cloud, a network storage share, or a backup integration such as Google Drive or OneDrive) and select it for automatic backups.",
  learnMoreUrl: "https://www.home-assistant.io/integrations/backup/",
  fixPath: "/config/backup",
  needs: ["backup"],
  evaluate(facts, ctx) {
    const b = req(facts.backup);
    const sorted = newestFirst(b.backups);
    const latest = sorted[0];
    const offsiteAgents = b.agents.filter((a) => !isOnBox(a.agent_id));
    const agentsNote =
      b.agents.length > 0 && offsiteAgents.length === 0 ? [ev("No off-site backup location is configured")] : [];
    if (latest === undefined) return fail([ev("There are no backups, so none is kept off-site"), ...agentsNote]);
    if (hasOffsiteCopy(latest)) {
      const where = latest.locations.filter((l) => !isOnBox(l)).join(", ");
      return pass(ev(`The newest backup ${label(latest)} is also stored at ${where}`));
    }
    const older = sorted.find((x) => hasOffsiteCopy(x));
    const olderAge = older ? daysSince(older.date, ctx.now) : null;
    const evidence = [ev(`The newest backup ${label(latest)} is stored only on this machine`), ...agentsNote];
    if (older !== undefined && olderAge !== null && olderAge <= OFFSITE_MAX_AGE_DAYS) {
      return warn([...evidence, ev(`The newest off-site copy is ${label(older)}, ${olderAge} days old`)]);
    }
    return fail(evidence);
  },
};
