import { defineCheck } from "../define.js";
import { ev, notApplicable, opt, pass, req, warn } from "../result.js";
import type { Check } from "../types.js";
import { capped } from "../secrets/outline.js";
import { isPending, versions } from "./pending.js";

export const updateOther: Check = defineCheck({
  id: "update-other",
  category: "updates",
  severity: "low",
  learnMoreUrl: "https://www.home-assistant.io/integrations/update/",
  fixPath: "/config/updates",
  needs: ["updates", "integrations"],
  optional: ["integrations"],
  evaluate(facts) {
    const custom = new Set((opt(facts.integrations) ?? []).filter((i) => !i.is_built_in).map((i) => i.domain));
    // hassio (core, OS, Supervisor, add-ons) and HACS/custom have their own checks.
    const others = req(facts.updates).filter(
      (u) => u.platform !== "hassio" && u.platform !== "hacs" && !(u.platform !== null && custom.has(u.platform)),
    );
    if (others.length === 0) return notApplicable("update-other.none");
    const pending = others.filter(isPending);
    if (pending.length === 0) return pass(others.length === 1 ? ev("update-other.one_current") : ev("update-other.all_current", { count: others.length }));
    const evidence = pending.map((u) => ev("common.update_pending", { entity: u.entity_id, name: u.title ?? u.platform ?? "?", versions: versions(u.installed_version, u.latest_version) }));
    return warn(capped(evidence), { credit: (others.length - pending.length) / others.length, placeholders: { count: String(pending.length) } });
  },
});
