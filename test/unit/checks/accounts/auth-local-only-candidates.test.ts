import { describe, expect, it } from "vitest";
import { authLocalOnlyCandidates } from "../../../../src/checks/accounts/auth-local-only-candidates.js";
import { OWNER, account, facts, missing, ok, token } from "../../../support/facts-builder.js";
import { expectNoValue, run, texts } from "./run.js";

const kid = account({ id: "u-kid", name: "Kid", is_admin: false });

describe("auth-local-only-candidates", () => {
  it("warns for a remote-allowed user only ever seen on local addresses, without showing addresses", () => {
    const r = run(
      authLocalOnlyCandidates,
      facts({ accounts: ok([OWNER, kid]), tokens: ok([token({ user_id: "u-kid", last_used_ip: "192.168.1.44" }), token({ user_id: "u-kid", last_used_ip: "fe80::1" })]) }),
    );
    expect(r.status).toBe("warn");
    expect(texts(r)).toEqual(['"Kid" may log in remotely but has only ever been seen on the local network']);
    expectNoValue(r, "192.168.1.44", "fe80::1");
  });

  it("mentions cloud remote access when it is on", () => {
    const r = run(
      authLocalOnlyCandidates,
      facts({ accounts: ok([OWNER, kid]), tokens: ok([token({ user_id: "u-kid" })]), cloud: ok({ logged_in: true, remote_enabled: true, remote_connected: true }) }),
    );
    expect(texts(r).at(-1)).toContain("Home Assistant Cloud");
  });

  it("passes when the user was seen from outside (CGNAT/Tailscale counts as outside, as in Home Assistant)", () => {
    const r = run(
      authLocalOnlyCandidates,
      facts({ accounts: ok([OWNER, kid]), tokens: ok([token({ user_id: "u-kid", last_used_ip: "192.168.1.44" }), token({ user_id: "u-kid", last_used_ip: "100.100.5.5" })]) }),
    );
    expect(r.status).toBe("pass");
  });

  it("passes for already local-only users, and leaves the owner out", () => {
    const r = run(authLocalOnlyCandidates, facts({ accounts: ok([OWNER, { ...kid, local_only: true }]), tokens: ok([token(), token({ user_id: "u-kid" })]) }));
    expect(r.status).toBe("pass");
  });

  it("is not assessed without backend tokens", () => {
    expect(run(authLocalOnlyCandidates, facts({ tokens: missing() })).status).toBe("not_assessed");
  });
});
