import { describe, expect, it } from "vitest";
import { hostAddonSshPassword as check } from "../../../../src/checks/host/host-addon-ssh-password.js";
import type { SshAddonOptions } from "../../../../src/facts/types.js";
import { addonSetting, facts, missing } from "../../../support/facts-builder.js";
import { run } from "../secrets/support.js";
import { ABSENT_CASES, englishEvidence as texts, withSettings } from "./support.js";

const sshOptions = (over: Partial<SshAddonOptions> = {}): SshAddonOptions => ({
  kind: "ssh",
  password_set: false,
  authorized_keys: 1,
  sftp: null,
  compatibility_mode: null,
  ...over,
});
const ssh = (options: SshAddonOptions, port: number | null = 22, over = {}) =>
  addonSetting({ slug: "core_ssh", name: "Terminal & SSH", ingress: true, ports: [{ container: "22/tcp", host: port }], options, ...over });

describe("host-addon-ssh-password", () => {
  it("fails critical with password login and no key on a host port", () => {
    const r = run(check, withSettings([ssh(sshOptions({ password_set: true, authorized_keys: 0 }), 2222)]));
    expect(r.status).toBe("fail");
    expect(r.severity).toBe("critical");
    expect(texts(r)).toEqual(['core_ssh (Terminal & SSH): password login on host port 2222 (setting "password" set, no authorized key)']);
    expect(r.placeholders).toEqual({ count: "1", addon: "core_ssh" });
  });

  it("fails high when a password is accepted beside keys, naming the community add-on's setting", () => {
    const community = ssh(sshOptions({ password_set: true, authorized_keys: 2, sftp: true }), 22, { slug: "a0d7b954_ssh", name: "Advanced SSH & Web Terminal" });
    const r = run(check, withSettings([community]));
    expect(r.status).toBe("fail");
    expect(r.severity).toBe("high");
    expect(texts(r)).toEqual(['a0d7b954_ssh (Advanced SSH & Web Terminal): password login on host port 22 beside 2 authorized key(s) (setting "ssh.password" set)']);
  });

  it("passes key-only logins, a disabled port, and a stopped add-on that does not start at boot", () => {
    expect(run(check, withSettings([ssh(sshOptions())])).status).toBe("pass");
    expect(run(check, withSettings([ssh(sshOptions({ password_set: true, authorized_keys: 0 }), null)])).status).toBe("pass");
    const stopped = ssh(sshOptions({ password_set: true, authorized_keys: 0 }), 22, { state: "stopped", boot: "manual" });
    expect(run(check, withSettings([stopped])).status).toBe("pass");
  });

  it("is not applicable without an SSH add-on or a Supervisor, not assessed without the backend", () => {
    expect(run(check, withSettings([addonSetting()])).status).toBe("not_applicable");
    for (const [reason, status] of ABSENT_CASES) expect(run(check, facts({ addon_settings: missing(reason) })).status).toBe(status);
  });
});
