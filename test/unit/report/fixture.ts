/** A small scorecard covering every status, an override, file evidence and a cap. */
import { evaluate } from "../../../src/score/evaluate.js";
import type { Scorecard } from "../../../src/score/types.js";
import type { Facts } from "../../../src/facts/types.js";
import { NOW, facts, missing } from "../../support/facts-builder.js";
import { check } from "../score/checks.js";

/** Appears in facts fields that no report has any business printing. */
export const CANARY = "CANARY-7f3a9c1e-secret";

export function canaryFacts(over: Partial<Facts> = {}): Facts {
  const base = facts();
  const cfg = base.config.ok ? base.config.value : null;
  if (!cfg) throw new Error("base facts lack config");
  return facts({
    config: { ok: true, source: "get_config", value: { ...cfg, location_name: CANARY, time_zone: CANARY } },
    http: missing("backend_absent"),
    ...over,
  });
}

export const SMALL_CATALOG = [
  check("crit-secret", "critical", {
    status: "fail",
    evidence: [
      { text: "configuration.yaml:12 mqtt.password is a literal string", file: "configuration.yaml", line: 12 },
      { text: "packages/my pkg.yaml: api_key literal", file: "packages/my pkg.yaml" },
    ],
  }, { category: "secrets" }),
  check("owner-mfa", "high", { status: "fail", evidence: [{ text: "user Owner has no MFA | enabled" }] }),
  check("weak-login", "medium", { status: "warn", evidence: [{ text: "login_attempts_threshold is 50" }] }, { category: "network" }),
  check("accepted", "low", { status: "fail", evidence: [] }, { category: "network" }),
  check("good", "high", { status: "pass", evidence: [{ text: "all admins use MFA" }] }),
  check("info-only", "info", { status: "pass", evidence: [] }, { category: "host" }),
  check("needs-backend", "high", { status: "pass", evidence: [] }, { category: "network", needs: ["http"] }),
  check("na", "medium", { status: "not_applicable", evidence: [], reason: "no add-ons installed" }, { category: "host" }),
  check("u1", "low", { status: "fail", evidence: [{ text: "u1" }] }, { category: "updates" }),
  check("u2", "low", { status: "fail", evidence: [{ text: "u2" }] }, { category: "updates" }),
  check("u3", "low", { status: "fail", evidence: [{ text: "u3" }] }, { category: "updates" }),
  ...Array.from({ length: 12 }, (_, i) => check(`pad-${i}`, "critical", { status: "pass", evidence: [] }, { category: "backups" })),
];

export function smallScorecard(f: Facts = canaryFacts()): Scorecard {
  return evaluate(f, {
    now: NOW,
    catalog: SMALL_CATALOG,
    overrides: { accepted: { kind: "risk_accepted", reason: "lab instance" } },
  });
}
