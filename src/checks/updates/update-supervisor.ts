import { ev, fail, pass, req } from "../result.js";
import type { Check } from "../types.js";
import { versions } from "./pending.js";

export const updateSupervisor: Check = {
  id: "update-supervisor",
  category: "updates",
  title: "The Supervisor is up to date",
  severity: "high",
  why: "The Supervisor manages add-ons, backups and the host with full privileges; it normally updates itself, so a pending update usually means automatic updates are off or failing.",
  fix: "Update it from Settings → System → Updates, or run `ha supervisor update`; keep its automatic updates on (`ha supervisor options --auto-update=true`).",
  learnMoreUrl: "https://www.home-assistant.io/integrations/hassio/",
  fixPath: "/config/updates",
  needs: ["supervisor"],
  evaluate(facts) {
    const s = req(facts.supervisor).supervisor;
    if (!s.update_available) return pass(ev(`Supervisor ${s.version} is the latest version`));
    const auto = s.auto_update ? "" : " (automatic updates are off)";
    return fail([ev(`Supervisor ${versions(s.version, s.version_latest)}${auto}`)]);
  },
};
