import { describe, expect, it } from "vitest";
import { hostNotRoot as check } from "../../../../src/checks/host/host-not-root.js";
import { facts, missing } from "../../../support/facts-builder.js";
import { reasonText, run, texts } from "../secrets/support.js";
import { coreHost } from "./support.js";

describe("host-not-root", () => {
  it("passes for a dedicated user on a Core install", () => {
    expect(run(check, facts({ host: coreHost() })).status).toBe("pass");
  });

  it("fails when a Core install runs as root", () => {
    const r = run(check, facts({ host: coreHost({ uid: 0, user: "root", is_root: true }) }));
    expect(r.status).toBe("fail");
    expect(texts(r)).toEqual(["Home Assistant runs as root (uid 0)"]);
  });

  it("is not applicable in containers (OS, Container, Supervised) and not assessed without the backend", () => {
    const r = run(check, facts());
    expect(r.status).toBe("not_applicable");
    expect(reasonText(r)).toContain("Home Assistant OS");
    expect(run(check, facts({ host: missing("backend_absent") })).status).toBe("not_assessed");
  });
});
