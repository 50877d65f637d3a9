import { defineCheck } from "../define.js";
import { ev, fail, pass, req, warn } from "../result.js";
import type { Check } from "../types.js";
import { capped } from "../secrets/outline.js";

export const updateAutoUpdate: Check = defineCheck({
  id: "update-auto-update",
  category: "updates",
  severity: "low",
  learnMoreUrl: "https://www.home-assistant.io/integrations/update/",
  fixPath: "/config/updates",
  needs: ["supervisor"],
  evaluate(facts) {
    const { supervisor, addons } = req(facts.supervisor);
    const manual = addons.filter((a) => !a.auto_update);
    const evidence = [
      ...(supervisor.auto_update ? [] : [ev("update-auto-update.supervisor_off")]),
      ...capped(manual.map((a) => ev("update-auto-update.addon_manual", { addon: a.slug, name: a.name }))),
    ];
    // Half the credit for the Supervisor, half for the share of add-ons that auto-update.
    const addonShare = addons.length === 0 ? 1 : (addons.length - manual.length) / addons.length;
    const credit = (supervisor.auto_update ? 0.5 : 0) + 0.5 * addonShare;
    if (credit === 1) return pass(ev("update-auto-update.all_auto", { count: addons.length }));
    return supervisor.auto_update ? warn(evidence, { credit }) : fail(evidence, { credit });
  },
});
