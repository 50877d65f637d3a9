/** The shared suite of the four checks driven by one string feature each. */
import { expect, it } from "vitest";
import type { Check } from "../../../../src/checks/types.js";
import type { StringFeatures } from "../../../../src/facts/types.js";
import { entry, facts, features, missing, ok, outline, outlineFile } from "../../../support/facts-builder.js";
import { CANARY, expectNoCanary, run, texts } from "./support.js";

export function featureCheckSuite(check: Check, feat: Partial<StringFeatures>, path: readonly (string | number)[], what: string): void {
  it("passes on ordinary strings and on !secret values", () => {
    const f = facts({
      outline: ok(
        outline([
          outlineFile("configuration.yaml", [
            entry([...path], 3, { tag: "!secret", features: undefined }),
            entry(["sensor", 1, "resource"], 8, { features: features({ url: true, length: 30 }) }),
          ]),
          // secrets.yaml holding such a value is the point of secrets.yaml.
          outlineFile("secrets.yaml", [entry(["x"], 1, { features: features(feat), value: CANARY })]),
        ]),
      ),
    });
    expect(run(check, f).status).toBe("pass");
  });

  it("fails on a literal, naming the place and never the value", () => {
    const f = facts({
      outline: ok(
        outline([
          outlineFile("includes/things.yaml", [entry(path.slice(1), 12, { features: features({ ...feat, length: 60 }), value: CANARY })], {
            mount: path.slice(0, 1),
          }),
        ]),
      ),
    });
    const r = run(check, f);
    expect(r.status).toBe("fail");
    const p = path.slice(1).reduce<string>((acc, k) => (typeof k === "number" ? `${acc}[${k}]` : `${acc}.${k}`), String(path[0]));
    expect(texts(r)).toEqual([`includes/things.yaml:12 ${p} ${what}`]);
    expect(r.evidence[0]).toMatchObject({ file: "includes/things.yaml", line: 12 });
    expectNoCanary(r);
  });

  it("is not assessed without the outline", () => {
    expect(run(check, facts({ outline: missing("offline") })).status).toBe("not_assessed");
  });
}
