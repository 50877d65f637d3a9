/**
 * SARIF 2.1.0 report, for GitHub code scanning and other SARIF viewers. One rule per
 * check; one result per piece of evidence of a failing or warning check.
 */
import type { Evidence, Severity } from "../checks/types.js";
import { ENGLISH_TEXTS, type Texts } from "../i18n/texts.js";
import type { EvaluatedCheck, Scorecard } from "../score/types.js";
import { overrideLabel } from "./common.js";

export interface SarifOptions {
  readonly toolVersion: string;
  /** The language of rule texts and result messages (default English). */
  readonly texts?: Texts;
}

/** SARIF result level by severity (SARIF §3.27.10). */
const LEVEL: Readonly<Record<Severity, "error" | "warning" | "note">> = {
  critical: "error",
  high: "error",
  medium: "warning",
  low: "note",
  info: "note",
};

/**
 * GitHub code scanning's `security-severity` (a CVSS-like score: ≥ 9.0 critical,
 * 7.0–8.9 high, 4.0–6.9 medium, 0.1–3.9 low); info gets none.
 */
const SECURITY_SEVERITY: Readonly<Record<Severity, string | null>> = {
  critical: "9.5",
  high: "8.0",
  medium: "5.5",
  low: "3.0",
  info: null,
};

/** GitHub's `problem.severity` for non-security views. */
const PROBLEM_SEVERITY: Readonly<Record<Severity, "error" | "warning" | "recommendation">> = {
  critical: "error",
  high: "error",
  medium: "warning",
  low: "recommendation",
  info: "recommendation",
};

/** Evidence paths from lint-config are relative to the folder linted: the source root. */
const SRCROOT = "%SRCROOT%";
/** Evidence paths from a live instance are relative to its config folder. */
const HA_CONFIG = "HA_CONFIG";

type Json = Record<string, unknown>;

export function renderSarif(sc: Scorecard, options: SarifOptions): string {
  return `${JSON.stringify(toSarif(sc, options), null, 2)}\n`;
}

export function toSarif(sc: Scorecard, options: SarifOptions): Json {
  const all = sc.categories.flatMap((c) => c.checks);
  const ruleIndex = new Map(all.map((e, i) => [e.check.id, i]));
  const baseId = sc.mode === "offline" ? SRCROOT : HA_CONFIG;
  const t = options.texts ?? ENGLISH_TEXTS;
  const results = all
    .filter((e) => e.status === "fail" || e.status === "warn")
    .flatMap((e) => resultsOf(e, ruleIndex.get(e.check.id) ?? 0, baseId, t));

  const run: Json = {
    tool: {
      driver: {
        name: "ha-security-scorecard",
        version: options.toolVersion,
        rules: all.map((e) => rule(e, t)),
      },
    },
    results,
    properties: {
      score: sc.score,
      grade: sc.grade,
      uncappedGrade: sc.uncappedGrade,
      wouldBeGrade: sc.wouldBeGrade,
      capReason: sc.capReason === null ? null : t.message(sc.capReason),
      coverage: sc.coverage,
      haVersion: sc.haVersion,
      evaluatedAt: sc.evaluatedAt,
    },
  };
  if (baseId === HA_CONFIG && sc.configDir) {
    run.originalUriBaseIds = {
      [HA_CONFIG]: { uri: fileUri(sc.configDir), description: { text: t.ui("report.config_folder") } },
    };
  }
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [run],
  };
}

function rule(e: EvaluatedCheck, t: Texts): Json {
  const c = e.check;
  const sev = c.severity;
  const properties: Json = {
    tags: ["security", c.category],
    precision: "high",
    "problem.severity": PROBLEM_SEVERITY[sev],
  };
  const secSev = SECURITY_SEVERITY[sev];
  if (secSev !== null) properties["security-severity"] = secSev;
  return {
    id: c.id,
    name: pascal(c.id),
    shortDescription: { text: t.check(c, "title") },
    fullDescription: { text: t.check(c, "why") },
    help: { text: t.check(c, "fix"), markdown: `${t.check(c, "fix")}\n\n[${t.ui("report.learn_more")}](${c.learnMoreUrl})` },
    helpUri: c.learnMoreUrl,
    defaultConfiguration: { level: LEVEL[sev] },
    properties,
  };
}

/** One result per piece of evidence; the message states the problem, then what was found (the place is the location). */
function resultsOf(e: EvaluatedCheck, index: number, baseId: string, t: Texts): Json[] {
  const problem = t.check(e.check, "problem");
  const evidence: readonly (Evidence | null)[] = e.result.evidence.length > 0 ? e.result.evidence : [null];
  return evidence.map((ev) => {
    const r: Json = {
      ruleId: e.check.id,
      ruleIndex: index,
      level: LEVEL[e.severity],
      message: { text: ev === null ? problem : `${problem}: ${t.message(ev)}` },
    };
    if (ev?.file) {
      const physicalLocation: Json = { artifactLocation: { uri: relUri(ev.file), uriBaseId: baseId } };
      if (ev.line !== undefined && Number.isInteger(ev.line) && ev.line >= 1) physicalLocation.region = { startLine: ev.line };
      r.locations = [{ physicalLocation }];
    }
    if (e.override) {
      r.suppressions = [
        { kind: "external", status: "accepted", justification: `${overrideLabel(t, e.override.kind)}: ${e.override.reason}` },
      ];
    }
    r.properties = { status: e.status, severity: e.severity, category: e.check.category };
    return r;
  });
}

/** "auth-owner-mfa" → "AuthOwnerMfa" (SARIF's human-readable rule name). */
function pascal(id: string): string {
  return id
    .split("-")
    .map((w) => (w ? w[0]?.toUpperCase() + w.slice(1) : ""))
    .join("");
}

/** A relative POSIX path as a URI reference (each segment percent-encoded). */
function relUri(path: string): string {
  return path
    .replace(/\\/g, "/")
    .replace(/^\.\//, "")
    .split("/")
    .map((s) => encodeURIComponent(s))
    .join("/");
}

/** An absolute folder as a file URI ending in "/" (SARIF §3.14.14 requires the slash). */
function fileUri(dir: string): string {
  const p = dir.replace(/\\/g, "/");
  const withSlash = p.endsWith("/") ? p : `${p}/`;
  const abs = withSlash.startsWith("/") ? withSlash : `/${withSlash}`;
  return `file://${abs.split("/").map((s) => encodeURIComponent(s)).join("/")}`;
}
