import { describe, expect, it } from "vitest";
import { netXFrameOptions } from "../../../../src/checks/network/net-x-frame-options.js";
import { facts } from "../../../support/facts-builder.js";
import { NOTHING, bool, withHttp, yamlOnly } from "./fixtures.js";
import { run, texts } from "./run.js";

describe("net-x-frame-options", () => {
  it("passes by default", () => {
    expect(run(netXFrameOptions, facts()).status).toBe("pass");
    expect(run(netXFrameOptions, yamlOnly([])).status).toBe("pass");
  });

  it("fails when turned off", () => {
    const r = run(netXFrameOptions, yamlOnly([bool("use_x_frame_options", 14, false)]));
    expect(r.status).toBe("fail");
    expect(texts(r)).toEqual(["configuration.yaml:14 http.use_x_frame_options is false"]);
    expect(run(netXFrameOptions, withHttp({ use_x_frame_options: false })).status).toBe("fail");
  });

  it("is not assessed without settings", () => {
    expect(run(netXFrameOptions, facts(NOTHING)).status).toBe("not_assessed");
  });
});
