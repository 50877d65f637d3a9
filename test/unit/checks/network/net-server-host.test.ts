import { describe, expect, it } from "vitest";
import { netServerHost } from "../../../../src/checks/network/net-server-host.js";
import { facts } from "../../../support/facts-builder.js";
import { NOTHING, withHttp } from "./fixtures.js";
import { run } from "./run.js";

const local = { use_x_forwarded_for: true, trusted_proxies: ["127.0.0.1", "::1"] };

describe("net-server-host", () => {
  it("passes when bound to loopback behind a local proxy", () => {
    expect(run(netServerHost, withHttp({ ...local, server_host: ["127.0.0.1", "::1"] })).status).toBe("pass");
  });

  it("fails when bound to all interfaces behind a local proxy", () => {
    expect(run(netServerHost, withHttp({ ...local, server_host: null })).status).toBe("fail");
    expect(run(netServerHost, withHttp({ ...local, server_host: ["0.0.0.0"] })).status).toBe("fail");
  });

  it("is not applicable without a same-host proxy; not assessed without settings", () => {
    expect(run(netServerHost, facts()).status).toBe("not_applicable");
    expect(run(netServerHost, withHttp({ use_x_forwarded_for: true, trusted_proxies: ["172.30.33.0/24"] })).status).toBe("not_applicable");
    expect(run(netServerHost, facts(NOTHING)).status).toBe("not_assessed");
  });
});
