import { describe, expect, it } from "vitest";
import { CATALOG } from "../../../src/checks/catalog.js";
import { CATEGORIES } from "../../../src/checks/types.js";
import type { Facts } from "../../../src/facts/types.js";
import type { Message } from "../../../src/i18n/message.js";
import { ENGLISH_TEXTS } from "../../../src/i18n/texts.js";
import { evaluate } from "../../../src/score/evaluate.js";
import { gradeForScore, gradeRank } from "../../../src/score/grade.js";
import { GRADE_BANDS, SEVERITY_WEIGHTS } from "../../../src/score/scoring-data.js";
import { NOW, SUPERVISOR_DEFAULT, facts, missing, ok } from "../../support/facts-builder.js";
import { FAIL, PASS, WARN, check } from "./checks.js";

/** A reason or cap reason as the English report shows it. */
const english = (m: Message | null | undefined): string | null => (m ? ENGLISH_TEXTS.message(m) : null);

const at = { now: NOW };

describe("score", () => {
  it("weights checks by severity", () => {
    // critical passes (10), high fails (7.5): 10 / 17.5 = 57.14 → 57
    const sc = evaluate(facts(), { ...at, catalog: [check("a", "critical", PASS), check("b", "high", FAIL)] });
    expect(sc.score).toBe(57);
    const sc2 = evaluate(facts(), { ...at, catalog: [check("a", "low", PASS), check("b", "medium", FAIL)] });
    expect(sc2.score).toBe(33); // 2.5 / 7.5
  });

  it("gives warnings half credit and honours partial credit, clamped to [0,1]", () => {
    expect(evaluate(facts(), { ...at, catalog: [check("a", "high", WARN)] }).score).toBe(50);
    const partial = evaluate(facts(), { ...at, catalog: [check("a", "high", { ...FAIL, credit: 0.25 }), check("b", "high", PASS)] });
    expect(partial.score).toBe(63); // (0.25 + 1) / 2 = 62.5 → 63
    expect(evaluate(facts(), { ...at, catalog: [check("a", "high", { ...FAIL, credit: 7 }), check("b", "high", FAIL)] }).score).toBe(50);
    expect(evaluate(facts(), { ...at, catalog: [check("a", "high", { ...PASS, credit: -3 }), check("b", "high", PASS)] }).score).toBe(50);
    expect(evaluate(facts(), { ...at, catalog: [check("a", "high", { ...PASS, credit: Number.NaN }), check("b", "high", PASS)] }).score).toBe(50);
  });

  it("never lets an info check move the score", () => {
    const base = [check("a", "high", PASS), check("b", "medium", FAIL)];
    const without = evaluate(facts(), { ...at, catalog: base }).score;
    const withFail = evaluate(facts(), { ...at, catalog: [...base, check("i", "info", FAIL)] });
    const withPass = evaluate(facts(), { ...at, catalog: [...base, check("i", "info", PASS)] });
    expect(withFail.score).toBe(without);
    expect(withPass.score).toBe(without);
    expect(withFail.categories[0]?.checks.find((e) => e.check.id === "i")?.weight).toBe(0);
    // only info checks assessed: nothing to score
    const onlyInfo = evaluate(facts(), { ...at, catalog: [check("i", "info", PASS)] });
    expect(onlyInfo.score).toBeNull();
    expect(onlyInfo.grade).toBe("N/A");
  });

  it("applies a result's severity override to the weight", () => {
    const sc = evaluate(facts(), { ...at, catalog: [check("a", "low", { ...FAIL, severity: "critical" }), check("b", "low", PASS)] });
    const a = sc.categories[0]?.checks[0];
    expect(a?.severity).toBe("critical");
    expect(a?.weight).toBe(SEVERITY_WEIGHTS.critical);
    expect(sc.score).toBe(20); // 2.5 / 12.5
  });

  it("leaves not-applicable and not-assessed checks out of both sums", () => {
    const sc = evaluate(facts(), {
      ...at,
      catalog: [
        check("a", "high", PASS),
        check("na", "critical", { status: "not_applicable", evidence: [], reason: { key: "no add-ons" } }),
        check("nx", "critical", { status: "not_assessed", evidence: [], reason: { key: "cannot tell" } }),
      ],
    });
    expect(sc.score).toBe(100);
    expect(sc.counts).toEqual({ pass: 1, fail: 0, warn: 0, not_applicable: 1, not_assessed: 1 });
  });

  it("returns a null score and N/A grade when nothing was assessed", () => {
    expect(evaluate(facts(), { ...at, catalog: [check("x", "high", PASS, { needs: ["http"] })] }).score).toBe(100);
    const none = evaluate(facts({ http: missing("backend_absent") }), { ...at, catalog: [check("x", "high", PASS, { needs: ["http"] })] });
    expect(none.score).toBeNull();
    expect(none.grade).toBe("N/A");
    expect(none.coverage).toEqual({ assessed: 0, applicable: 1, ratio: 0 });
  });
});

