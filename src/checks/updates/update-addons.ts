import { ev, fail, notApplicable, pass, req, warn } from "../result.js";
import type { Check } from "../types.js";
import { capped } from "../secrets/outline.js";
import { versions } from "./pending.js";

export const updateAddons: Check = {
  id: "update-addons",
  category: "updates",
  title: "Add-ons are up to date",
  severity: "medium",
  why: "Add-ons run with access to your configuration and often to the network; outdated ones keep known vulnerabilities in the software they bundle (web servers, brokers, SSH).",
  fix: "Update each listed add-on from Settings → System → Updates (or its page in Settings → Add-ons), after reading its changelog.",
  learnMoreUrl: "https://www.home-assistant.io/integrations/update/",
  fixPath: "/config/updates",
  needs: ["supervisor"],
  evaluate(facts) {
    const addons = req(facts.supervisor).addons;
    if (addons.length === 0) return notApplicable("No add-ons are installed.");
    const behind = addons.filter((a) => a.update_available);
    if (behind.length === 0) return pass(ev(`All ${addons.length} add-on(s) are up to date`));
    const evidence = behind.map((a) => ev(`${a.slug} (${a.name}) ${versions(a.version, a.version_latest)}`));
    const credit = (addons.length - behind.length) / addons.length;
    const extra = { credit, placeholders: { count: String(behind.length), addon: behind[0]?.slug ?? "" } };
    return credit >= 0.5 ? warn(capped(evidence), extra) : fail(capped(evidence), extra);
  },
};
