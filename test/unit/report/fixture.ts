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
      { key: "evidence.secrets-plaintext-credential.literal", params: { path: "mqtt.password" }, file: "configuration.yaml", line: 12 },
      { key: "evidence.secrets-plaintext-credential.stand_in", params: { count: 1 }, file: "packages/my pkg.yaml" },
    ],
  }, { category: "secrets" }),
  check("owner-mfa", "high", { status: "fail", evidence: [{ key: "evidence.auth-owner-mfa.owner_none", params: { name: '"Owner | x"' } }] }),
  check("weak-login", "medium", { status: "warn", evidence: [{ key: "evidence.net-login-threshold.too_high", params: { value: 50, max: 10 } }] }, { category: "network" }),
  check("accepted", "low", { status: "fail", evidence: [] }, { category: "network" }),
  check("good", "high", { status: "pass", evidence: [{ key: "evidence.auth-admin-mfa.all_enabled", params: { count: 2 } }] }),
  check("info-only", "info", { status: "pass", evidence: [] }, { category: "host" }),
  check("needs-backend", "high", { status: "pass", evidence: [] }, { category: "network", needs: ["http"] }),
  check("na", "medium", { status: "not_applicable", evidence: [], reason: { key: "reasons.no_addons" } }, { category: "host" }),
  check("u1", "low", { status: "fail", evidence: [{ key: "evidence.common.update_pending", params: { entity: "update.u1", name: "u1", versions: "1.0 → 1.1" } }] }, { category: "updates" }),
  check("u2", "low", { status: "fail", evidence: [{ key: "evidence.common.update_pending", params: { entity: "update.u2", name: "u2", versions: "1.0 → 1.1" } }] }, { category: "updates" }),
  check("u3", "low", { status: "fail", evidence: [{ key: "evidence.common.update_pending", params: { entity: "update.u3", name: "u3", versions: "1.0 → 1.1" } }] }, { category: "updates" }),
  ...Array.from({ length: 12 }, (_, i) => check(`pad-${i}`, "critical", { status: "pass", evidence: [] }, { category: "backups" })),
];

export function smallScorecard(f: Facts = canaryFacts()): Scorecard {
  return evaluate(f, {
    now: NOW,
    catalog: SMALL_CATALOG,
    overrides: { accepted: { kind: "risk_accepted", reason: "lab instance" } },
  });
}
