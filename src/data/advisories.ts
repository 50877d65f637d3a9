import type { Advisory } from "../score/types.js";
import { isBelow } from "./version.js";

/**
 * Published security advisories that grade an instance "V" (vulnerable version).
 * Data, not code: add a row when Home Assistant publishes one.
 */
export const ADVISORIES: readonly Advisory[] = [
  {
    id: "GHSA-2j8f-h4mr-qr25",
    aliases: ["CVE-2023-27482"],
    component: "core",
    fixedIn: "2023.3.2",
    summary: "Authentication bypass through the Supervisor API proxy",
    url: "https://github.com/home-assistant/core/security/advisories/GHSA-2j8f-h4mr-qr25",
  },
  {
    id: "GHSA-2j8f-h4mr-qr25",
    aliases: ["CVE-2023-27482"],
    component: "supervisor",
    fixedIn: "2023.03.3",
    summary: "Authentication bypass through the Supervisor API proxy",
    url: "https://github.com/home-assistant/core/security/advisories/GHSA-2j8f-h4mr-qr25",
  },
  {
    id: "GHSA-935v-rmg9-44mw",
    aliases: [],
    component: "core",
    fixedIn: "2023.9.0",
    summary: "Home Assistant Core security advisory, fixed in 2023.9.0",
    url: "https://github.com/home-assistant/core/security/advisories/GHSA-935v-rmg9-44mw",
  },
  {
    id: "GHSA-jqpc-rc7g-vf83",
    aliases: ["CVE-2023-50715"],
    component: "core",
    fixedIn: "2023.12.3",
    summary: "User accounts disclosed to unauthenticated actors on the LAN",
    url: "https://github.com/home-assistant/core/security/advisories/GHSA-jqpc-rc7g-vf83",
  },
  {
    id: "GHSA-gh5m-4m97-c95h",
    aliases: ["CVE-2026-34205"],
    component: "supervisor",
    fixedIn: "2026.03.2",
    summary: "Supervisor security advisory, fixed in 2026.03.2",
    url: "https://github.com/home-assistant/supervisor/security/advisories/GHSA-gh5m-4m97-c95h",
  },
  {
    id: "HA-2021-01-custom-integrations",
    aliases: [],
    component: "core",
    fixedIn: "2021.1.5",
    summary: "Custom integrations could read any file (January 2021 disclosures)",
    url: "https://www.home-assistant.io/blog/2021/01/22/security-disclosure/",
  },
];

/** Advisories that affect the given versions (null = unknown version, never matches). */
export function advisoriesFor(coreVersion: string | null, supervisorVersion: string | null): Advisory[] {
  return ADVISORIES.filter((a) => {
    const v = a.component === "core" ? coreVersion : supervisorVersion;
    return v !== null && isBelow(v, a.fixedIn);
  });
}
