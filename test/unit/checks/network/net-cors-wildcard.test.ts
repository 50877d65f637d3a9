import { describe, expect, it } from "vitest";
import { netCorsWildcard } from "../../../../src/checks/network/net-cors-wildcard.js";
import { entry, facts } from "../../../support/facts-builder.js";
import { NOTHING, withHttp, yamlOnly } from "./fixtures.js";
import { run, texts } from "./run.js";

describe("net-cors-wildcard", () => {
  it("passes with named origins (and Home Assistant's default)", () => {
    expect(run(netCorsWildcard, withHttp({ cors_allowed_origins: ["https://cast.home-assistant.io"] })).status).toBe("pass");
    expect(run(netCorsWildcard, yamlOnly([])).status).toBe("pass");
  });

  it("fails for *, at the item's line", () => {
    const r = run(
      netCorsWildcard,
      yamlOnly([
        entry(["http", "cors_allowed_origins"], 15, { type: "seq", features: undefined }),
        entry(["http", "cors_allowed_origins", 0], 16, { value: "https://cast.home-assistant.io" }),
        entry(["http", "cors_allowed_origins", 1], 17, { value: "*" }),
      ]),
    );
    expect(r.status).toBe("fail");
    expect(texts(r)).toEqual(["configuration.yaml:17 http.cors_allowed_origins contains * (every origin)"]);
  });

  it("reads the list form carried on the key itself", () => {
    const r = run(netCorsWildcard, yamlOnly([entry(["http", "cors_allowed_origins"], 15, { type: "seq", value: ["*"], features: undefined })]));
    expect(r.status).toBe("fail");
    expect(r.evidence[0]).toMatchObject({ line: 15 });
    expect(run(netCorsWildcard, withHttp({ cors_allowed_origins: ["*"] })).status).toBe("fail");
  });

  it("is not assessed without settings", () => {
    expect(run(netCorsWildcard, facts(NOTHING)).status).toBe("not_assessed");
  });
});
