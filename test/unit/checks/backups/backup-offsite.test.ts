import { describe, expect, it } from "vitest";
import { backupOffsite as check } from "../../../../src/checks/backups/backup-offsite.js";
import { daysAgo, facts, missing } from "../../../support/facts-builder.js";
import { run, texts } from "../secrets/support.js";
import { backup, backupFacts } from "./support.js";

const localOnly = backup({ name: "Manual", date: daysAgo(1), locations: ["local"] });

describe("backup-offsite", () => {
  it("passes when the newest backup has an off-site copy", () => {
    const r = run(check, facts());
    expect(r.status).toBe("pass");
    expect(texts(r)[0]).toContain("is also stored at cloud.cloud");
  });

  it("fails when backups exist only on the box and no off-site agent is configured", () => {
    const r = run(check, facts({ backup: backupFacts({ backups: [localOnly], agents: [{ agent_id: "hassio.local", name: "This system" }] }) }));
    expect(r.status).toBe("fail");
    expect(texts(r)[1]).toBe("No off-site backup location is configured");
  });

  it("warns when an off-site copy from the last month exists", () => {
    const r = run(check, facts({ backup: backupFacts({ backups: [localOnly, backup({ date: daysAgo(10) })] }) }));
    expect(r.status).toBe("warn");
  });

  it("fails with no backups, and is not assessed without backup facts", () => {
    expect(run(check, facts({ backup: backupFacts({ backups: [] }) })).status).toBe("fail");
    expect(run(check, facts({ backup: missing("not_admin") })).status).toBe("not_assessed");
  });
});
