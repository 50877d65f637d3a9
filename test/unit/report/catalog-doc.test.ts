import { describe, expect, it } from "vitest";
import { CATALOG } from "../../../src/checks/catalog.js";
import { catalogJson, checksMarkdown, replaceSection, scoringMarkdown } from "../../../src/report/catalog-doc.js";
import { check } from "../score/checks.js";

const CAT = [
  check("net-b", "high", { status: "pass", evidence: [] }, { category: "network" }),
  check("acc-a", "critical", { status: "pass", evidence: [] }),
];

describe("catalog.json", () => {
  it("lists every check in catalog order with the backend's fields", () => {
    const doc = JSON.parse(catalogJson(CAT)) as { version: number; checks: Record<string, unknown>[] };
    expect(doc.version).toBe(1);
    expect(doc.checks.map((c) => c.id)).toEqual(["net-b", "acc-a"]);
    expect(doc.checks[0]).toEqual({
      id: "net-b",
      category: "network",
      title: "Title of net-b",
      problem: "Problem of net-b",
      severity: "high",
      why: "Why net-b matters.",
      fix: "Fix net-b.",
      learn_more_url: "https://www.home-assistant.io/docs/net-b/",
      placeholders: ["where"],
    });
  });

  it("declares the grades and each check's placeholder keys for the backend's sync", () => {
    const doc = JSON.parse(catalogJson(CATALOG)) as { grades: string[]; checks: { id: string; placeholders: string[] }[] };
    expect(doc.grades).toEqual(["A+", "A", "A-", "B+", "B", "B-", "C+", "C", "C-", "D+", "D", "D-", "F", "V", "N/A"]);
    // `where` (the evidence's places, src/score/where.ts) is every check's; the rest are the check's own.
    expect(doc.checks.find((c) => c.id === "backup-recent")?.placeholders).toEqual(["days", "where"]);
    expect(doc.checks.find((c) => c.id === "auth-owner-mfa")?.placeholders).toEqual(["where"]);
  });

  it("holds the real catalog with https links", () => {
    const doc = JSON.parse(catalogJson(CATALOG)) as { checks: { id: string; learn_more_url: string }[] };
    expect(doc.checks).toHaveLength(CATALOG.length);
    for (const c of doc.checks) expect(c.learn_more_url, c.id).toMatch(/^https:\/\//);
  });
});

describe("README sections", () => {
  it("tables the checks by category, in CATEGORIES order", () => {
    const md = checksMarkdown(CAT);
    expect(md.indexOf("### Accounts & authentication")).toBeLessThan(md.indexOf("### Network exposure & transport"));
    expect(md).toContain("| `acc-a` | critical | Title of acc-a | [docs](https://www.home-assistant.io/docs/acc-a/) |");
    expect(md).not.toContain("### Updates");
  });

  it("documents the scoring numbers from scoring-data", () => {
    const md = scoringMarkdown();
    expect(md).toContain("| critical | 10 |");
    expect(md).toContain("| high | 7.5 |");
    expect(md).toContain("| info | 0 |");
    expect(md).toContain("| A+ | 100, and no open warning or failure |");
    expect(md).toContain("| A | 90–99 |");
    expect(md).toContain("| B- | 65–69 |");
    expect(md).toContain("| F | 0–24 |");
    expect(md).toContain("caps the grade at C");
    expect(md).toContain("`supervisor_absent`");
  });

  it("replaces only between the markers, idempotently", () => {
    const doc = "# T\n<!-- checks:start -->\nold\n<!-- checks:end -->\ntail\n";
    const once = replaceSection(doc, "checks", "new body");
    expect(once).toBe("# T\n<!-- checks:start -->\nnew body\n<!-- checks:end -->\ntail\n");
    expect(replaceSection(once!, "checks", "new body")).toBe(once);
    expect(replaceSection(doc, "scoring", "x")).toBeNull();
    expect(replaceSection("<!-- checks:end --><!-- checks:start -->", "checks", "x")).toBeNull();
  });
});
