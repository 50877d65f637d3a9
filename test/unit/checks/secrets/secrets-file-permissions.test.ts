import { describe, expect, it } from "vitest";
import { secretsFilePermissions as check } from "../../../../src/checks/secrets/secrets-file-permissions.js";
import type { FilesFacts } from "../../../../src/facts/types.js";
import { FILES_DEFAULT, HOST_DEFAULT, facts, missing, ok } from "../../../support/facts-builder.js";
import { run, texts } from "./support.js";

const files = (secrets: number | null, storage: number | null, exists = true): FilesFacts => ({
  ...FILES_DEFAULT,
  secrets_yaml: { exists, mode: secrets, owner_uid: 1000 },
  storage_dir: { exists, mode: storage, owner_uid: 1000 },
});
const core = ok({ ...HOST_DEFAULT, installation_type: "Home Assistant Core", docker: false });

describe("secrets-file-permissions", () => {
  it("passes for 0600 / 0700", () => {
    const r = run(check, facts({ files: ok(files(0o600, 0o700)), host: core }));
    expect(r.status).toBe("pass");
    expect(texts(r)).toEqual(["secrets.yaml has mode 0600", ".storage has mode 0700"]);
  });

  it("fails when others can read secrets.yaml", () => {
    const r = run(check, facts({ files: ok(files(0o644, 0o750)), host: core }));
    expect(r.status).toBe("fail");
    expect(r.severity).toBeUndefined();
    expect(texts(r)).toEqual(["secrets.yaml has mode 0644: other users can access it", ".storage has mode 0750: its group can access it"]);
  });

  it("warns when only the group can access, and is low severity on Home Assistant OS", () => {
    const r = run(check, facts({ files: ok(files(0o640, 0o700)) }));
    expect(r.status).toBe("warn");
    expect(r.severity).toBe("low");
  });

  it("is not applicable when neither exists, not assessed when modes are unreadable or the backend is absent", () => {
    expect(run(check, facts({ files: ok(files(null, null, false)) })).status).toBe("not_applicable");
    expect(run(check, facts({ files: ok(files(null, null)) })).status).toBe("not_assessed");
    expect(run(check, facts({ files: missing() })).status).toBe("not_assessed");
  });
});
