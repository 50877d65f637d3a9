import { describe, expect, it } from "vitest";
import { netLoginThreshold } from "../../../../src/checks/network/net-login-threshold.js";
import { facts } from "../../../support/facts-builder.js";
import { NOTHING, bool, int, withHttp, yamlOnly } from "./fixtures.js";
import { run, texts } from "./run.js";

describe("net-login-threshold", () => {
  it("passes at 5", () => {
    expect(run(netLoginThreshold, facts()).status).toBe("pass");
    expect(run(netLoginThreshold, yamlOnly([int("login_attempts_threshold", 11, 5)])).status).toBe("pass");
  });

  it("fails when unset in YAML: Home Assistant's default -1 never bans", () => {
    const r = run(netLoginThreshold, yamlOnly([]));
    expect(r.status).toBe("fail");
    expect(texts(r)[0]).toContain("default (-1) never bans");
  });

  it("fails at -1 with the line; warns above 10", () => {
    const r = run(netLoginThreshold, yamlOnly([int("login_attempts_threshold", 11, -1)]));
    expect(r.status).toBe("fail");
    expect(texts(r)).toEqual(["configuration.yaml:11 http.login_attempts_threshold is -1: addresses are never banned"]);
    expect(run(netLoginThreshold, withHttp({ login_attempts_threshold: 50 })).status).toBe("warn");
  });

  it("is not applicable with IP banning off, not assessed without settings", () => {
    expect(run(netLoginThreshold, yamlOnly([bool("ip_ban_enabled", 12, false)])).status).toBe("not_applicable");
    expect(run(netLoginThreshold, facts(NOTHING)).status).toBe("not_assessed");
  });
});