describe("gating on needs", () => {
  it("marks a check not assessed, naming the fact and its message", () => {
    let called = false;
    const c = check("x", "high", () => ((called = true), PASS), { needs: ["http", "config"] });
    const sc = evaluate(facts({ http: missing("backend_absent") }), { ...at, catalog: [c] });
    const e = sc.categories[0]?.checks[0];
    expect(called).toBe(false);
    expect(e?.status).toBe("not_assessed");
    expect(english(e?.result.reason)).toBe("http unavailable: unavailable in test: backend_absent");
    expect(e?.credit).toBeNull();
  });

  it("marks a check not applicable when the Supervisor is absent, even if other needs are missing", () => {
    const c = check("x", "high", PASS, { needs: ["http", "supervisor"] });
    const sc = evaluate(facts({ http: missing("backend_absent"), supervisor: missing("supervisor_absent") }), { ...at, catalog: [c] });
    const e = sc.categories[0]?.checks[0];
    expect(e?.status).toBe("not_applicable");
    expect(english(e?.result.reason)).toContain("supervisor unavailable");
  });

  it("runs a check whose only missing needs are optional", () => {
    const c = check("x", "high", FAIL, { needs: ["http", "outline"], optional: ["outline"] });
    const sc = evaluate(facts({ outline: missing("offline") }), { ...at, catalog: [c] });
    expect(sc.categories[0]?.checks[0]?.status).toBe("fail");
  });

  it("turns a throwing check into not assessed with the message, never a crash", () => {
    const boom = check("boom", "critical", () => {
      throw new Error("cannot read property x\n  at stack line");
    });
    const sc = evaluate(facts(), { ...at, catalog: [boom, check("ok", "high", PASS)] });
    const e = sc.categories[0]?.checks[0];
    expect(e?.status).toBe("not_assessed");
    expect(english(e?.result.reason)).toBe("check failed: cannot read property x");
    expect(sc.score).toBe(100);
    const bad = check("bad", "high", () => ({ status: "nope", evidence: [] }) as unknown as typeof PASS);
    expect(english(evaluate(facts(), { ...at, catalog: [bad] }).categories[0]?.checks[0]?.result.reason)).toBe("check failed: invalid result");
    // A reason must be a message: a plain sentence (English only, unrenderable) is an invalid result too.
    const sentence = check("sentence", "high", () => ({ status: "not_assessed", evidence: [], reason: "No token list could be read." }) as unknown as typeof PASS);
    expect(english(evaluate(facts(), { ...at, catalog: [sentence] }).categories[0]?.checks[0]?.result.reason)).toBe("check failed: invalid result");
  });

  it("passes the clock to checks", () => {
    let seen: Date | null = null;
    // the helper's checks ignore ctx, so build one that records it
    const raw = { ...check("t", "low", PASS), evaluate: (_f: Facts, ctx: { now: Date }) => ((seen = ctx.now), PASS) };
    const sc = evaluate(facts(), { now: NOW, catalog: [raw] });
    expect(seen).toEqual(NOW);
    expect(sc.evaluatedAt).toBe(NOW.toISOString());
  });
});

