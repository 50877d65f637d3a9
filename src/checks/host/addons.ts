/** One shape for the per-add-on checks: share of add-ons without the risky property. */
import type { SupervisorAddon } from "../../facts/types.js";
import { ev, fail, notApplicable, pass, warn } from "../result.js";
import type { CheckResult } from "../types.js";
import { capped } from "../secrets/outline.js";

export function judgeAddons(
  addons: readonly SupervisorAddon[],
  risky: (a: SupervisorAddon) => boolean,
  describe: (a: SupervisorAddon) => string,
  okText: string,
  mode: "fail" | "warn" = "fail",
): CheckResult {
  if (addons.length === 0) return notApplicable("No add-ons are installed.");
  const bad = addons.filter(risky);
  if (bad.length === 0) return pass(ev(`${okText} (${addons.length} add-on${addons.length === 1 ? "" : "s"})`));
  const evidence = capped(bad.map((a) => ev(`${a.slug} (${a.name}) ${describe(a)}`)));
  const extra = {
    credit: (addons.length - bad.length) / addons.length,
    // The first add-on's slug lets a UI link to /hassio/addon/<slug>/info.
    placeholders: { count: String(bad.length), addon: bad[0]?.slug ?? "" },
  };
  return mode === "fail" ? fail(evidence, extra) : warn(evidence, extra);
}
