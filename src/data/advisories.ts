import type { Advisory } from "../score/types.js";
import { compareVersions, isBelow } from "./version.js";

/** Severity as the advisory publishes it (GitHub's scale). */
export type AdvisorySeverity = "low" | "moderate" | "high" | "critical";

/**
 * One published advisory for one product. `url` is the source the row was checked against:
 * the advisory in the home-assistant/* repository that published it, or its GitHub Advisory
 * Database entry when Home Assistant published none. README "Security advisories" says how to add one.
 */
export interface AdvisoryRecord extends Advisory {
  /** First affected version; null when the advisory names no lower bound (every earlier version). */
  readonly introducedIn: string | null;
  readonly severity: AdvisorySeverity;
}

/**
 * Published security advisories that grade an instance "V" (vulnerable version).
 * Data, not code. Sorted by component, then fixed version, then id (a test keeps it so).
 */
export const ADVISORIES: readonly AdvisoryRecord[] = [
  {
    id: "GHSA-2j8f-h4mr-qr25",
    aliases: ["CVE-2023-27482"],
    component: "core",
    introducedIn: null,
    fixedIn: "2023.3.2",
    severity: "critical",
    summary: "Requests through Home Assistant could reach the Supervisor API without authentication",
    url: "https://github.com/home-assistant/core/security/advisories/GHSA-2j8f-h4mr-qr25",
  },
  {
    id: "GHSA-4r74-h49q-rr3h",
    aliases: ["CVE-2023-41899"],
    component: "core",
    introducedIn: null,
    fixedIn: "2023.9.0",
    severity: "low",
    summary: "Partial server-side request forgery in Core",
    url: "https://github.com/home-assistant/core/security/advisories/GHSA-4r74-h49q-rr3h",
  },
  {
    id: "GHSA-935v-rmg9-44mw",
    aliases: ["CVE-2023-41897"],
    component: "core",
    introducedIn: null,
    fixedIn: "2023.9.0",
    severity: "critical",
    summary: "The frontend sent no X-Frame-Options header, so it could be framed for clickjacking",
    url: "https://github.com/home-assistant/core/security/advisories/GHSA-935v-rmg9-44mw",
  },
  {
    id: "GHSA-cr83-q7r2-7f5q",
    aliases: ["CVE-2023-41896"],
    component: "core",
    introducedIn: null,
    fixedIn: "2023.9.0",
    severity: "critical",
    summary: "The frontend could be pointed at a rogue WebSocket server, allowing full takeover",
    url: "https://github.com/home-assistant/core/security/advisories/GHSA-cr83-q7r2-7f5q",
  },
  {
    id: "GHSA-jvxq-x42r-f7mv",
    aliases: ["CVE-2023-41895"],
    component: "core",
    introducedIn: null,
    fixedIn: "2023.9.0",
    severity: "critical",
    summary: "A javascript: redirect in the login callback allowed full takeover",
    url: "https://github.com/home-assistant/core/security/advisories/GHSA-jvxq-x42r-f7mv",
  },
  {
    id: "GHSA-qhhj-7hrc-gqj5",
    aliases: ["CVE-2023-41893"],
    component: "core",
    introducedIn: null,
    fixedIn: "2023.9.0",
    severity: "low",
    summary: "The login flow redirected to any URL, enabling account takeover",
    url: "https://github.com/home-assistant/core/security/advisories/GHSA-qhhj-7hrc-gqj5",
  },
  {
    id: "GHSA-wx3j-3v2j-rf45",
    aliases: ["CVE-2023-41894"],
    component: "core",
    introducedIn: null,
    fixedIn: "2023.9.0",
    severity: "low",
    summary: "Local-only webhooks were reachable from the internet through Home Assistant Cloud",
    url: "https://github.com/home-assistant/core/security/advisories/GHSA-wx3j-3v2j-rf45",
  },
  {
    id: "GHSA-jqpc-rc7g-vf83",
    aliases: ["CVE-2023-50715"],
    component: "core",
    introducedIn: "2023.12.0",
    fixedIn: "2023.12.3",
    severity: "moderate",
    summary: "The login page listed user accounts to unauthenticated clients on the LAN",
    url: "https://github.com/home-assistant/core/security/advisories/GHSA-jqpc-rc7g-vf83",
  },
  {
    id: "GHSA-m3pm-rpgg-5wj6",
    aliases: ["CVE-2025-25305"],
    component: "core",
    introducedIn: null,
    fixedIn: "2024.1.6",
    severity: "high",
    summary: "Outgoing HTTPS requests in Core and bundled libraries did not verify certificates",
    url: "https://github.com/home-assistant/core/security/advisories/GHSA-m3pm-rpgg-5wj6",
  },
  {
    id: "GHSA-pp3g-xmm4-5cw9",
    aliases: ["CVE-2025-65713"],
    component: "core",
    introducedIn: null,
    fixedIn: "2025.8.0",
    severity: "moderate",
    summary: "Path traversal in the Downloader integration",
    url: "https://github.com/advisories/GHSA-pp3g-xmm4-5cw9",
  },
  {
    id: "GHSA-mq77-rv97-285m",
    aliases: ["CVE-2025-62172"],
    component: "core",
    introducedIn: "2025.1.0",
    fixedIn: "2025.10.2",
    severity: "high",
    summary: "Stored cross-site scripting in the Energy dashboard through an entity name",
    url: "https://github.com/home-assistant/core/security/advisories/GHSA-mq77-rv97-285m",
  },
  {
    id: "GHSA-46j8-vpx8-6p72",
    aliases: ["CVE-2026-33045"],
    component: "core",
    introducedIn: "2025.2.0",
    fixedIn: "2026.1.0",
    severity: "high",
    summary: "Stored cross-site scripting in history graphs through a mobile-app sensor value",
    url: "https://github.com/home-assistant/core/security/advisories/GHSA-46j8-vpx8-6p72",
  },
  {
    id: "GHSA-r584-6283-p7xc",
    aliases: ["CVE-2026-33044"],
    component: "core",
    introducedIn: "2020.2.0",
    fixedIn: "2026.1.0",
    severity: "high",
    summary: "Stored cross-site scripting in the map card through a device name",
    url: "https://github.com/home-assistant/core/security/advisories/GHSA-r584-6283-p7xc",
  },
  {
    id: "GHSA-5hxg-r395-fqxx",
    aliases: ["CVE-2026-64825"],
    component: "core",
    introducedIn: null,
    fixedIn: "2026.6.0",
    severity: "critical",
    summary: "A backup uploaded during onboarding could write files outside the backup folder",
    url: "https://github.com/advisories/GHSA-5hxg-r395-fqxx",
  },
  {
    id: "GHSA-x84v-g949-293w",
    aliases: ["CVE-2026-54317"],
    component: "core",
    introducedIn: null,
    fixedIn: "2026.6.0",
    severity: "high",
    summary: "The Konnected integration disclosed alarm-panel state to unauthenticated actors on the LAN",
    url: "https://github.com/home-assistant/core/security/advisories/GHSA-x84v-g949-293w",
  },
  {
    id: "GHSA-cwh8-w64c-4j5h",
    aliases: ["CVE-2026-64824"],
    component: "core",
    introducedIn: null,
    fixedIn: "2026.7.0",
    severity: "critical",
    summary: "Restoring a crafted backup could write files outside the restore folder through a symlink",
    url: "https://github.com/advisories/GHSA-cwh8-w64c-4j5h",
  },
  {
    id: "GHSA-wx4m-69m9-gx3m",
    aliases: ["CVE-2026-91130"],
    component: "core",
    introducedIn: null,
    fixedIn: "2026.7.0",
    severity: "critical",
    summary: "Stored cross-site scripting in the statistics graph card through an entity name",
    url: "https://github.com/home-assistant/core/security/advisories/GHSA-wx4m-69m9-gx3m",
  },
  {
    id: "GHSA-2j8f-h4mr-qr25",
    aliases: ["CVE-2023-27482"],
    component: "supervisor",
    introducedIn: null,
    fixedIn: "2023.03.3",
    severity: "critical",
    summary: "Requests through Home Assistant could reach the Supervisor API without authentication",
    url: "https://github.com/home-assistant/core/security/advisories/GHSA-2j8f-h4mr-qr25",
  },
  {
    id: "GHSA-gh5m-4m97-c95h",
    aliases: ["CVE-2026-34205"],
    component: "supervisor",
    introducedIn: null,
    fixedIn: "2026.03.2",
    severity: "critical",
    summary: "Apps (add-ons) on the host network exposed unauthenticated endpoints to the LAN",
    url: "https://github.com/home-assistant/operating-system/security/advisories/GHSA-gh5m-4m97-c95h",
  },
];

/** Whether `version` lies in the advisory's affected range: at or above its introduction, below its fix. */
export function isAffected(advisory: AdvisoryRecord, version: string): boolean {
  if (!isBelow(version, advisory.fixedIn)) return false;
  return advisory.introducedIn === null || (compareVersions(version, advisory.introducedIn) ?? -1) >= 0;
}

/** Advisories that affect the given versions (null = unknown version, never matches), in the scorecard's Advisory shape. */
export function advisoriesFor(coreVersion: string | null, supervisorVersion: string | null): Advisory[] {
  return ADVISORIES.filter((a) => {
    const v = a.component === "core" ? coreVersion : supervisorVersion;
    return v !== null && isAffected(a, v);
  }).map(({ id, aliases, component, fixedIn, summary, url }) => ({ id, aliases, component, fixedIn, summary, url }));
}
