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
    const r = run(check, facts({ config: coreAt("2026.5.0"), supervisor: ok(sup) }));
    expect(r.status).toBe("fail");
    const t = texts(r);
    expect(t).toHaveLength(5);
    expect(t[0]).toContain("GHSA-5hxg-r395-fqxx (CVE-2026-64825): Core 2026.5.0 is below 2026.6.0");
    expect(t[0]).toContain("https://github.com/advisories/GHSA-5hxg-r395-fqxx");
    expect(t[2]).toContain("GHSA-cwh8-w64c-4j5h (CVE-2026-64824): Core 2026.5.0 is below 2026.7.0");
    expect(t[4]).toContain("GHSA-gh5m-4m97-c95h (CVE-2026-34205): Supervisor 2026.03.1 is below 2026.03.2");
    expect(t[4]).toContain("https://github.com/home-assistant/operating-system/security/advisories/GHSA-gh5m-4m97-c95h");
  });

  it("passes on the release that carries the newest fix", () => {
    expect(run(check, facts({ config: coreAt("2026.7.0"), supervisor: missing("supervisor_absent") })).status).toBe("pass");
  });

  it("works without a Supervisor, and is not assessed when no version is known", () => {
    expect(run(check, facts({ supervisor: missing("supervisor_absent"), config: coreAt("2023.3.1") })).status).toBe("fail");
    expect(run(check, facts({ supervisor: missing("supervisor_absent"), config: missing("offline") })).status).toBe("not_assessed");
  });
});
