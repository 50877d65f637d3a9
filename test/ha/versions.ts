/**
 * The Home Assistant releases every real test runs on, and the one place where they differ.
 *
 * 2024.3.3 is the oldest supported release (hacs.json's minimum) and runs on the machine's
 * Python 3.11. The current release needs Python 3.14, which test/ha/python-runtime.ts
 * provides (a host python3.14, else a Debian testing root). Tests that expect different
 * answers from the two read them from `differences`, never from scattered version checks.
 */
import { join } from "node:path";
import { REPO_ROOT } from "./paths.js";

export const HA_RELEASES = ["2024.3.3", "2026.10.4"] as const;
export type HaRelease = (typeof HA_RELEASES)[number];

/** What users run; `npm start` and every default start this one. */
export const CURRENT_RELEASE: HaRelease = "2026.10.4";
export const OLDEST_RELEASE: HaRelease = "2024.3.3";

export interface ReleaseDifferences {
  /** The `legacy_api_password` auth provider exists (removed from core before 2026). */
  readonly legacyApiPasswordProvider: boolean;
  /**
   * `http:` lives in `.storage/http` (2026.8+): YAML settings are migrated into a *pending*
   * slot that must be promoted (`http/config/promote`), or the server reverts after 5 minutes.
   */
  readonly httpConfigStore: boolean;
  /** Where the HTTP facts say the running settings came from when configuration.yaml has `http:`. */
  readonly httpOriginFromYaml: "yaml" | "store";
  /** `hass.http.server_host` when the YAML sets none: null, or core's explicit default list. */
  readonly defaultServerHost: readonly string[] | null;
  /** Custom integrations serve their own brand images (`/api/brands/integration/<domain>/icon.png`, 2026.3+). */
  readonly localBrands: boolean;
}

export interface ReleaseSpec {
  readonly version: HaRelease;
  /** major.minor of the Python the release runs on. */
  readonly python: "3.11" | "3.14";
  /** pytest-homeassistant-custom-component pinned to exactly this release. */
  readonly phcc: string;
  readonly requirements: string;
  readonly venvDir: string;
  readonly differences: ReleaseDifferences;
}

export const RELEASES: Readonly<Record<HaRelease, ReleaseSpec>> = {
  "2024.3.3": {
    version: "2024.3.3",
    python: "3.11",
    phcc: "0.13.109",
    requirements: join(REPO_ROOT, "test", "ha", "requirements-2024.3.3.txt"),
    venvDir: join(REPO_ROOT, ".venv", "ha-2024.3.3"),
    differences: {
      legacyApiPasswordProvider: true,
      httpConfigStore: false,
      httpOriginFromYaml: "yaml",
      defaultServerHost: null,
      localBrands: false,
    },
  },
  "2026.10.4": {
    version: "2026.10.4",
    python: "3.14",
    phcc: "0.13.375",
    requirements: join(REPO_ROOT, "test", "ha", "requirements-2026.10.4.txt"),
    venvDir: join(REPO_ROOT, ".venv", "ha-2026.10.4"),
    differences: {
      legacyApiPasswordProvider: false,
      httpConfigStore: true,
      httpOriginFromYaml: "store",
      defaultServerHost: ["0.0.0.0", "::"],
      localBrands: true,
    },
  },
};

/** Accepts a full version or a prefix such as "2024.3" or "2026". */
export function parseRelease(text: string): HaRelease {
  const found = HA_RELEASES.filter((v) => v === text || v.startsWith(`${text}.`));
  if (found.length !== 1 || found[0] === undefined) {
    throw new Error(`unknown Home Assistant release "${text}" (supported: ${HA_RELEASES.join(", ")})`);
  }
  return found[0];
}

/** The release named by $HA_VERSION, else the current one. */
export function releaseFromEnv(env: NodeJS.ProcessEnv = process.env): ReleaseSpec {
  const named = env.HA_VERSION?.trim();
  return RELEASES[named ? parseRelease(named) : CURRENT_RELEASE];
}
