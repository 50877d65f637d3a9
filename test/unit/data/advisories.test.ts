import { describe, expect, it } from "vitest";
import { ADVISORIES, advisoriesFor, isAffected, type AdvisoryRecord } from "../../../src/data/advisories.js";
import { compareVersions } from "../../../src/data/version.js";

const SOURCE = /^https:\/\/(github\.com\/home-assistant\/[\w.-]+\/security\/advisories\/GHSA(-[23456789cfghjmpqrvwx]{4}){3}|github\.com\/advisories\/GHSA(-[23456789cfghjmpqrvwx]{4}){3}|www\.home-assistant\.io\/.+)$/;
const ids = (core: string | null, supervisor: string | null = null) => advisoriesFor(core, supervisor).map((a) => a.id);

describe("the advisory table", () => {
  it.each(ADVISORIES.map((a) => [`${a.component} ${a.id}`, a] as const))("%s has a source, ids and versions that parse", (_, a) => {
    expect(a.url).toMatch(SOURCE);
    expect(a.id).toMatch(/^GHSA(-[23456789cfghjmpqrvwx]{4}){3}$/);
    // A GHSA hosted on the advisory database or a repository is the row's own id.
    expect(a.url.endsWith(`/${a.id}`)).toBe(true);
    for (const alias of a.aliases) expect(alias).toMatch(/^CVE-\d{4}-\d{4,}$/);
    expect(compareVersions(a.fixedIn, a.fixedIn)).toBe(0);
    if (a.introducedIn !== null) expect(compareVersions(a.introducedIn, a.fixedIn)).toBe(-1);
    expect(["low", "moderate", "high", "critical"]).toContain(a.severity);
    expect(a.summary.length).toBeGreaterThan(10);
    expect(a.summary).not.toMatch(/\n/);
  });

  it("is sorted by component, fixed version, then id, without duplicates", () => {
    const key = (a: AdvisoryRecord) => `${a.component} ${a.id}`;
    const order = (a: AdvisoryRecord, b: AdvisoryRecord) =>
      a.component.localeCompare(b.component) || (compareVersions(a.fixedIn, b.fixedIn) ?? 0) || a.id.localeCompare(b.id);
    expect(ADVISORIES.map(key)).toEqual([...ADVISORIES].sort(order).map(key));
    expect(new Set(ADVISORIES.map(key)).size).toBe(ADVISORIES.length);
  });

  it("links the host-network advisory to the operating-system repository that published it", () => {
    const row = ADVISORIES.find((a) => a.id === "GHSA-gh5m-4m97-c95h");
    expect(row?.component).toBe("supervisor");
    expect(row?.url).toBe("https://github.com/home-assistant/operating-system/security/advisories/GHSA-gh5m-4m97-c95h");
  });
});

describe("advisoriesFor", () => {
  it("grades Core 2026.5.0 vulnerable to the 2026 backup advisories", () => {
    expect(ids("2026.5.0")).toEqual(expect.arrayContaining(["GHSA-5hxg-r395-fqxx", "GHSA-x84v-g949-293w", "GHSA-cwh8-w64c-4j5h"]));
  });

  it("clears each fix at the release that names it", () => {
    expect(ids("2026.6.0")).not.toContain("GHSA-5hxg-r395-fqxx");
    expect(ids("2026.6.0")).toContain("GHSA-cwh8-w64c-4j5h");
    expect(ids("2026.7.0")).toEqual([]);
    expect(ids("2026.7.0b0")).toContain("GHSA-cwh8-w64c-4j5h");
  });

  it("leaves versions before an advisory's introduction alone", () => {
    const jqpc = ADVISORIES.find((a) => a.id === "GHSA-jqpc-rc7g-vf83");
    if (jqpc === undefined) throw new Error("row missing");
    expect(isAffected(jqpc, "2023.11.3")).toBe(false);
    expect(isAffected(jqpc, "2023.12.0")).toBe(true);
    expect(isAffected(jqpc, "2023.12.3")).toBe(false);
    expect(ids("2023.11.3")).not.toContain("GHSA-jqpc-rc7g-vf83");
  });

  it("matches Supervisor rows against the Supervisor version only", () => {
    expect(ids(null, "2026.03.1")).toEqual(["GHSA-gh5m-4m97-c95h"]);
    expect(ids(null, "2026.03.2")).toEqual([]);
    expect(ids("2026.11.1", "2026.11.0")).toEqual([]);
  });

  it("never matches an unknown or unparsable version", () => {
    expect(ids(null, null)).toEqual([]);
    expect(ids("dev", "not-a-version")).toEqual([]);
  });

  it("returns the scorecard's Advisory shape, not the table's bookkeeping", () => {
    const [first] = advisoriesFor("2026.5.0", null);
    expect(Object.keys(first ?? {}).sort()).toEqual(["aliases", "component", "fixedIn", "id", "summary", "url"]);
  });
});
