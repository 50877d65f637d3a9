import { ev, fail, notApplicable, opt, pass, req, warn } from "../result.js";
import type { Check } from "../types.js";
import { OS_ENTITY, daysSince, pendingFor, versions } from "./pending.js";

export const updateOs: Check = {
  id: "update-os",
  category: "updates",
  title: "Home Assistant Operating System is up to date",
  severity: "high",
  why: "The operating system release carries the Linux kernel, Docker and network stack fixes; an old release keeps host-level vulnerabilities open.",
  fix: "Install the Operating System update from Settings → System → Updates (take a backup first).",
  learnMoreUrl: "https://www.home-assistant.io/common-tasks/os/#updating-home-assistant",
  fixPath: "/config/updates",
  needs: ["supervisor", "updates"],
  optional: ["updates"],
  evaluate(facts, ctx) {
    const os = req(facts.supervisor).os;
    if (os === null) return notApplicable("Not Home Assistant OS: the host operating system is updated outside Home Assistant.");
    if (!os.update_available) return pass(ev(`Home Assistant OS ${os.version ?? "?"} is the latest version`));
    const entity = opt(facts.updates)?.find((u) => u.entity_id === OS_ENTITY && u.state === "on");
    const days = entity ? daysSince(entity.last_changed, ctx.now) : null;
    const evidence = [ev(`Home Assistant OS ${versions(os.version, os.version_latest)}${pendingFor(days)}`)];
    return days !== null && days <= 7 ? warn(evidence) : fail(evidence);
  },
};
