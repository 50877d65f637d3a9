import { describe, expect, it } from "vitest";
import { netDefaultPort } from "../../../../src/checks/network/net-default-port.js";
import { facts, missing } from "../../../support/facts-builder.js";
import { withExternalUrl } from "./fixtures.js";
import { run, texts } from "./run.js";

describe("net-default-port", () => {
  it("passes on 443", () => {
    expect(run(netDefaultPort, facts()).status).toBe("pass");
  });

  it("fails when the internet URL uses port 8123", () => {
    const r = run(netDefaultPort, withExternalUrl("https://myhome.example.org:8123"));
    expect(r.status).toBe("fail");
    expect(texts(r)).toEqual(["external_url publishes Home Assistant on port 8123"]);
  });

  it("is not applicable for local or missing URLs; not assessed without config", () => {
    expect(run(netDefaultPort, withExternalUrl("http://homeassistant.local:8123")).status).toBe("not_applicable");
    expect(run(netDefaultPort, withExternalUrl(null)).status).toBe("not_applicable");
    expect(run(netDefaultPort, facts({ config: missing(), outline: missing() })).status).toBe("not_assessed");
  });
});
