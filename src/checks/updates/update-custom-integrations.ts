import { ev, fail, notApplicable, notAssessed, opt, pass, req, warn } from "../result.js";
import type { Check } from "../types.js";
import { capped } from "../secrets/outline.js";
import { isPending, versions } from "./pending.js";

export const updateCustomIntegrations: Check = {
  id: "update-custom-integrations",
  category: "updates",
  title: "Custom integrations and HACS downloads are up to date",
  severity: "medium",
  why: "Custom integrations run inside Home Assistant with full access to it and are not reviewed by the Home Assistant project; their fixes only reach you when you update.",
  fix: "Update the listed items from Settings → System → Updates (HACS lists them there), and remove custom integrations you no longer use.",
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
          ? notApplicable("No custom integrations are installed.")
          : notAssessed("No HACS update entities, and the list of integrations is unavailable.");
      }
      return notAssessed(`${custom.size} custom integration(s) are installed without an update source (such as HACS); their versions cannot be checked.`);
    }
    const pending = tracked.filter(isPending);
    if (pending.length === 0) return pass(ev(`All ${tracked.length} tracked custom item(s) are up to date`));
    const evidence = pending.map((u) => ev(`${u.entity_id} (${u.title ?? u.platform ?? "?"}) ${versions(u.installed_version, u.latest_version)}`));
    const credit = (tracked.length - pending.length) / tracked.length;
    const extra = { credit, placeholders: { count: String(pending.length) } };
    return credit >= 0.5 ? warn(capped(evidence), extra) : fail(capped(evidence), extra);
  },
};
