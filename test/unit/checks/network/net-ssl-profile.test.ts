import { describe, expect, it } from "vitest";
import { netSslProfile } from "../../../../src/checks/network/net-ssl-profile.js";
import { entry, facts, features } from "../../../support/facts-builder.js";
import { NOTHING, withHttp, yamlOnly } from "./fixtures.js";
import { run, texts } from "./run.js";

const cert = entry(["http", "ssl_certificate"], 11, { tag: "!secret", features: undefined });

describe("net-ssl-profile", () => {
  it("passes with modern", () => {
    expect(run(netSslProfile, facts()).status).toBe("pass");
    expect(run(netSslProfile, yamlOnly([cert])).status).toBe("pass");
  });

  it("fails with intermediate while TLS is on", () => {
    const r = run(netSslProfile, yamlOnly([cert, entry(["http", "ssl_profile"], 13, { value: "intermediate", features: features({ length: 12 }) })]));
    expect(r.status).toBe("fail");
    expect(texts(r)).toEqual(["configuration.yaml:13 http.ssl_profile is intermediate"]);
  });

  it("fails with a per-IP-version intermediate profile and passes with a modern one", () => {
    const r = run(netSslProfile, withHttp({ ssl_certificate: true, ssl_profile: "intermediate_v4" }));
    expect(r.status).toBe("fail");
    expect(texts(r)[0]).toContain("http.ssl_profile is intermediate_v4");
    expect(run(netSslProfile, withHttp({ ssl_certificate: true, ssl_profile: "modern_v6" })).status).toBe("pass");
  });

  it("is not applicable without TLS, not assessed without settings or when the value is hidden", () => {
    expect(run(netSslProfile, withHttp({ ssl_certificate: false, ssl_profile: "intermediate" })).status).toBe("not_applicable");
    expect(run(netSslProfile, facts(NOTHING)).status).toBe("not_assessed");
    expect(run(netSslProfile, yamlOnly([cert, entry(["http", "ssl_profile"], 13, { tag: "!secret", features: undefined })])).status).toBe("not_assessed");
  });
});
