import type { AddonSettings } from "../../facts/types.js";
import { defineCheck } from "../define.js";
import { ev, fail, notApplicable, pass, req } from "../result.js";
import type { Check } from "../types.js";
import { capped } from "../secrets/outline.js";

/**
 * Capabilities that break out of a container as surely as root on the host (supervisor/addons/
 * validate.py `privileged` allows these among others): mounts and namespaces, kernel modules,
 * tracing other processes, raw I/O, reading any file, eBPF, restoring processes.
 */
export const HOST_LEVEL_CAPABILITIES: ReadonlySet<string> = new Set([
  "SYS_ADMIN",
  "SYS_MODULE",
  "SYS_PTRACE",
  "SYS_RAWIO",
  "DAC_READ_SEARCH",
  "BPF",
  "CHECKPOINT_RESTORE",
]);

/**
 * Official: the `core` repository (home-assistant/addons), reviewed and signed by Home
 * Assistant. `local` add-ons (built from /addons) are reviewed by no one but their author,
 * and the store's community repositories (hashed ids such as `a0d7b954`) by their maintainers.
 */
const OFFICIAL_REPOSITORIES: ReadonlySet<string> = new Set(["core"]);

/** The grants, in the Supervisor's own words (setting names and values): the same in every language. */
function hostLevel(a: AddonSettings): string[] {
  const found: string[] = [];
  if (a.docker_api) found.push("docker_api");
  if (a.host_pid) found.push("host_pid");
  if (a.apparmor === "disable") found.push("apparmor: disable");
  const caps = a.privileged.filter((c) => HOST_LEVEL_CAPABILITIES.has(c));
  if (caps.length > 0) found.push(`privileged: ${caps.join(", ")}`);
  return found;
}

export const hostAddonThirdPartyPrivileges: Check = defineCheck({
  id: "host-addon-third-party-privileges",
  category: "host",
  severity: "high",
  learnMoreUrl: "https://developers.home-assistant.io/docs/add-ons/security/",
  fixPath: "/hassio/dashboard",
  needs: ["addon_settings"],
  evaluate(facts) {
    const others = req(facts.addon_settings).addons.filter((a) => !OFFICIAL_REPOSITORIES.has(a.repository ?? ""));
    if (others.length === 0) return notApplicable("host-addon-third-party-privileges.all_official");
    const bad = others.map((a) => ({ a, found: hostLevel(a) })).filter((x) => x.found.length > 0);
    if (bad.length === 0) return pass(ev("host-addon-third-party-privileges.none", { count: others.length }));
    return fail(
      capped(
        bad.map(({ a, found }) =>
          ev("host-addon-third-party-privileges.host_level", { addon: a.slug, name: a.name, repository: a.repository ?? "?", grants: found.join("; ") }),
        ),
      ),
      { credit: (others.length - bad.length) / others.length, placeholders: { count: String(bad.length), addon: bad[0]?.a.slug ?? "" } },
    );
  },
});
