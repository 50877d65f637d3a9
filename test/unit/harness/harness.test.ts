/**
 * The harness's pure parts: which release runs, how the weak config adapts to it, and how a
 * crippled start is recognised from Home Assistant's log files.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { startupProblems } from "../../ha/instance.js";
import { withoutLegacyApiPassword } from "../../ha/layout.js";
import { CURRENT_RELEASE, HA_RELEASES, OLDEST_RELEASE, RELEASES, parseRelease, releaseFromEnv } from "../../ha/versions.js";

const WEAK = readFileSync(new URL("../../ha/configs/weak/configuration.yaml", import.meta.url), "utf8");

describe("supported releases", () => {
  it("are the oldest (hacs.json's minimum) and the current one", () => {
    const hacs = JSON.parse(readFileSync(new URL("../../../hacs.json", import.meta.url), "utf8")) as { homeassistant: string };
    expect(hacs.homeassistant).toBe(OLDEST_RELEASE);
    expect(HA_RELEASES).toEqual([OLDEST_RELEASE, CURRENT_RELEASE]);
  });

  it("each pins its own requirements file with that exact homeassistant", () => {
    for (const release of HA_RELEASES) {
      const text = readFileSync(RELEASES[release].requirements, "utf8");
      expect(text).toMatch(new RegExp(`^homeassistant==${release.replace(/\./g, "\\.")}$`, "m"));
      expect(text).toMatch(new RegExp(`^pytest-homeassistant-custom-component==${RELEASES[release].phcc.replace(/\./g, "\\.")}$`, "m"));
    }
  });

  it("are chosen by prefix, and an unknown one is refused", () => {
    expect(parseRelease("2024.3")).toBe("2024.3.3");
    expect(parseRelease("2026")).toBe("2026.10.4");
    expect(() => parseRelease("2025.1")).toThrow(/unknown Home Assistant release "2025.1"/);
    expect(releaseFromEnv({}).version).toBe(CURRENT_RELEASE);
    expect(releaseFromEnv({ HA_VERSION: "2024.3" }).version).toBe("2024.3.3");
  });
});

describe("the weak config on a release without the legacy API password provider", () => {
  it("loses exactly that provider and keeps every other weakness", () => {
    const before = parse(WEAK) as { homeassistant: { auth_providers: { type: string }[] }; http: unknown };
    const after = parse(withoutLegacyApiPassword(WEAK)) as typeof before;
    expect(before.homeassistant.auth_providers.map((p) => p.type)).toContain("legacy_api_password");
    expect(after.homeassistant.auth_providers.map((p) => p.type)).toEqual(["homeassistant", "trusted_networks"]);
    expect(after.http).toEqual(before.http);
    expect(withoutLegacyApiPassword(WEAK).split("\n")).toHaveLength(WEAK.split("\n").length);
    expect(withoutLegacyApiPassword(WEAK)).not.toMatch(/^\s*api_password:/m);
  });

  it("leaves a config without that provider unchanged", () => {
    const plain = "homeassistant:\n  auth_providers:\n    - type: homeassistant\n";
    expect(withoutLegacyApiPassword(plain)).toBe(plain);
  });
});

describe("a crippled start", () => {
  it("is found in a rotated log file too, and quoted", () => {
    const dir = mkdtempSync(join(tmpdir(), "ha-log-"));
    writeFileSync(join(dir, "home-assistant.log"), "2026-12-06 INFO (MainThread) [homeassistant.bootstrap] Home Assistant initialized\n");
    writeFileSync(
      join(dir, "home-assistant.log.1"),
      "2026-12-06 ERROR (MainThread) [homeassistant.auth.providers] Invalid config for auth provider legacy_api_password\n" +
        "2026-12-06 WARNING (MainThread) [homeassistant.bootstrap] Activating recovery mode\n",
    );
    const problems = startupProblems(dir, join(dir, "hass.console.log"));
    expect(problems).toHaveLength(2);
    expect(problems[1]).toContain("Activating recovery mode");
  });

  it("is not claimed for a normal start", () => {
    const dir = mkdtempSync(join(tmpdir(), "ha-log-"));
    writeFileSync(join(dir, "home-assistant.log"), "2026-12-06 INFO (MainThread) [homeassistant.core] Starting Home Assistant\n");
    expect(startupProblems(dir, join(dir, "missing.log"))).toEqual([]);
  });
});
