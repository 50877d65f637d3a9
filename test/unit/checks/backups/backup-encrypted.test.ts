import { describe, expect, it } from "vitest";
import { backupEncrypted as check } from "../../../../src/checks/backups/backup-encrypted.js";
import { daysAgo, facts, missing } from "../../../support/facts-builder.js";
import { run, texts } from "../secrets/support.js";
import { backup, backupFacts } from "./support.js";

describe("backup-encrypted", () => {
  it("passes when automatic backups are encrypted", () => {
    expect(run(check, facts()).status).toBe("pass");
  });

  it("fails when automatic backups are not encrypted", () => {
    const r = run(check, facts({ backup: backupFacts({ automatic_encrypted: false, backups: [backup({ protected: false })] }) }));
    expect(r.status).toBe("fail");
    expect(texts(r)[0]).toBe("Automatic backups are not encrypted");
  });

  it("warns with partial credit for an older unprotected manual backup", () => {
    const r = run(
      check,
      facts({ backup: backupFacts({ backups: [backup(), backup({ name: "Before upgrade", date: daysAgo(3), protected: false })] }) }),
    );
    expect(r.status).toBe("warn");
    expect(r.credit).toBeCloseTo(0.5);
    expect(texts(r)[0]).toMatch(/^Backup "Before upgrade" \(.+\) is not password-protected$/);
  });

  it("is not applicable with no backups and no settings, not assessed without facts", () => {
    expect(run(check, facts({ backup: backupFacts({ backups: [], automatic_encrypted: null }) })).status).toBe("not_applicable");
    expect(run(check, facts({ backup: missing("component_not_loaded") })).status).toBe("not_assessed");
  });
});
