import { defineCheck } from "../define.js";
import { type EvidenceKey, ev, fail, notApplicable, pass, req } from "../result.js";
import type { Check, Evidence } from "../types.js";
import { hostPort, inService, withOptions } from "./addon-settings.js";

/** SSH add-ons publish their server as container port 22/tcp (ssh/config.yaml `ports`). */
const SSH_PORT = "22/tcp";

export const hostAddonSshPassword: Check = defineCheck({
  id: "host-addon-ssh-password",
  category: "host",
  severity: "high",
  learnMoreUrl: "https://github.com/home-assistant/addons/blob/master/ssh/DOCS.md",
  fixPath: "/hassio/addon/core_ssh/info",
  needs: ["addon_settings"],
  evaluate(facts) {
    const ssh = withOptions(req(facts.addon_settings).addons, "ssh");
    if (ssh.length === 0) return notApplicable("host-addon-ssh-password.none");
    const bad: Evidence[] = [];
    const good: Evidence[] = [];
    let keyless = false;
    let first = "";
    for (const { addon, options } of ssh) {
      const port = hostPort(addon, SSH_PORT);
      const who = { addon: addon.slug, name: addon.name };
      const say = (key: EvidenceKey, more = {}): Evidence => ev(key, { ...who, ...more });
      if (port === null) good.push(say("host-addon-ssh-password.no_port"));
      else if (!inService(addon)) good.push(say("host-addon-ssh-password.not_in_service"));
      else if (!options.password_set) good.push(say("host-addon-ssh-password.key_only", { port }));
      else {
        // The community add-on nests its options under `ssh:` (hassio-addons/addon-ssh ssh/config.yaml).
        const setting = addon.slug === "a0d7b954_ssh" ? "ssh.password" : "password";
        keyless ||= options.authorized_keys === 0;
        first ||= addon.slug;
        bad.push(
          options.authorized_keys === 0
            ? say("host-addon-ssh-password.password_only", { port, setting })
            : say("host-addon-ssh-password.password_and_keys", { port, setting, keys: options.authorized_keys }),
        );
      }
    }
    if (bad.length === 0) return pass(...good);
    // Critical when a password is all it takes: no key is required of anyone.
    return fail(bad, { severity: keyless ? "critical" : "high", placeholders: { count: String(bad.length), addon: first } });
  },
});
