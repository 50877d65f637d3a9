/**
 * Nothing cut silently: where a limit left part of the YAML unread (the walk stopped, or a
 * file was too large or hit a per-file limit), the checks that look at every file are "not
 * assessed" and coverage drops; they never pass on a partial config. What they did find
 * still fails.
 */
import { describe, expect, it } from "vitest";
import { available } from "../../../src/facts/fact.js";
import type { Outline } from "../../../src/facts/types.js";
import { evaluate } from "../../../src/score/evaluate.js";
import { FILES_DEFAULT, NOW, entry, facts, features, outline, outlineFile } from "../../support/facts-builder.js";

const WHOLE_FILE_CHECKS = [
  "secrets-plaintext-credential",
  "secrets-url-credentials",
  "secrets-url-query-key",
  "secrets-literal-auth-header",
  "secrets-command-credentials",
  "net-webhook-guessable",
  "secrets-location-published",
];

const CLEAN = outlineFile("configuration.yaml", [
  entry(["homeassistant"], 1, { type: "map", features: undefined }),
  entry(["homeassistant", "latitude"], 2, { tag: "!secret", features: undefined }),
  entry(["automation"], 3, { type: "seq", features: undefined }),
  entry(["automation", 0, "trigger", 0, "platform"], 5, { value: "webhook" }),
  entry(["automation", 0, "trigger", 0, "webhook_id"], 6, { features: features({ length: 32, entropy: "high" }) }),
  entry(["automation", 0, "trigger", 0, "local_only"], 7, { type: "bool", value: true, features: undefined }),
]);

function statuses(o: Outline): { byId: Map<string, string>; coverage: number } {
  const git = { method: "git", ignored: { "secrets.yaml": true, ".storage/": true, "*.db": true, "*.log": true, ".cloud/": true, "ip_bans.yaml": true } };
  const card = evaluate(facts({ outline: available("test", o), files: available("test", { ...FILES_DEFAULT, git }) }), { now: NOW });
  const byId = new Map(card.categories.flatMap((c) => c.checks.map((e) => [e.check.id, e.status] as const)));
  return { byId, coverage: card.coverage.ratio };
}

describe("a partial outline", () => {
  const whole = statuses(outline([CLEAN]));

  it("passes these checks when every file was read", () => {
    for (const id of WHOLE_FILE_CHECKS) expect(whole.byId.get(id), id).toBe("pass");
  });

  const cuts: Record<string, Outline> = {
    "the walk stopped (max_files)": { ...outline([CLEAN]), truncated: { limit: "max_files", message: "Stopped after 1 files." } },
    "a file was too large": outline([CLEAN, outlineFile("big.yaml", [], { reachable: false, error: { kind: "too_large", line: null, message: "The file is larger than the limit of 8388608 bytes." } })]),
    "a file hit its key limit": outline([CLEAN, outlineFile("packages/p.yaml", [], { mount: ["homeassistant", "packages", "p"], error: { kind: "limit_reached", line: null, message: "The file has more than 500000 keys; the rest is not listed." } })]),
  };
  for (const [what, cut] of Object.entries(cuts)) {
    it(`makes them not assessed, and coverage drop, when ${what}`, () => {
      const partial = statuses(cut);
      for (const id of WHOLE_FILE_CHECKS.filter((i) => i !== "secrets-location-published" || what !== "a file was too large")) {
        expect(partial.byId.get(id), id).toBe("not_assessed");
      }
      expect(partial.coverage).toBeLessThan(whole.coverage);
    });
  }

  it("still fails on what it found", () => {
    const leaky = outlineFile("configuration.yaml", [entry(["sensor", 0, "password"], 3, { features: features({ length: 20, entropy: "high" }) })]);
    const partial = statuses({ ...outline([leaky]), truncated: { limit: "max_seconds", message: "Stopped after 25 seconds." } });
    expect(partial.byId.get("secrets-plaintext-credential")).toBe("fail");
  });
});
