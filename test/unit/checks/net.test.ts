import { ENGLISH_TEXTS } from "../../../src/i18n/texts.js";
import { describe, expect, it } from "vitest";
import {
  cidrKind,
  describeTrustProblem,
  formatCidr,
  ipKind,
  isHaLocalIp,
  isLocalHost,
  overlaps,
  parseCidr,
  parseIp,
  trustProblem,
  urlInfo,
} from "../../../src/checks/net.js";

const c = (s: string) => {
  const n = parseCidr(s);
  if (!n) throw new Error(`test network ${s} did not parse`);
  return n;
};

describe("parseIp", () => {
  it.each([
    ["192.168.1.1", 4, 0xc0a80101n],
    ["::1", 6, 1n],
    ["fe80::1", 6, 0xfe800000000000000000000000000001n],
    ["1:2:3:4:5:6:7:8", 6, 0x00010002000300040005000600070008n],
    ["::ffff:192.168.1.1", 6, 0xffffc0a80101n],
    ["1::", 6, 1n << 112n],
  ])("%s", (text, version, value) => {
    expect(parseIp(text)).toEqual({ version, value });
  });

  it.each(["256.1.1.1", "1.2.3", "1::2::3", "1:2:3:4:5:6:7:8:9", "fe80::1%eth0", "host.local", "", "1.2.3.4/8", "::ffff:1.2.3.999"])(
    "rejects %s",
    (text) => expect(parseIp(text)).toBeNull(),
  );
});

describe("parseCidr", () => {
  it("treats a bare address as a single host, as Python's ip_network does", () => {
    expect(c("10.1.2.3")).toEqual({ version: 4, network: 0x0a010203n, prefix: 32 });
    expect(c("::1").prefix).toBe(128);
  });
  it("clears host bits", () => expect(formatCidr(c("192.168.1.5/16"))).toBe("192.168.0.0/16"));
  it.each(["10.0.0.0/33", "::/129", "10.0.0.0/x", "nonsense/8"])("rejects %s", (t) => expect(parseCidr(t)).toBeNull());
  it("formats IPv6 compressed", () => {
    expect(formatCidr(c("fd00:0:0:0:0:0:0:0/48"))).toBe("fd00::/48");
    expect(formatCidr(c("::/0"))).toBe("::/0");
    expect(formatCidr(c("2001:db8:0:1:0:0:0:1/128"))).toBe("2001:db8:0:1::1/128");
  });
  it("overlaps", () => {
    expect(overlaps(c("10.0.0.0/8"), c("10.1.0.0/16"))).toBe(true);
    expect(overlaps(c("10.0.0.0/8"), c("11.0.0.0/8"))).toBe(false);
    expect(overlaps(c("10.0.0.0/8"), c("::/0"))).toBe(false);
  });
});

describe("classification", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["::1", "loopback"],
    ["10.2.3.4", "private"],
    ["172.31.255.255", "private"],
    ["172.32.0.1", "public"],
    ["192.168.0.10", "private"],
    ["fd12::1", "private"],
    ["169.254.1.1", "link_local"],
    ["fe80::abcd", "link_local"],
    ["100.100.1.1", "shared"],
    ["0.0.0.0", "unspecified"],
    ["8.8.8.8", "public"],
    ["2001:4860::8888", "public"],
    ["::ffff:10.0.0.1", "private"],
    ["::ffff:8.8.8.8", "public"],
  ])("%s is %s", (ip, kind) => expect(ipKind(ip)).toBe(kind));

  it("a network reaching outside private space is public", () => {
    expect(cidrKind(c("10.0.0.0/7"))).toBe("public");
    expect(cidrKind(c("0.0.0.0/0"))).toBe("public");
    expect(cidrKind(c("172.16.0.0/12"))).toBe("private");
  });

  it("follows Home Assistant's is_local (no CGNAT, no fc00::/8)", () => {
    expect(isHaLocalIp("192.168.1.20")).toBe(true);
    expect(isHaLocalIp("127.0.0.1")).toBe(true);
    expect(isHaLocalIp("fd00::5")).toBe(true);
    expect(isHaLocalIp("fc00::5")).toBe(false);
    expect(isHaLocalIp("100.64.0.1")).toBe(false);
    expect(isHaLocalIp("8.8.8.8")).toBe(false);
    expect(isHaLocalIp("not an ip")).toBe(false);
  });
});

describe("trustProblem", () => {
  it.each([
    ["0.0.0.0/0", "everything"],
    ["::/0", "everything"],
    ["::ffff:0.0.0.0/96", "everything"],
    ["8.8.8.0/24", "public"],
    ["2001:db8::/32", "public"],
    ["10.0.0.0/8", "broad"],
    ["172.16.0.0/12", "broad"],
    ["::ffff:10.0.0.0/104", "broad"],
    ["fd00::/8", "broad"],
    ["100.64.0.0/10", "broad"],
    ["192.168.0.0/16", null],
    ["192.168.1.0/24", null],
    ["172.30.33.0/24", null],
    ["fd00:1:2::/48", null],
    ["127.0.0.1", null],
  ])("%s → %s", (net, want) => expect(trustProblem(c(net))).toBe(want));

  it("a single public host is accepted only when asked", () => {
    expect(trustProblem(c("203.0.113.7"))).toBe("public");
    expect(trustProblem(c("203.0.113.7"), { allowPublicHost: true })).toBeNull();
    expect(trustProblem(c("203.0.113.0/24"), { allowPublicHost: true })).toBe("public");
  });

  it("describes problems in words", () => {
    const say = (p: Parameters<typeof describeTrustProblem>[0], net: string) => ENGLISH_TEXTS.message(describeTrustProblem(p, c(net)));
    expect(say("broad", "10.0.0.0/8")).toBe("wider than a /16");
    expect(say("broad", "fd00::/8")).toBe("wider than a /48");
    expect(say("everything", "::/0")).toBe("every address");
  });
});

describe("isLocalHost / urlInfo", () => {
  it.each([
    ["localhost", true],
    ["homeassistant", true],
    ["homeassistant.local", true],
    ["ha.home.arpa", true],
    ["ha.lan", true],
    ["192.168.1.2", true],
    ["[::1]", true],
    ["100.101.102.103", true],
    ["example.org", false],
    ["my.duckdns.org", false],
    ["8.8.8.8", false],
    ["abcdef.ui.nabu.casa", false],
  ])("%s local=%s", (h, want) => expect(isLocalHost(h)).toBe(want));

  it("parses ports and schemes", () => {
    expect(urlInfo("http://example.org:8123")).toMatchObject({ scheme: "http", port: 8123, effectivePort: 8123, local: false });
    expect(urlInfo("https://example.org")).toMatchObject({ scheme: "https", port: null, effectivePort: 443 });
    expect(urlInfo("http://homeassistant.local:8123/")).toMatchObject({ local: true });
    expect(urlInfo("not a url")).toBeNull();
  });
});
