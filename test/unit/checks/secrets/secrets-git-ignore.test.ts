import { describe, expect, it } from "vitest";
import { secretsGitIgnore as check } from "../../../../src/checks/secrets/secrets-git-ignore.js";
import type { FilesFacts, GitIgnoreTarget } from "../../../../src/facts/types.js";
import { FILES_DEFAULT, facts, missing, ok } from "../../../support/facts-builder.js";
import { run, texts } from "./support.js";

const ALL: Record<GitIgnoreTarget, boolean> = {
  "secrets.yaml": true,
  ".storage/": true,
  "*.db": true,
  "*.log": true,
  ".cloud/": true,
  "ip_bans.yaml": true,
};
const withGit = (ignored: Partial<Record<GitIgnoreTarget, boolean>>): FilesFacts => ({
  ...FILES_DEFAULT,
  git: { method: "git", ignored: { ...ALL, ...ignored } },
});

describe("secrets-git-ignore", () => {
  it("passes when every private path is ignored", () => {
    expect(run(check, facts({ files: ok(withGit({})) })).status).toBe("pass");
  });

  it("fails when secrets.yaml or .storage/ is not ignored", () => {
    const r = run(check, facts({ files: ok(withGit({ "secrets.yaml": false, "*.db": false })) }));
    expect(r.status).toBe("fail");
    expect(texts(r)).toEqual([".gitignore does not ignore secrets.yaml", ".gitignore does not ignore *.db"]);
  });

  it("warns with partial credit when only the lesser paths are missing", () => {
    const r = run(check, facts({ files: ok(withGit({ "*.log": false, "ip_bans.yaml": false })) }));
    expect(r.status).toBe("warn");
    expect(r.credit).toBeCloseTo(0.75);
  });

  it("is not applicable when the config folder is not a git tree", () => {
    expect(run(check, facts()).status).toBe("not_applicable");
  });

  it("is not assessed without the backend", () => {
    expect(run(check, facts({ files: missing() })).status).toBe("not_assessed");
  });
});
