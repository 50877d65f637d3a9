import { ev, fail, pass, req, warn } from "../result.js";
import type { Check } from "../types.js";
import { capped } from "../secrets/outline.js";

export const updateAutoUpdate: Check = {
  id: "update-auto-update",
  category: "updates",
  title: "The Supervisor and add-ons update automatically",
  severity: "low",
  why: "Automatic updates close vulnerabilities without waiting for you; the Supervisor is designed to update itself, and add-ons can opt in one by one.",
  fix: "Keep Supervisor auto-update on (`ha supervisor options --auto-update=true`) and switch on \"Auto update\" on each add-on's page for add-ons where unattended updates are acceptable.",
  learnMoreUrl: "https://www.home-assistant.io/integrations/update/",
  fixPath: "/config/updates",
  needs: ["supervisor"],
  evaluate(facts) {
    const { supervisor, addons } = req(facts.supervisor);
    const manual = addons.filter((a) => !a.auto_update);
    const evidence = [
      ...(supervisor.auto_update ? [] : [ev("Supervisor automatic updates are off")]),
      ...capped(manual.map((a) => ev(`${a.slug} (${a.name}) does not update automatically`))),
    ];
    // Half the credit for the Supervisor, half for the share of add-ons that auto-update.
    const addonShare = addons.length === 0 ? 1 : (addons.length - manual.length) / addons.length;
    const credit = (supervisor.auto_update ? 0.5 : 0) + 0.5 * addonShare;
    if (credit === 1) return pass(ev(`The Supervisor and ${addons.length} add-on(s) update automatically`));
    return supervisor.auto_update ? warn(evidence, { credit }) : fail(evidence, { credit });
  },
};
