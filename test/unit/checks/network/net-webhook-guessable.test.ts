import { ENGLISH_TEXTS } from "../../../../src/i18n/texts.js";
import { describe, expect, it } from "vitest";
import { netWebhookGuessable } from "../../../../src/checks/network/net-webhook-guessable.js";
import type { OutlineEntry } from "../../../../src/facts/types.js";
import { entry, facts, features, missing, ok, outline, outlineFile } from "../../../support/facts-builder.js";
import { withExternalUrl } from "./fixtures.js";
import { run, texts } from "./run.js";

/** automations.yaml, included at `automation:`; one webhook trigger at line 3. */
function automations(id: Partial<OutlineEntry> | null, localOnly: boolean | null, extra: OutlineEntry[] = []) {
  const entries: OutlineEntry[] = [
    entry([0, "alias"], 1, { features: features({ length: 10 }) }),
    entry([0, "trigger"], 2, { type: "seq", features: undefined }),
    entry([0, "trigger", 0, "platform"], 3, { value: "webhook" }),
  ];
  if (id) entries.push(entry([0, "trigger", 0, "webhook_id"], 4, id));
  if (localOnly !== null) entries.push(entry([0, "trigger", 0, "local_only"], 5, { type: "bool", value: localOnly, features: undefined }));
  return ok(
    outline([
      outlineFile("configuration.yaml", [entry(["automation"], 1, { type: "seq", tag: "!include", features: undefined })]),
      outlineFile("automations.yaml", [...entries, ...extra], { mount: ["automation"] }),
    ]),
  );
}

const weakId = { features: features({ length: 8, entropy: "low" }) };
const strongId = { features: features({ length: 32, entropy: "high" }) };

function onVersion(version: string) {
  const f = withExternalUrl("https://x.example.org");
  if (!f.config.ok) throw new Error("fixture");
  return { config: ok({ ...f.config.value, version }) };
}

describe("net-webhook-guessable", () => {
  it("fails for a short id with local_only: false, naming file:line and shape, never the id", () => {
    const r = run(netWebhookGuessable, facts({ outline: automations(weakId, false) }));
    expect(r.status).toBe("fail");
    expect(r.evidence).toEqual([expect.objectContaining({ file: "automations.yaml", line: 4 })]);
    expect(r.evidence.map((e) => ENGLISH_TEXTS.evidence(e))).toEqual([
      "automations.yaml:4 automation[0].trigger[0]: webhook_id is short (8 characters) and reachable from the internet",
    ]);
  });

  it("fails for a low-entropy id with no local_only before 2024.2 (remote by default then)", () => {
    const r = run(netWebhookGuessable, facts({ ...onVersion("2023.12.4"), outline: automations({ features: features({ length: 20, entropy: "low" }) }, null) }));
    expect(r.status).toBe("fail");
    expect(texts(r)[0]).toContain("low-entropy");
  });

  it("passes for a weak id that is local-only (explicitly, or by default since 2024.2)", () => {
    expect(run(netWebhookGuessable, facts({ outline: automations(weakId, true) })).status).toBe("pass");
    expect(run(netWebhookGuessable, facts({ ...onVersion("2024.3.3"), outline: automations(weakId, null) })).status).toBe("pass");
  });

  it("passes for a long random id reachable from the internet", () => {
    const r = run(netWebhookGuessable, facts({ outline: automations(strongId, false) }));
    expect(r.status).toBe("pass");
    expect(texts(r)[0]).toBe("1 internet-reachable webhook trigger(s) have long, random ids");
  });

  it("warns when the version is unknown and local_only is not set (offline lint)", () => {
    expect(run(netWebhookGuessable, facts({ config: missing("offline"), outline: automations(weakId, null) })).status).toBe("warn");
  });

  it("finds the 2024.10+ `trigger: webhook` spelling in packages", () => {
    const pkg = ok(
      outline([
        outlineFile("packages/doors.yaml", [
          entry(["automation", 0, "triggers", 0, "trigger"], 7, { value: "webhook" }),
          entry(["automation", 0, "triggers", 0, "webhook_id"], 8, weakId),
          entry(["automation", 0, "triggers", 0, "local_only"], 9, { type: "bool", value: false, features: undefined }),
        ], { mount: ["homeassistant", "packages", "doors"] }),
      ]),
    );
    const r = run(netWebhookGuessable, facts({ outline: pkg }));
    expect(r.status).toBe("fail");
    expect(r.evidence[0]).toMatchObject({ file: "packages/doors.yaml", line: 8 });
  });

  it("ignores a `platform: webhook` outside triggers and unreachable files", () => {
    const o = ok(
      outline([
        outlineFile("configuration.yaml", [entry(["notify", 0, "platform"], 3, { value: "webhook" })]),
        outlineFile("blueprints/automation/x.yaml", [entry(["trigger", "platform"], 3, { value: "webhook" }), entry(["trigger", "webhook_id"], 4, weakId)], { reachable: false }),
      ]),
    );
    expect(run(netWebhookGuessable, facts({ outline: o })).status).toBe("not_applicable");
  });

  it("a !secret id is not judged", () => {
    expect(run(netWebhookGuessable, facts({ outline: automations({ tag: "!secret", features: undefined }, false) })).status).toBe("pass");
  });

  it("is not assessed without the outline", () => {
    expect(run(netWebhookGuessable, facts({ outline: missing() })).status).toBe("not_assessed");
  });
});
