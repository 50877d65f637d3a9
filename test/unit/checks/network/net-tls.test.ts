import { describe, expect, it } from "vitest";
import { netTls } from "../../../../src/checks/network/net-tls.js";
import { facts, missing, ok } from "../../../support/facts-builder.js";
import { NOTHING, bool, withExternalUrl, withHttp, yamlOnly } from "./fixtures.js";
import { run, texts } from "./run.js";

const cloudOn = { cloud: ok({ logged_in: true, remote_enabled: true, remote_connected: true }) };

describe("net-tls", () => {
  it("passes when Home Assistant has a certificate", () => {
    const r = run(netTls, facts());
    expect(r.status).toBe("pass");
    expect(texts(r)[0]).toContain("ssl_certificate");
  });

  it("passes without a certificate when the external URL is https or cloud remote access is on", () => {
    expect(run(netTls, withHttp({ ssl_certificate: false })).status).toBe("pass");
    const noUrl = withExternalUrl(null, { http: withHttp({ ssl_certificate: false }).http, ...cloudOn });
    expect(run(netTls, noUrl).status).toBe("pass");
  });

  it("only warns behind a reverse proxy: the server cannot see the proxy's TLS", () => {
    const f = withExternalUrl(null, { http: withHttp({ ssl_certificate: false, use_x_forwarded_for: true, trusted_proxies: ["127.0.0.1"] }).http });
    const r = run(netTls, f);
    expect(r.status).toBe("warn");
    expect(texts(r)[0]).toContain("cannot see whether the proxy serves HTTPS");
    expect(texts(r)[0]).toContain("mitigated");
  });

  it("fails on an http:// external URL to an internet name even behind a proxy", () => {
    const f = withExternalUrl("http://myhome.example.org", { http: withHttp({ ssl_certificate: false, use_x_forwarded_for: true, trusted_proxies: ["127.0.0.1"] }).http });
    expect(run(netTls, f).status).toBe("fail");
  });

  it("fails when the external URL is plain http to the internet", () => {
    const f = withExternalUrl("http://myhome.example.org:8123", { http: withHttp({ ssl_certificate: false }).http });
    const r = run(netTls, f);
    expect(r.status).toBe("fail");
    expect(texts(r)[0]).not.toContain("myhome.example.org");
  });

  it("warns when exposure is unknown (no TLS, no proxy, no cloud, local or no external URL)", () => {
    const f = withExternalUrl("http://homeassistant.local:8123", { http: missing("offline"), outline: yamlOnly([bool("ip_ban_enabled", 11, true)]).outline });
    expect(run(netTls, f).status).toBe("warn");
  });

  it("is not assessed when nothing decides it", () => {
    expect(run(netTls, withExternalUrl(null, NOTHING)).status).toBe("not_assessed");
    // but a decisive external URL is enough
    expect(run(netTls, facts(NOTHING)).status).toBe("pass");
  });
});
