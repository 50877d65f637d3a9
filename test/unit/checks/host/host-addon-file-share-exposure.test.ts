import { describe, expect, it } from "vitest";
import { hostAddonFileShareExposure as check } from "../../../../src/checks/host/host-addon-file-share-exposure.js";
import type { FtpAddonOptions, SambaAddonOptions } from "../../../../src/facts/types.js";
import { addonSetting, facts, missing } from "../../../support/facts-builder.js";
import { run } from "../secrets/support.js";
import { ABSENT_CASES, englishEvidence as texts, withSettings } from "./support.js";

const LOCAL = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "169.254.0.0/16", "fe80::/10", "fc00::/7"];
const samba = (over: Partial<SambaAddonOptions> = {}, addon = {}) =>
  addonSetting({
    slug: "core_samba",
    name: "Samba share",
    host_network: true,
    ports: [],
    options: { kind: "samba", password_set: true, allow_hosts: LOCAL, allow_hosts_unparsed: 0, compatibility_mode: false, ...over },
    ...addon,
  });
const ftp = (over: Partial<FtpAddonOptions> = {}) =>
  addonSetting({ slug: "a0d7b954_ftp", name: "FTP", repository: "a0d7b954", host_network: true, ports: [], options: { kind: "ftp", port: 21, ssl: false, users: 1, ...over } });

describe("host-addon-file-share-exposure", () => {
  it("fails for Samba open to public networks or with SMB1, and FTP without TLS", () => {
    const r = run(check, withSettings([samba({ allow_hosts: [...LOCAL, "0.0.0.0/0"], compatibility_mode: true }), ftp()]));
    expect(r.status).toBe("fail");
    expect(texts(r)).toEqual([
      'core_samba (Samba share): setting "allow_hosts" admits 0.0.0.0/0, outside your local networks',
      'core_samba (Samba share): setting "compatibility_mode" allows SMB1',
      'a0d7b954_ftp (FTP): FTP without TLS on port 21 on the host network (setting "ssl" off)',
    ]);
    expect(r.placeholders).toEqual({ count: "3", addon: "core_samba" });
  });

  it("passes Samba's default local networks and FTP over TLS", () => {
    expect(run(check, withSettings([samba(), ftp({ ssl: true })])).status).toBe("pass");
  });

  it("does not judge a stopped add-on that does not start at boot", () => {
    const r = run(check, withSettings([samba({ compatibility_mode: true }, { state: "stopped", boot: "manual" })]));
    expect(r.status).toBe("not_applicable");
  });

  it("is not applicable without a file-sharing add-on or a Supervisor, not assessed without the backend", () => {
    expect(run(check, withSettings([addonSetting()])).status).toBe("not_applicable");
    for (const [reason, status] of ABSENT_CASES) expect(run(check, facts({ addon_settings: missing(reason) })).status).toBe(status);
  });
});
