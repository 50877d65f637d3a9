import { describe, expect, it } from "vitest";
import { netIpBan } from "../../../../src/checks/network/net-ip-ban.js";
import { facts } from "../../../support/facts-builder.js";
import { NOTHING, bool, withHttp, yamlOnly } from "./fixtures.js";
import { reasonText, run, texts } from "./run.js";

describe("net-ip-ban", () => {
  it("passes when on (observed, or YAML default)", () => {
    expect(run(netIpBan, facts()).status).toBe("pass");
    expect(run(netIpBan, yamlOnly([])).status).toBe("pass");
  });

  it("fails when off, with the YAML line", () => {
    const r = run(netIpBan, yamlOnly([bool("ip_ban_enabled", 12, false)]));
    expect(r.status).toBe("fail");
    expect(texts(r)).toEqual(["configuration.yaml:12 http.ip_ban_enabled is false"]);
    expect(r.evidence[0]).toMatchObject({ file: "configuration.yaml", line: 12 });
    expect(run(netIpBan, withHttp({ ip_ban_enabled: false })).status).toBe("fail");
  });

  it("is not assessed without settings", () => {
    expect(run(netIpBan, facts(NOTHING)).status).toBe("not_assessed");
  });
});

describe("net-ip-ban with an incomplete outline", () => {
  it("does not read absent keys as defaults when configuration.yaml is malformed", () => {
    const f = yamlOnly([]);
    if (!f.outline.ok) throw new Error("fixture");
    const [root] = f.outline.value.files;
    if (!root) throw new Error("fixture");
    const broken = { ...f, outline: { ...f.outline, value: { ...f.outline.value, files: [{ ...root, error: { kind: "malformed" as const, line: 20, message: "bad indent" } }] } } };
    const r = run(netIpBan, broken);
    expect(r.status).toBe("not_assessed");
    expect(reasonText(r)).toBe("configuration.yaml could not be read completely (malformed).");
  });
});
