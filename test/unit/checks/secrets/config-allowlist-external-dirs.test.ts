import { describe, expect, it } from "vitest";
import { configAllowlistExternalDirs as check } from "../../../../src/checks/secrets/config-allowlist-external-dirs.js";
import type { CoreConfig, Facts } from "../../../../src/facts/types.js";
import { baseFacts, entry, facts, missing, ok, outline, outlineFile } from "../../../support/facts-builder.js";
import { run, texts } from "./support.js";

const withDirs = (dirs: string[], configDir = "/config"): Facts => {
  const base = baseFacts().config;
  if (!base.ok) throw new Error("base config");
  const config: CoreConfig = { ...base.value, allowlist_external_dirs: dirs, config_dir: configDir };
  return facts({ config: ok(config) });
};

describe("config-allowlist-external-dirs", () => {
  it("passes for media folders and the default www folder", () => {
    expect(run(check, withDirs(["/media", "/config/www", "/share/snapshots"])).status).toBe("pass");
    expect(run(check, withDirs(["/home/ha/.homeassistant/www", "/home/ha/media"], "/home/ha/.homeassistant")).status).toBe("pass");
  });

  it("fails for /, the config folder, its parents and system folders", () => {
    const r = run(check, withDirs(["/", "/config/", "/etc/ssl", "/media", "/config/.storage"]));
    expect(r.status).toBe("fail");
    expect(texts(r)).toEqual([
      "allowlist_external_dirs contains / (get_config)",
      "allowlist_external_dirs contains /config (get_config)",
      "allowlist_external_dirs contains /etc/ssl (get_config)",
      "allowlist_external_dirs contains /config/.storage (get_config)",
    ]);
    const core = run(check, withDirs(["/home"], "/home/ha/.homeassistant"));
    expect(core.status).toBe("fail");
  });

  it("falls back to the outline offline", () => {
    const f = facts({
      config: missing("offline"),
      outline: ok(outline([outlineFile("configuration.yaml", [entry(["homeassistant", "allowlist_external_dirs"], 8, { type: "seq", value: ["/root"], features: undefined })])])),
    });
    const r = run(check, f);
    expect(texts(r)).toEqual(["configuration.yaml:8 allowlist_external_dirs contains /root"]);
    // A place in a file is structured (SARIF gets a location), not only inside the text.
    expect(r.evidence[0]).toMatchObject({ file: "configuration.yaml", line: 8 });
  });

  it("is not assessed when neither source is available", () => {
    expect(run(check, facts({ config: missing("offline"), outline: missing() })).status).toBe("not_assessed");
  });
});
