import { ENGLISH_TEXTS } from "../../../src/i18n/texts.js";
import { describe, expect, it } from "vitest";
import { ANY, child, configPath, effectivePath, entriesAt, evAt, firstAt, formatPath, incomplete, listItems, sibling, where } from "../../../src/checks/outline-query.js";
import { entry, outline, outlineFile } from "../../support/facts-builder.js";

const o = outline([
  outlineFile("configuration.yaml", [
    entry(["http"], 3, { type: "map", tag: "!include", features: undefined }),
    entry(["homeassistant", "packages"], 8, { type: "map", tag: "!include_dir_named", features: undefined }),
  ]),
  outlineFile(
    "http.yaml",
    [
      entry(["use_x_forwarded_for"], 1, { type: "bool", value: true, features: undefined }),
      entry(["trusted_proxies"], 2, { type: "seq", features: undefined }),
      entry(["trusted_proxies", 0], 3, { value: "127.0.0.1" }),
      entry(["trusted_proxies", 1], 4, { tag: "!secret", features: undefined }),
    ],
    { mount: ["http"] },
  ),
  outlineFile("packages/net.yaml", [entry(["http", "cors_allowed_origins"], 2, { type: "seq", value: ["https://a.example"], features: undefined })], {
    mount: ["homeassistant", "packages", "net"],
  }),
  outlineFile("esphome/node.yaml", [entry(["http", "use_x_forwarded_for"], 1, { type: "bool", value: false, features: undefined })], { reachable: false }),
]);

describe("outline-query", () => {
  it("effective path = mount + path; config path drops the package prefix", () => {
    const f = o.files[2];
    const e = f?.entries[0];
    if (!f || !e) throw new Error("fixture");
    expect(effectivePath(f, e)).toEqual(["homeassistant", "packages", "net", "http", "cors_allowed_origins"]);
    expect(configPath(f, e)).toEqual(["http", "cors_allowed_origins"]);
  });

  it("finds entries through !include mounts, skipping unreachable files unless asked", () => {
    expect(entriesAt(o, ["http", "use_x_forwarded_for"]).map(where)).toEqual(["http.yaml:1"]);
    expect(entriesAt(o, ["http", "use_x_forwarded_for"], { includeUnreachable: true }).map(where)).toEqual(["http.yaml:1", "esphome/node.yaml:1"]);
    expect(entriesAt(o, ["http", "trusted_proxies", ANY]).map(where)).toEqual(["http.yaml:3", "http.yaml:4"]);
    expect(firstAt(o, ["http", "nope"])).toBeUndefined();
  });

  it("lists items in both outline forms; hidden items have a null value", () => {
    expect(listItems(o, ["http", "trusted_proxies"]).map((i) => [i.value, where(i.hit)])).toEqual([
      ["127.0.0.1", "http.yaml:3"],
      [null, "http.yaml:4"],
    ]);
    expect(listItems(o, ["http", "cors_allowed_origins"]).map((i) => [i.value, where(i.hit)])).toEqual([["https://a.example", "packages/net.yaml:2"]]);
  });

  it("siblings and children stay in the same file", () => {
    const xff = firstAt(o, ["http", "use_x_forwarded_for"]);
    if (!xff) throw new Error("fixture");
    expect(sibling(xff, "trusted_proxies")?.entry.line).toBe(2);
    const tp = sibling(xff, "trusted_proxies");
    expect(tp && child(tp, 0)?.path).toEqual(["http", "trusted_proxies", 0]);
    expect(sibling(xff, "missing")).toBeUndefined();
  });

  it("formats paths and evidence", () => {
    expect(formatPath(["homeassistant", "auth_providers", 0, "type"])).toBe("homeassistant.auth_providers[0].type");
    const xff = firstAt(o, ["http", "use_x_forwarded_for"]);
    if (!xff) throw new Error("fixture");
    const at = evAt("common.http_setting_on", { key: "http.use_x_forwarded_for" }, xff);
    expect(at).toEqual({ key: "evidence.common.http_setting_on", params: { key: "http.use_x_forwarded_for" }, file: "http.yaml", line: 1 });
    expect(ENGLISH_TEXTS.evidence(at)).toBe("http.yaml:1 http.use_x_forwarded_for is on");
  });
});

describe("incomplete", () => {
  it("is null for a whole outline and names the broken reachable file otherwise", () => {
    expect(incomplete(o)).toBeNull();
    const broken = outline([outlineFile("configuration.yaml", [], { error: { kind: "missing_include", line: 4, message: "x" } })]);
    const why = incomplete(broken);
    expect(why && ENGLISH_TEXTS.message(why)).toBe("configuration.yaml could not be read completely (missing_include).");
    const unreachableBroken = outline([outlineFile("esphome/x.yaml", [], { reachable: false, error: { kind: "malformed", line: 1, message: "x" } })]);
    expect(incomplete(unreachableBroken)).toBeNull();
    const cut = incomplete({ ...o, truncated: { limit: "files", message: "too many" } });
    expect(cut && ENGLISH_TEXTS.message(cut)).toContain("files");
  });
});
