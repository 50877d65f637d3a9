import { describe, expect, it } from "vitest";
import { backupRecent as check } from "../../../../src/checks/backups/backup-recent.js";
import { daysAgo, facts, missing } from "../../../support/facts-builder.js";
import { run, texts } from "../secrets/support.js";
import { backup, backupFacts } from "./support.js";

describe("backup-recent", () => {
  it("passes for a backup within 7 days", () => {
    const r = run(check, facts());
    expect(r.status).toBe("pass");
    expect(texts(r)[0]).toMatch(/^The newest backup "Automatic backup" \(\d{4}-\d\d-\d\d\) is 1 day old$/);
  });

  it("fails for an old backup and for none at all", () => {
    const old = run(check, facts({ backup: backupFacts({ backups: [backup({ date: daysAgo(12) })], last_completed_automatic_backup: daysAgo(12) }) }));
    expect(old.status).toBe("fail");
    expect(texts(old)[0]).toContain("is 12 days old");
    const none = run(check, facts({ backup: backupFacts({ backups: [], last_completed_automatic_backup: null }) }));
    expect(none.status).toBe("fail");
    expect(texts(none)).toEqual(["No backup has ever been completed"]);
  });

  it("uses the last automatic backup when the list lacks it", () => {
    const r = run(check, facts({ backup: backupFacts({ backups: [backup({ date: daysAgo(30) })], last_completed_automatic_backup: daysAgo(2) }) }));
    expect(r.status).toBe("pass");
    expect(texts(r)).toEqual(["The last automatic backup is 2 days old"]);
  });

  it("is not assessed when the backup integration is not loaded", () => {
    expect(run(check, facts({ backup: missing("component_not_loaded") })).status).toBe("not_assessed");
  });
});
