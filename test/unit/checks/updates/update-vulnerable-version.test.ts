import { describe, expect, it } from "vitest";
import { updateVulnerableVersion as check } from "../../../../src/checks/updates/update-vulnerable-version.js";
import { SUPERVISOR_DEFAULT, baseFacts, facts, missing, ok } from "../../../support/facts-builder.js";
import { run, texts } from "../secrets/support.js";

const base = baseFacts().config;
if (!base.ok) throw new Error("base config");
const coreAt = (version: string) => ok({ ...base.value, version });

describe("update-vulnerable-version", () => {
  it("passes for current versions", () => {
    const r = run(check, facts());
    expect(r.status).toBe("pass");
    expect(texts(r)).toEqual(["No published advisory affects Core 2026.11.1 or Supervisor 2026.11.0"]);
  });

  it("fails naming each advisory id and URL", () => {
    const sup = { ...SUPERVISOR_DEFAULT, supervisor: { ...SUPERVISOR_DEFAULT.supervisor, version: "2026.03.1" } };
    const r = run(check, facts({ config: coreAt("2023.12.1"), supervisor: ok(sup) }));
    expect(r.status).toBe("fail");
    const t = texts(r);
    expect(t).toHaveLength(2);
    expect(t[0]).toContain("GHSA-jqpc-rc7g-vf83 (CVE-2023-50715): Core 2023.12.1 is below 2023.12.3");
    expect(t[0]).toContain("https://github.com/home-assistant/core/security/advisories/GHSA-jqpc-rc7g-vf83");
    expect(t[1]).toContain("GHSA-gh5m-4m97-c95h (CVE-2026-34205): Supervisor 2026.03.1 is below 2026.03.2");
  });

  it("works without a Supervisor, and is not assessed when no version is known", () => {
    expect(run(check, facts({ supervisor: missing("supervisor_absent"), config: coreAt("2023.3.1") })).status).toBe("fail");
    expect(run(check, facts({ supervisor: missing("supervisor_absent"), config: missing("offline") })).status).toBe("not_assessed");
  });
});
