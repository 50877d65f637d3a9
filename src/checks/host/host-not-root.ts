import { ev, fail, notApplicable, pass, req } from "../result.js";
import type { Check } from "../types.js";
import { containerReason, runsOnHost } from "./install.js";

export const hostNotRoot: Check = {
  id: "host-not-root",
  category: "host",
  title: "Home Assistant does not run as root",
  severity: "high",
  why: "Anything that can run code in Home Assistant (a custom integration, a shell_command, a vulnerability) inherits its user; as root that is the whole machine.",
  fix: "Run Home Assistant Core as a dedicated unprivileged user (e.g. `homeassistant`) that owns only the config folder, as the Core installation guide does.",
  learnMoreUrl: "https://www.home-assistant.io/installation/",
  needs: ["host"],
  evaluate(facts) {
    const host = req(facts.host);
    if (!runsOnHost(host)) return notApplicable(containerReason(host));
    const who = host.user ?? `uid ${host.uid}`;
    if (host.is_root || host.uid === 0) return fail([ev(`Home Assistant runs as ${who} (uid ${host.uid})`)]);
    return pass(ev(`Home Assistant runs as ${who} (uid ${host.uid})`));
  },
};
