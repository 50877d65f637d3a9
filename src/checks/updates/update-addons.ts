import { defineCheck } from "../define.js";
import { ev, fail, notApplicable, pass, req, warn } from "../result.js";
import type { Check } from "../types.js";
import { capped } from "../secrets/outline.js";
import { versions } from "./pending.js";

export const updateAddons: Check = defineCheck({
  id: "update-addons",
  category: "updates",
  severity: "medium",
  learnMoreUrl: "https://www.home-assistant.io/integrations/update/",
  fixPath: "/config/updates",
  needs: ["supervisor"],
  evaluate(facts) {
    const addons = req(facts.supervisor).addons;
    if (addons.length === 0) return notApplicable("no_addons");
    const behind = addons.filter((a) => a.update_available);
    if (behind.length === 0) return pass(ev("update-addons.all_current", { count: addons.length }));
    const evidence = behind.map((a) => ev("update-addons.behind", { addon: a.slug, name: a.name, versions: versions(a.version, a.version_latest) }));
    const credit = (addons.length - behind.length) / addons.length;
    const extra = { credit, placeholders: { count: String(behind.length), addon: behind[0]?.slug ?? "" } };
    return credit >= 0.5 ? warn(capped(evidence), extra) : fail(capped(evidence), extra);
  },
});
