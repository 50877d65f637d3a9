import { describe, expect, it } from "vitest";
import { backupSchedule as check } from "../../../../src/checks/backups/backup-schedule.js";
import { daysAgo, facts, missing } from "../../../support/facts-builder.js";
import { reasonText, run, texts } from "../secrets/support.js";
import { backupFacts } from "./support.js";

describe("backup-schedule", () => {
  it("passes for a daily schedule that runs", () => {
    const r = run(check, facts());
    expect(r.status).toBe("pass");
    expect(texts(r)[0]).toContain("(daily)");
  });

  it("fails for \"never\" and warns for a schedule that stopped completing", () => {
    expect(run(check, facts({ backup: backupFacts({ schedule: { recurrence: "never" } }) })).status).toBe("fail");
    const stale = run(check, facts({ backup: backupFacts({ last_completed_automatic_backup: daysAgo(20) }) }));
    expect(stale.status).toBe("warn");
    expect(texts(stale)).toEqual(["Automatic backups are scheduled (daily) but the last one completed 20 days ago"]);
  });

  it("is not applicable on versions without a schedule (2024.3.3) and not assessed without facts", () => {
    const r = run(check, facts({ backup: backupFacts({ schedule: null, origin: "backup/info" }) }));
    expect(r.status).toBe("not_applicable");
    expect(reasonText(r)).toContain("2025.1");
    expect(run(check, facts({ backup: missing("component_not_loaded") })).status).toBe("not_assessed");
  });
});
