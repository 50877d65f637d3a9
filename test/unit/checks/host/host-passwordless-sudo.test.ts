import { describe, expect, it } from "vitest";
import { hostPasswordlessSudo as check } from "../../../../src/checks/host/host-passwordless-sudo.js";
import { facts, missing } from "../../../support/facts-builder.js";
import { run, texts } from "../secrets/support.js";
import { coreHost } from "./support.js";

describe("host-passwordless-sudo", () => {
  it("passes when sudo needs a password", () => {
    expect(run(check, facts({ host: coreHost({ passwordless_sudo: false }) })).status).toBe("pass");
  });

  it("fails when sudo works without a password", () => {
    const r = run(check, facts({ host: coreHost({ passwordless_sudo: true }) }));
    expect(r.status).toBe("fail");
    expect(texts(r)).toEqual(["homeassistant can run `sudo` without a password"]);
  });

  it("is not applicable when sudo is absent, not assessed without the backend", () => {
    expect(run(check, facts()).status).toBe("not_applicable");
    expect(run(check, facts({ host: missing() })).status).toBe("not_assessed");
  });
});
