import { describe, expect, it } from "vitest";
import { entry, facts, features, ok, outline, outlineFile } from "../../../support/facts-builder.js";
import { run, texts } from "./support.js";
import { secretsLiteralAuthHeader } from "../../../../src/checks/secrets/secrets-literal-auth-header.js";
import { featureCheckSuite } from "./feature-suite.js";

describe("secrets-literal-auth-header", () => featureCheckSuite(secretsLiteralAuthHeader, { auth_prefix: "bearer" }, ["rest_command", "lights", "headers", "Authorization"], "is a literal Bearer credential"));

describe("secrets-literal-auth-header", () => {
  it("ignores a templated header and reports Basic credentials", () => {
    const f = facts({
      outline: ok(
        outline([
          outlineFile("configuration.yaml", [
            entry(["rest", 0, "headers", "Authorization"], 4, { features: features({ auth_prefix: "bearer", template: true }) }),
            entry(["rest", 1, "headers", "Authorization"], 9, { features: features({ auth_prefix: "basic" }) }),
          ]),
        ]),
      ),
    });
    expect(texts(run(secretsLiteralAuthHeader, f))).toEqual(["configuration.yaml:9 rest[1].headers.Authorization is a literal Basic credential"]);
  });
});

