import { defineCheck } from "../define.js";
import { ev, fail, notApplicable, pass, req, warn } from "../result.js";
import type { Check, Evidence } from "../types.js";
import { capped } from "../secrets/outline.js";
import { label, newestFirst } from "./latest.js";

/** The backups that matter are the recent ones; old unprotected ones are listed only if recent. */
const RECENT = 5;

export const backupEncrypted: Check = defineCheck({
  id: "backup-encrypted",
  category: "backups",
  severity: "medium",
  learnMoreUrl: "https://www.home-assistant.io/common-tasks/general/#backups",
  fixPath: "/config/backup",
  needs: ["backup"],
  evaluate(facts) {
    const b = req(facts.backup);
    const recent = newestFirst(b.backups).slice(0, RECENT);
    if (recent.length === 0 && b.automatic_encrypted === null) return notApplicable("backup-encrypted.no_backups");
    const unprotected = recent.filter((x) => !x.protected);
    const evidence: Evidence[] = [];
    if (b.automatic_encrypted === false) evidence.push(ev("backup-encrypted.automatic_plain"));
    evidence.push(...capped(unprotected.map((x) => ev("backup-encrypted.unprotected", { backup: label(x) }))));
    if (b.automatic_encrypted === false) return fail(evidence, { credit: 0 });
    if (unprotected.length === 0) {
      return pass(b.automatic_encrypted === true ? ev("backup-encrypted.automatic_encrypted") : ev("backup-encrypted.recent_protected", { count: recent.length }));
    }
    const credit = (recent.length - unprotected.length) / recent.length;
    // If even the newest one is unprotected, the exposure is current: fail, else a leftover: warn.
    return recent[0]?.protected === false ? fail(evidence, { credit }) : warn(evidence, { credit });
  },
});
