import { describe, expect, it } from "vitest";
import { netExternalUrlHttps } from "../../../../src/checks/network/net-external-url-https.js";
import { facts, missing } from "../../../support/facts-builder.js";
import { withExternalUrl } from "./fixtures.js";
import { expectNoValue, reasonText, run, texts } from "./run.js";

describe("net-external-url-https", () => {
  it("passes for https and for local http", () => {
    expect(run(netExternalUrlHttps, facts()).status).toBe("pass");
    expect(run(netExternalUrlHttps, withExternalUrl("http://192.168.1.5:8123")).status).toBe("pass");
  });

  it("fails for http to an internet host, without naming the host", () => {
    const r = run(netExternalUrlHttps, withExternalUrl("http://myhome.duckdns.org:8123"));
    expect(r.status).toBe("fail");
    expect(texts(r)).toEqual(["external_url uses http:// for an internet address"]);
    expectNoValue(r, "duckdns");
  });

  it("is not applicable without an external URL, not assessed without config", () => {
    expect(run(netExternalUrlHttps, withExternalUrl(null)).status).toBe("not_applicable");
    expect(run(netExternalUrlHttps, facts({ config: missing("offline"), outline: missing() })).status).toBe("not_assessed");
    // Offline, an outline without external_url says only "not in YAML" (a UI-set URL is invisible).
    const offline = run(netExternalUrlHttps, facts({ config: missing("offline") }));
    expect(offline.status).toBe("not_applicable");
    expect(reasonText(offline)).toContain("not set in YAML");
  });
});
