/** One shape for the per-add-on checks: share of add-ons without the risky property. */
import type { SupervisorAddon } from "../../facts/types.js";
import type { MessageParam } from "../../i18n/message.js";
import { type EvidenceKey, ev, fail, notApplicable, pass, warn } from "../result.js";
import type { CheckResult } from "../types.js";
import { capped } from "../secrets/outline.js";

export function judgeAddons(
  addons: readonly SupervisorAddon[],
  risky: (a: SupervisorAddon) => boolean,
  /** Evidence key of one risky add-on; its message takes {addon}, {name} and the params `describe` returns. */
  problem: EvidenceKey,
  /** Evidence key when none is risky; its message takes {count}. */
  ok: EvidenceKey,
  mode: "fail" | "warn" = "fail",
  describe: (a: SupervisorAddon) => Readonly<Record<string, MessageParam>> = () => ({}),
): CheckResult {
  if (addons.length === 0) return notApplicable("no_addons");
  const bad = addons.filter(risky);
  if (bad.length === 0) return pass(ev(ok, { count: addons.length }));
  const evidence = capped(bad.map((a) => ev(problem, { addon: a.slug, name: a.name, ...describe(a) })));
  const extra = {
    credit: (addons.length - bad.length) / addons.length,
    // The first add-on's slug lets a UI link to /hassio/addon/<slug>/info.
    placeholders: { count: String(bad.length), addon: bad[0]?.slug ?? "" },
  };
  return mode === "fail" ? fail(evidence, extra) : warn(evidence, extra);
}
