import { ev, fail, notApplicable, pass, req, warn } from "../result.js";
import type { Check, Evidence } from "../types.js";
import { capped } from "../secrets/outline.js";
import { label, newestFirst } from "./latest.js";

/** The backups that matter are the recent ones; old unprotected ones are listed only if recent. */
const RECENT = 5;

export const backupEncrypted: Check = {
  id: "backup-encrypted",
  category: "backups",
  title: "Backups are encrypted",
  severity: "medium",
  why: "A backup contains secrets.yaml and .storage (password hashes, access tokens, every integration's credentials); an unencrypted copy in the cloud or on a share hands them to whoever can read it.",
  fix: "Turn on encryption for automatic backups in Settings → System → Backups (keep the encryption key somewhere safe), and set a password on manual backups.",
  learnMoreUrl: "https://www.home-assistant.io/common-tasks/general/#backups",
  fixPath: "/config/backup",
  needs: ["backup"],
  evaluate(facts) {
    const b = req(facts.backup);
    const recent = newestFirst(b.backups).slice(0, RECENT);
    if (recent.length === 0 && b.automatic_encrypted === null) return notApplicable("There are no backups and no automatic backup settings.");
    const unprotected = recent.filter((x) => !x.protected);
    const evidence: Evidence[] = [];
    if (b.automatic_encrypted === false) evidence.push(ev("Automatic backups are not encrypted"));
    evidence.push(...capped(unprotected.map((x) => ev(`Backup ${label(x)} is not password-protected`))));
    if (b.automatic_encrypted === false) return fail(evidence, { credit: 0 });
    if (unprotected.length === 0) {
      return pass(ev(b.automatic_encrypted === true ? "Automatic backups are encrypted" : `The ${recent.length} newest backup(s) are password-protected`));
    }
    const credit = (recent.length - unprotected.length) / recent.length;
    // If even the newest one is unprotected, the exposure is current: fail, else a leftover: warn.
    return recent[0]?.protected === false ? fail(evidence, { credit }) : warn(evidence, { credit });
  },
};
