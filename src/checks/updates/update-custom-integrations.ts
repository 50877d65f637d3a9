import { defineCheck } from "../define.js";
import { ev, fail, notApplicable, notAssessed, opt, pass, req, warn } from "../result.js";
import type { Check } from "../types.js";
import { capped } from "../secrets/outline.js";
import { isPending, versions } from "./pending.js";

export const updateCustomIntegrations: Check = defineCheck({
  id: "update-custom-integrations",
  category: "updates",
  severity: "medium",
  learnMoreUrl: "https://www.home-assistant.io/integrations/update/",
  fixPath: "/config/updates",
  needs: ["updates", "integrations"],
  optional: ["integrations"],
  evaluate(facts) {
    const custom = new Set((opt(facts.integrations) ?? []).filter((i) => !i.is_built_in).map((i) => i.domain));
    const tracked = req(facts.updates).filter((u) => u.platform === "hacs" || (u.platform !== null && custom.has(u.platform)));
    if (tracked.length === 0) {
      if (custom.size === 0) {
        return facts.integrations.ok
          ? notApplicable("update-custom-integrations.none")
          : notAssessed("update-custom-integrations.unknown");
      }
      return notAssessed("update-custom-integrations.no_update_source", { count: custom.size });
    }
    const pending = tracked.filter(isPending);
    if (pending.length === 0) return pass(ev("update-custom-integrations.all_current", { count: tracked.length }));
    const evidence = pending.map((u) => ev("common.update_pending", { entity: u.entity_id, name: u.title ?? u.platform ?? "?", versions: versions(u.installed_version, u.latest_version) }));
    const credit = (tracked.length - pending.length) / tracked.length;
    const extra = { credit, placeholders: { count: String(pending.length) } };
    return credit >= 0.5 ? warn(capped(evidence), extra) : fail(capped(evidence), extra);
  },
});
