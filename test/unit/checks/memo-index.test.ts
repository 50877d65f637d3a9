/**
 * The memoised per-fact indexes (outline, literal strings, tokens) and the memo helpers:
 * each must give what the direct computation gives, be built once per fact object, and
 * be built again for a different object (never a stale answer for new facts).
 */
import { describe, expect, it } from "vitest";
import { tokenIndex, tokensOf } from "../../../src/checks/accounts/util.js";
import { isCredentialPath } from "../../../src/checks/credential-keys.js";
import { perString, perValue } from "../../../src/checks/memo.js";
import { ANY, type Hit, type Path, configPath, entriesAt, firstAt, outlineIndex } from "../../../src/checks/outline-query.js";
import { cappedPlaces, capped, entries, literalStrings, placeEvidence } from "../../../src/checks/secrets/outline.js";
import type { Outline, TokenInfo } from "../../../src/facts/types.js";
import { daysAgo, entry, features, outline, outlineFile, token } from "../../support/facts-builder.js";

function sample(): Outline {
  return outline([
    outlineFile("configuration.yaml", [
      entry(["homeassistant"], 1, { type: "map", features: undefined }),
      entry(["homeassistant", "packages"], 2, { type: "map", tag: "!include_dir_named", features: undefined }),
      entry(["http"], 3, { type: "map", tag: "!include", features: undefined }),
      entry(["sensor", 0, "password"], 5, { features: features({ length: 12 }) }),
      entry(["sensor", 0, "api_key"], 6, { tag: "!secret", features: undefined }),
    ]),
    outlineFile("http.yaml", [entry(["trusted_proxies"], 1, { type: "seq", value: ["10.0.0.1"], features: undefined })], { mount: ["http"] }),
    outlineFile(
      "packages/net.yaml",
      [
        entry(["http", "cors_allowed_origins"], 2, { type: "seq", value: ["https://a.example"], features: undefined }),
        entry(["rest", 0, "resource"], 4, { features: features({ length: 40, url: true, url_credential_query: true }) }),
      ],
      { mount: ["homeassistant", "packages", "net"] },
    ),
    outlineFile("secrets.yaml", [entry(["wifi_password"], 1, { features: features({ length: 16 }) })]),
    outlineFile("esphome/node.yaml", [entry(["wifi", "password"], 3, { features: features({ length: 9 }) })], { reachable: false }),
  ]);
}

/** What the queries computed before the index: walk every file, build each config path. */
function directAll(o: Outline): Hit[] {
  return o.files.flatMap((file) => file.entries.map((e) => ({ file, entry: e, path: configPath(file, e) })));
}

function directAt(o: Outline, pattern: Path, includeUnreachable = false): Hit[] {
  return directAll(o).filter(
    (h) => (includeUnreachable || h.file.reachable) && pattern.length === h.path.length && pattern.every((s, i) => s === ANY || s === h.path[i]),
  );
}

describe("outlineIndex", () => {
  it("holds every entry with its config path, in file order, as the direct walk does", () => {
    const o = sample();
    expect(outlineIndex(o).all).toEqual(directAll(o));
    expect(entries(o)).toEqual(directAll(o));
    const http = outlineIndex(o).byHead.get("http") ?? [];
    expect(http.map((h) => `${h.file.path}:${h.entry.line}`)).toEqual(["configuration.yaml:3", "http.yaml:1", "packages/net.yaml:2"]);
  });

  it("answers pattern queries exactly as a full scan does", () => {
    const o = sample();
    const patterns: Path[] = [
      ["http"],
      ["http", ANY],
      ["http", "trusted_proxies"],
      ["http", "cors_allowed_origins"],
      [ANY, 0, ANY],
      ["sensor", ANY, "password"],
      ["wifi", "password"],
      ["homeassistant", "packages"],
      [ANY],
      ["nothing", "here"],
      [],
    ];
    for (const p of patterns) {
      for (const all of [false, true]) {
        expect(entriesAt(o, p, { includeUnreachable: all })).toEqual(directAt(o, p, all));
        expect(firstAt(o, p, { includeUnreachable: all })).toEqual(directAt(o, p, all)[0]);
      }
    }
  });

  it("is built once per outline object and again for another one", () => {
    const a = sample();
    expect(outlineIndex(a)).toBe(outlineIndex(a));
    const b = structuredClone(a);
    expect(outlineIndex(b)).not.toBe(outlineIndex(a));
    expect(outlineIndex(b).all).toEqual(outlineIndex(a).all);

    // A different outline gets its own answers, not the cached ones of the first.
    const c = outline([outlineFile("configuration.yaml", [entry(["http", "server_port"], 7, { type: "int", value: 8443, features: undefined })])]);
    expect(entriesAt(a, ["http", "server_port"])).toEqual([]);
    expect(entriesAt(c, ["http", "server_port"]).map((h) => h.entry.line)).toEqual([7]);
    expect(outlineIndex(c).all).toEqual(directAll(c));
  });

  it("returns a fresh result array each time, so a caller cannot change the index", () => {
    const o = sample();
    const first = entriesAt(o, ["http", ANY]);
    first.length = 0;
    expect(entriesAt(o, ["http", ANY])).toHaveLength(2);
  });
});

