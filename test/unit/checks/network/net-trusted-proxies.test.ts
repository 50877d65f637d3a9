import { ENGLISH_TEXTS } from "../../../../src/i18n/texts.js";
import { describe, expect, it } from "vitest";
import { netTrustedProxies } from "../../../../src/checks/network/net-trusted-proxies.js";
import { entry, facts } from "../../../support/facts-builder.js";
import { NOTHING, bool, withHttp, yamlOnly } from "./fixtures.js";
import { run, texts } from "./run.js";

const proxied = (proxies: string[]) => withHttp({ use_x_forwarded_for: true, trusted_proxies: proxies });

describe("net-trusted-proxies", () => {
  it("passes for the add-on network, loopback and a single public proxy host", () => {
    const r = run(netTrustedProxies, proxied(["172.30.33.0/24", "127.0.0.1", "::1", "203.0.113.7"]));
    expect(r.status).toBe("pass");
    expect(texts(r)[0]).toContain("172.30.33.0/24");
  });

  it("fails for every-address, public and over-broad private ranges, showing the ranges", () => {
    const r = run(netTrustedProxies, proxied(["172.30.33.0/24", "0.0.0.0/0", "::/0", "203.0.113.0/24", "10.0.0.0/8", "172.16.0.0/12"]));
    expect(r.status).toBe("fail");
    expect(texts(r)).toEqual([
      "http.trusted_proxies contains 0.0.0.0/0 (every address)",
      "http.trusted_proxies contains ::/0 (every address)",
      "http.trusted_proxies contains 203.0.113.0/24 (public internet addresses)",
      "http.trusted_proxies contains 10.0.0.0/8 (wider than a /16)",
      "http.trusted_proxies contains 172.16.0.0/12 (wider than a /16)",
    ]);
  });

  it("points at the YAML line of the offending item (offline)", () => {
    const r = run(
      netTrustedProxies,
      yamlOnly([
        bool("use_x_forwarded_for", 11, true),
        entry(["http", "trusted_proxies"], 12, { type: "seq", features: undefined }),
        entry(["http", "trusted_proxies", 0], 13, { value: "127.0.0.1" }),
        entry(["http", "trusted_proxies", 1], 14, { value: "0.0.0.0/0" }),
      ]),
    );
    expect(r.status).toBe("fail");
    expect(r.evidence).toEqual([expect.objectContaining({ file: "configuration.yaml", line: 14 })]);
    expect(r.evidence.map((e) => ENGLISH_TEXTS.evidence(e))).toEqual(["configuration.yaml:14 http.trusted_proxies contains 0.0.0.0/0 (every address)"]);
  });

  it("an empty list refuses forwarded requests: not a spoofing risk", () => {
    expect(run(netTrustedProxies, proxied([])).status).toBe("pass");
  });

  it("is not applicable without use_x_forwarded_for; not assessed without settings", () => {
    expect(run(netTrustedProxies, facts()).status).toBe("not_applicable");
    expect(run(netTrustedProxies, facts(NOTHING)).status).toBe("not_assessed");
  });
});
