import { describe, expect, it } from "vitest";
import { secretsWwwSensitive as check } from "../../../../src/checks/secrets/secrets-www-sensitive.js";
import { FILES_DEFAULT, facts, missing, ok } from "../../../support/facts-builder.js";
import { run, texts } from "./support.js";

describe("secrets-www-sensitive", () => {
  it("passes when nothing sensitive is in www/", () => {
    expect(run(check, facts()).status).toBe("pass");
  });

  it("fails and names the public URL of each file", () => {
    const r = run(check, facts({ files: ok({ ...FILES_DEFAULT, www_sensitive: ["www/backup.tar", "secrets.yaml"] }) }));
    expect(r.status).toBe("fail");
    expect(texts(r)).toEqual([
      "www/backup.tar is served without login at /local/backup.tar",
      "www/secrets.yaml is served without login at /local/secrets.yaml",
    ]);
    expect(r.evidence[0]?.file).toBe("www/backup.tar");
  });

  it("is not assessed without the backend", () => {
    expect(run(check, facts({ files: missing() })).status).toBe("not_assessed");
  });
});
