import { ev, fail, notApplicable, pass, req } from "../result.js";
import type { Check } from "../types.js";

export const hostPasswordlessSudo: Check = {
  id: "host-passwordless-sudo",
  category: "host",
  title: "Home Assistant's user cannot sudo without a password",
  severity: "critical",
  why: "Passwordless sudo turns any code execution inside Home Assistant — a custom integration, a shell_command, a vulnerability — into root on the machine.",
  fix: "Remove the NOPASSWD rule for the Home Assistant user from /etc/sudoers and /etc/sudoers.d/ (use `visudo`), and remove the user from the sudo group unless it is needed.",
  learnMoreUrl: "https://www.home-assistant.io/installation/",
  needs: ["host"],
  evaluate(facts) {
    const host = req(facts.host);
    const who = host.user ?? `uid ${host.uid}`;
    if (host.passwordless_sudo === true) return fail([ev(`${who} can run \`sudo\` without a password`)]);
    if (host.passwordless_sudo === false) return pass(ev(`${who} needs a password for sudo`));
    return notApplicable("sudo is not available to the Home Assistant process (or was not tried).");
  },
};
