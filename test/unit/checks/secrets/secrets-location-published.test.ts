import { describe, expect, it } from "vitest";
import { secretsLocationPublished as check } from "../../../../src/checks/secrets/secrets-location-published.js";
import type { FilesFacts } from "../../../../src/facts/types.js";
import { FILES_DEFAULT, entry, facts, missing, ok, outline, outlineFile } from "../../../support/facts-builder.js";
import { run, texts } from "./support.js";

const GIT: FilesFacts = {
  ...FILES_DEFAULT,
  git: { method: "git", ignored: { "secrets.yaml": true, ".storage/": true, "*.db": true, "*.log": true, ".cloud/": true, "ip_bans.yaml": true } },
};
const LAT = 52.3731;
const coords = (tag: "!secret" | null) =>
  ok(
    outline([
      outlineFile("configuration.yaml", [
        entry(["homeassistant"], 1, { type: "map", features: undefined }),
        entry(["homeassistant", "latitude"], 2, tag ? { tag, features: undefined } : { type: "float", value: LAT, features: undefined }),
        entry(["homeassistant", "longitude"], 3, tag ? { tag, features: undefined } : { type: "float", value: 4.8903, features: undefined }),
      ]),
    ]),
  );

describe("secrets-location-published", () => {
  it("passes when the coordinates use !secret", () => {
    expect(run(check, facts({ files: ok(GIT), outline: coords("!secret") })).status).toBe("pass");
  });

  it("fails for literal coordinates in a git tree, without printing them", () => {
    const r = run(check, facts({ files: ok(GIT), outline: coords(null) }));
    expect(r.status).toBe("fail");
    expect(texts(r)).toEqual([
      "configuration.yaml:2 homeassistant.latitude is a literal coordinate",
      "configuration.yaml:3 homeassistant.longitude is a literal coordinate",
    ]);
    expect(JSON.stringify(r)).not.toContain(String(LAT));
  });

  it("is not applicable outside git and not assessed without the outline", () => {
    expect(run(check, facts({ outline: coords(null) })).status).toBe("not_applicable");
    expect(run(check, facts({ files: ok(GIT), outline: missing() })).status).toBe("not_assessed");
  });
});