describe("literalStrings", () => {
  it("is the untagged strings with features outside secrets.yaml, memoised per outline", () => {
    const o = sample();
    const direct = directAll(o)
      .filter((h) => h.entry.tag === null && h.entry.type === "str" && h.entry.features !== undefined && !h.file.path.endsWith("secrets.yaml"));
    expect(literalStrings(o)).toEqual(direct);
    expect(literalStrings(o).map((l) => `${l.file.path}:${l.entry.line}`)).toEqual(["configuration.yaml:5", "packages/net.yaml:4", "esphome/node.yaml:3"]);
    expect(literalStrings(o)).toBe(literalStrings(o));
    const other = outline([outlineFile("configuration.yaml", [])]);
    expect(literalStrings(other)).toEqual([]);
  });

  it("cappedPlaces shows what capped(placeEvidence(...)) shows", () => {
    const many = outline([outlineFile("a.yaml", Array.from({ length: 25 }, (_, i) => entry(["x", i, "password"], i + 1)))]);
    const found = literalStrings(many);
    const key = "secrets-plaintext-credential.literal";
    expect(cappedPlaces(found, () => key)).toEqual(capped(found.map((l) => placeEvidence(l, key))));
    expect(cappedPlaces(found, () => key)).toHaveLength(21);
    expect(cappedPlaces(found.slice(0, 3), () => key)).toEqual(found.slice(0, 3).map((l) => placeEvidence(l, key)));
  });
});

describe("tokenIndex", () => {
  const tokens: TokenInfo[] = [
    token({ id: "a", user_id: "u1", type: "long_lived_access_token", created_at: daysAgo(400), last_used_at: null }),
    token({ id: "b", user_id: "u2", last_used_at: daysAgo(3) }),
    token({ id: "c", user_id: "u1", type: "system", last_used_at: "not a date" }),
    token({ id: "d", user_id: "u1", last_used_at: daysAgo(100) }),
  ];

  it("groups by user in list order and parses dates as Date.parse does", () => {
    expect(tokensOf(tokens, "u1").map((t) => t.token.id)).toEqual(["a", "c", "d"]);
    expect(tokensOf(tokens, "u1").map((t) => t.lastUsedMs)).toEqual([null, null, Date.parse(daysAgo(100))]);
    expect(tokensOf(tokens, "nobody")).toEqual([]);
    expect(tokenIndex(tokens).longLived.map((t) => [t.token.id, t.createdMs])).toEqual([["a", Date.parse(daysAgo(400))]]);
  });

  it("is built once per token list and again for another list", () => {
    expect(tokenIndex(tokens)).toBe(tokenIndex(tokens));
    const fewer = tokens.slice(1);
    expect(tokensOf(fewer, "u1").map((t) => t.token.id)).toEqual(["c", "d"]);
    expect(tokensOf(tokens, "u1").map((t) => t.token.id)).toEqual(["a", "c", "d"]);
  });
});

describe("memo helpers", () => {
  it("perValue derives once per object", () => {
    let calls = 0;
    const size = perValue((xs: readonly number[]) => {
      calls++;
      return xs.length;
    });
    const a = [1, 2];
    expect([size(a), size(a), size([1, 2, 3])]).toEqual([2, 2, 3]);
    expect(calls).toBe(2);
  });

  it("perString remembers answers, including falsy ones, and stays bounded", () => {
    const seen: string[] = [];
    const empty = perString((s: string) => {
      seen.push(s);
      return s === "" ? null : s.length === 0;
    }, 2);
    expect([empty(""), empty(""), empty("a"), empty("a")]).toEqual([null, null, false, false]);
    expect(seen).toEqual(["", "a"]);
    empty("b"); // over the bound: the cache starts again
    empty("");
    expect(seen).toEqual(["", "a", "b", ""]);
  });

  it("key verdicts are memoised per key name, not per path: ancestors still decide contextual keys", () => {
    expect(isCredentialPath(["alarm_control_panel", 0, "code"])).toBe(true);
    expect(isCredentialPath(["sensor", 0, "code"])).toBe(false);
    expect(isCredentialPath(["Alarm-Control-Panel", "code"])).toBe(true);
    expect(isCredentialPath(["api", "encryption", "key"])).toBe(true);
    expect(isCredentialPath(["api", "key"])).toBe(false);
  });
});