describe("grade", () => {
  it("follows the Observatory bands", () => {
    const cases: [number, string][] = [
      [100, "A+"], [99, "A"], [90, "A"], [89, "A-"], [85, "A-"], [84, "B+"], [80, "B+"], [79, "B"], [70, "B"],
      [69, "B-"], [65, "B-"], [64, "C+"], [60, "C+"], [59, "C"], [50, "C"], [49, "C-"], [45, "C-"], [44, "D+"],
      [40, "D+"], [39, "D"], [30, "D"], [29, "D-"], [25, "D-"], [24, "F"], [0, "F"],
    ];
    for (const [s, g] of cases) expect(gradeForScore(s), `score ${s}`).toBe(g);
    expect(GRADE_BANDS.map((b) => b.grade)).toEqual(["A+", "A", "A-", "B+", "B", "B-", "C+", "C", "C-", "D+", "D", "D-", "F"]);
    expect(gradeRank("V")).toBeGreaterThan(gradeRank("F"));
  });

  it("needs 100 and no warnings for A+", () => {
    expect(evaluate(facts(), { ...at, catalog: [check("a", "high", PASS)] }).grade).toBe("A+");
    // an info warning does not move the score (100) but still blocks A+
    const sc = evaluate(facts(), { ...at, catalog: [check("a", "high", PASS), check("i", "info", WARN)] });
    expect(sc.score).toBe(100);
    expect(sc.grade).toBe("A");
    // a warn with full credit likewise
    expect(evaluate(facts(), { ...at, catalog: [check("w", "high", { ...WARN, credit: 1 })] }).grade).toBe("A");
  });

  it("caps the grade at C on a failed critical, with the reason", () => {
    const cat = [check("crit", "critical", FAIL), ...Array.from({ length: 20 }, (_, i) => check(`p${i}`, "critical", PASS))];
    const sc = evaluate(facts(), { ...at, catalog: cat });
    expect(sc.score).toBe(95);
    expect(sc.uncappedGrade).toBe("A");
    expect(sc.grade).toBe("C");
    expect(english(sc.capReason)).toBe("capped at C: failed critical check crit");
    expect(sc.wouldBeGrade).toBe("C");
  });

  it("does not raise a grade already below the cap", () => {
    const sc = evaluate(facts(), { ...at, catalog: [check("crit", "critical", FAIL), check("p", "low", PASS)] });
    expect(sc.grade).toBe("F");
    expect(sc.capReason).toBeNull();
  });

  it("a critical warning does not cap; a severity raised to critical on failure does", () => {
    const pad = Array.from({ length: 10 }, (_, i) => check(`p${i}`, "critical", PASS));
    expect(evaluate(facts(), { ...at, catalog: [check("w", "critical", WARN), ...pad] }).grade).toBe("A");
    expect(evaluate(facts(), { ...at, catalog: [check("f", "low", { ...FAIL, severity: "critical" }), ...pad] }).grade).toBe("C");
  });

  it("shows V for a vulnerable version and keeps the would-be grade", () => {
    const old = facts({
      config: ok({ ...(facts().config as { value: import("../../../src/facts/types.js").CoreConfig }).value, version: "2023.3.1" }),
    });
    const sc = evaluate(old, { ...at, catalog: [check("a", "high", PASS)] });
    expect(sc.grade).toBe("V");
    expect(sc.uncappedGrade).toBe("A+");
    expect(sc.advisories.map((a) => a.id)).toContain("GHSA-2j8f-h4mr-qr25");
    expect(english(sc.capReason)).toMatch(/^vulnerable version: core < 2023\.3\.2 \(GHSA-2j8f-h4mr-qr25\)/);
    expect(sc.haVersion).toBe("2023.3.1");
    expect(sc.wouldBeGrade).toBe("A+");
  });

  it("with V and a failed critical, the would-be grade is the capped one", () => {
    const cfg = facts().config;
    const old = facts({ config: ok({ ...(cfg.ok ? cfg.value : ({} as never)), version: "2023.3.1" }) });
    const cat = [check("crit", "critical", FAIL), ...Array.from({ length: 20 }, (_, i) => check(`p${i}`, "critical", PASS))];
    const sc = evaluate(old, { ...at, catalog: cat });
    expect(sc.grade).toBe("V");
    expect(sc.uncappedGrade).toBe("A");
    expect(sc.wouldBeGrade).toBe("C");
    expect(english(sc.capReason)).toMatch(/^vulnerable version: .*; capped at C: failed critical check crit$/);
  });

  it("shows V on Core 2026.5.0 (2026 backup advisories) and not on 2026.7.0", () => {
    const cfg = facts().config;
    const at5 = facts({ config: ok({ ...(cfg.ok ? cfg.value : ({} as never)), version: "2026.5.0" }) });
    const sc = evaluate(at5, { ...at, catalog: [check("a", "high", PASS)] });
    expect(sc.grade).toBe("V");
    expect(sc.advisories.map((a) => a.id)).toContain("GHSA-5hxg-r395-fqxx");
    const at7 = facts({ config: ok({ ...(cfg.ok ? cfg.value : ({} as never)), version: "2026.7.0" }) });
    expect(evaluate(at7, { ...at, catalog: [check("a", "high", PASS)] }).grade).toBe("A+");
  });

  it("matches advisories against the Supervisor version too", () => {
    const sup = facts({ supervisor: ok({ ...SUPERVISOR_DEFAULT, supervisor: { ...SUPERVISOR_DEFAULT.supervisor, version: "2026.03.1" } }) });
    const sc = evaluate(sup, { ...at, catalog: [check("a", "high", PASS)] });
    expect(sc.grade).toBe("V");
    expect(sc.supervisorVersion).toBe("2026.03.1");
    expect(evaluate(facts(), { ...at, catalog: [check("a", "high", PASS)] }).grade).toBe("A+");
  });
});

