import { describe, expect, it } from "vitest";
import { configOutlineErrors as check } from "../../../../src/checks/secrets/config-outline-errors.js";
import { facts, missing, ok, outline, outlineFile } from "../../../support/facts-builder.js";
import { CANARY, expectNoCanary, run, texts } from "./support.js";

describe("config-outline-errors", () => {
  it("passes when every file was read", () => {
    expect(run(check, facts()).status).toBe("pass");
    expect(check.severity).toBe("info");
  });

  it("lists unreadable files by kind, never the parser's message", () => {
    const o = outline([
      outlineFile("configuration.yaml", []),
      outlineFile("broken.yaml", [], { error: { kind: "malformed", line: 4, message: `unexpected ${CANARY}` } }),
      outlineFile("big.yaml", [], { error: { kind: "too_large", line: null, message: "too large" } }),
    ]);
    const r = run(check, facts({ outline: ok({ ...o, truncated: { limit: "files", message: "too many files" } }) }));
    expect(r.status).toBe("warn");
    expect(r.severity).toBeUndefined();
    expect(texts(r)).toEqual(["broken.yaml:4 is not valid YAML", "big.yaml is too large to read", "The outline stopped early: files limit reached"]);
    expect(r.evidence[0]).toMatchObject({ file: "broken.yaml", line: 4 });
    expectNoCanary(r);
  });

  it("a file that is not UTF-8 is a high finding: Home Assistant refuses to load it", () => {
    const o = outline([
      outlineFile("configuration.yaml", []),
      outlineFile("latin1.yaml", [], { error: { kind: "binary", line: null, message: "The file is not UTF-8 text." } }),
    ]);
    const r = run(check, facts({ outline: ok(o) }));
    expect(r.status).toBe("fail");
    expect(r.severity).toBe("high");
    expect(texts(r)).toEqual(["latin1.yaml is not UTF-8 text: Home Assistant refuses to load it"]);
    expect(r.evidence[0]).toMatchObject({ file: "latin1.yaml" });
  });

  it("is not assessed without the outline", () => {
    expect(run(check, facts({ outline: missing() })).status).toBe("not_assessed");
  });
});