describe("coverage", () => {
  it("is assessed over applicable", () => {
    const sc = evaluate(facts({ http: missing("backend_absent"), supervisor: missing("supervisor_absent") }), {
      ...at,
      catalog: [
        check("a", "high", PASS),
        check("b", "high", FAIL),
        check("i", "info", PASS),
        check("h", "high", PASS, { needs: ["http"] }),
        check("s", "high", PASS, { needs: ["supervisor"] }),
      ],
    });
    expect(sc.coverage).toEqual({ assessed: 3, applicable: 4, ratio: 0.75 });
  });
});

describe("overrides", () => {
  const cat = [check("a", "high", FAIL), check("b", "high", PASS)];

  it("risk accepted: no credit, status kept, marked, still caps", () => {
    const sc = evaluate(facts(), { ...at, catalog: cat, overrides: { a: { kind: "risk_accepted", reason: "lab box" } } });
    const a = sc.categories[0]?.checks[0];
    expect(sc.score).toBe(50);
    expect(a?.status).toBe("fail");
    expect(a?.override).toEqual({ kind: "risk_accepted", reason: "lab box" });
    expect(sc.fixNext.map((e) => e.check.id)).not.toContain("a");
    const crit = evaluate(facts(), {
      ...at,
      catalog: [check("c", "critical", FAIL), ...Array.from({ length: 20 }, (_, i) => check(`p${i}`, "critical", PASS))],
      overrides: { c: { kind: "risk_accepted", reason: "x" } },
    });
    expect(crit.grade).toBe("C");
  });

  it("mitigated: full credit, lifts the cap and allows A+", () => {
    const sc = evaluate(facts(), { ...at, catalog: cat, overrides: { a: { kind: "mitigated", reason: "TLS at the proxy" } } });
    expect(sc.score).toBe(100);
    expect(sc.grade).toBe("A+");
    expect(sc.categories[0]?.checks[0]?.status).toBe("fail");
    const crit = evaluate(facts(), { ...at, catalog: [check("c", "critical", FAIL)], overrides: { c: { kind: "mitigated", reason: "x" } } });
    expect(crit.grade).toBe("A+");
    expect(crit.capReason).toBeNull();
  });

  it("ignores an override on a passing check", () => {
    const sc = evaluate(facts(), { ...at, catalog: cat, overrides: { b: { kind: "risk_accepted", reason: "stale" } } });
    expect(sc.score).toBe(50);
    expect(sc.categories[0]?.checks[1]?.override).toBeNull();
  });
});

describe("fix next", () => {
  it("orders failing and warning checks by recoverable points, then severity, then id", () => {
    const sc = evaluate(facts(), {
      ...at,
      catalog: [
        check("low-fail", "low", FAIL), // 2.5
        check("high-warn", "high", WARN), // 3.75
        check("med-fail-b", "medium", FAIL), // 5
        check("med-fail-a", "medium", FAIL), // 5
        check("crit-pass", "critical", PASS),
        check("info-fail", "info", FAIL), // 0
        check("high-partial", "high", { ...FAIL, credit: 1 / 3 }), // 5 (7.5 · 2/3)
      ],
    });
    // Σw = 2.5 + 7.5 + 5 + 5 + 10 + 7.5 = 37.5
    expect(sc.fixNext.map((e) => e.check.id)).toEqual(["high-partial", "med-fail-a", "med-fail-b", "high-warn", "low-fail", "info-fail"]);
    const rec = Object.fromEntries(sc.fixNext.map((e) => [e.check.id, e.recoverable]));
    expect(rec["med-fail-a"]).toBe(13.3); // 100 · 5 / 37.5
    expect(rec["high-warn"]).toBe(10); // 100 · 3.75 / 37.5
    expect(rec["info-fail"]).toBe(0);
    expect(sc.categories[0]?.checks.find((e) => e.check.id === "crit-pass")?.recoverable).toBe(0);
  });
});

describe("categories", () => {
  it("come in CATEGORIES order with per-status counts", () => {
    const sc = evaluate(facts(), {
      ...at,
      catalog: [
        check("h", "high", FAIL, { category: "host" }),
        check("a1", "high", PASS, { category: "accounts" }),
        check("a2", "high", WARN, { category: "accounts" }),
      ],
    });
    expect(sc.categories.map((c) => c.id)).toEqual(CATEGORIES.map((c) => c.id));
    expect(sc.categories[0]?.counts).toEqual({ pass: 1, fail: 0, warn: 1, not_applicable: 0, not_assessed: 0 });
    expect(sc.categories.find((c) => c.id === "host")?.checks.map((e) => e.check.id)).toEqual(["h"]);
    expect(sc.categories.find((c) => c.id === "network")?.checks).toEqual([]);
  });
});

describe("the real catalog", () => {
  it("evaluates base facts without crashing, every check accounted for", () => {
    const sc = evaluate(facts(), at);
    const total = sc.categories.reduce((n, c) => n + c.checks.length, 0);
    expect(total).toBe(CATALOG.length);
    for (const c of sc.categories) for (const e of c.checks) expect(english(e.result.reason) ?? "").not.toMatch(/^check failed/);
  });

  it("has unique ids, known categories and needs", () => {
    const ids = CATALOG.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of CATALOG) {
      expect(c.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(CATEGORIES.map((x) => x.id)).toContain(c.category);
      expect(SEVERITY_WEIGHTS[c.severity]).toBeDefined();
    }
  });
});
