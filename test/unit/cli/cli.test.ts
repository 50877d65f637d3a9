import { describe, expect, it } from "vitest";
import { AUDIT_OPTIONS, AUDIT_USAGE } from "../../../src/cli/audit.js";
import type { CliDeps, CollectCallOptions } from "../../../src/cli/deps.js";
import { runCli } from "../../../src/cli/run.js";
import type { Check } from "../../../src/checks/types.js";
import type { Facts } from "../../../src/facts/types.js";
import { NOW, facts } from "../../support/facts-builder.js";
import { check } from "../score/checks.js";

const TOKEN = "eyJhbGciOiJIUzI1NiJ9.CANARY-TOKEN-5b8e1d.sig";
const URL_OK = "http://homeassistant.local:8123";

class FakeConn {
  closed = false;
  close(): void {
    this.closed = true;
  }
}

class AuditConnectionError extends Error {
  override readonly name = "AuditConnectionError";
  constructor(
    readonly kind: string,
    message: string,
  ) {
    super(message);
  }
}

/** 3 criticals pass, 1 high fails: 30 / 37.5 = 80 → B+. */
const CATALOG: Check[] = [
  check("c1", "critical", { status: "pass", evidence: [] }),
  check("c2", "critical", { status: "pass", evidence: [] }, { category: "network" }),
  check("c3", "critical", { status: "pass", evidence: [] }, { category: "host" }),
  check("h1", "high", { status: "fail", evidence: [{ key: "http.x", file: "configuration.yaml", line: 3 }] }, { category: "secrets" }),
];

interface Harness {
  deps: CliDeps<FakeConn>;
  out: () => string;
  err: () => string;
  files: Map<string, string>;
  conns: FakeConn[];
  calls: { url: string; token: string }[];
  collectOptions: CollectCallOptions[];
}

function harness(over: Partial<CliDeps<FakeConn>> = {}, opts: { facts?: Facts; tty?: boolean; env?: Record<string, string> } = {}): Harness {
  let out = "";
  let err = "";
  const files = new Map<string, string>();
  const conns: FakeConn[] = [];
  const calls: { url: string; token: string }[] = [];
  const collectOptions: CollectCallOptions[] = [];
  const deps: CliDeps<FakeConn> = {
    openConnection: async (url, token) => {
      calls.push({ url, token });
      const c = new FakeConn();
      conns.push(c);
      return c;
    },
    fetchLoginProviders: async () => [{ type: "homeassistant", id: null, name: "Home Assistant Local" }],
    collectFacts: async (_conn, o) => {
      collectOptions.push(o);
      return opts.facts ?? facts();
    },
    env: opts.env ?? { HASS_TOKEN: TOKEN },
    stdout: { write: (s: string) => (out += s), isTTY: opts.tty ?? false },
    stderr: { write: (s: string) => (err += s) },
    readFile: async (p) => {
      const v = files.get(p);
      if (v === undefined) throw Object.assign(new Error(`ENOENT: no such file, open '${p}'`), { code: "ENOENT" });
      return v;
    },
    writeFile: async (p, d) => {
      if (p.startsWith("/readonly/")) throw Object.assign(new Error(`EACCES: permission denied, open '${p}'`), { code: "EACCES" });
      files.set(p, d);
    },
    now: () => NOW,
    version: "1.2.3",
    catalog: CATALOG,
    ...over,
  };
  return { deps, out: () => out, err: () => err, files, conns, calls, collectOptions };
}

describe("help and version", () => {
  it("--help lists the commands; audit --help mentions every option", async () => {
    const h = harness();
    expect(await runCli(["--help"], h.deps)).toBe(0);
    expect(h.out()).toContain("audit");
    expect(h.out()).toContain("--version");
    const a = harness();
    expect(await runCli(["audit", "--help"], a.deps)).toBe(0);
    for (const opt of AUDIT_OPTIONS) expect(a.out(), opt).toContain(`--${opt}`);
    expect(a.out()).toContain("HASS_TOKEN");
    expect(a.out()).toBe(AUDIT_USAGE);
  });

  it("--version prints the version", async () => {
    const h = harness();
    expect(await runCli(["--version"], h.deps)).toBe(0);
    expect(h.out()).toBe("1.2.3\n");
  });

  it("no command prints usage and exits 2", async () => {
    const h = harness();
    expect(await runCli([], h.deps)).toBe(2);
    expect(h.out()).toContain("Usage:");
  });
});

describe("audit: success", () => {
  it("prints the text report, exits 0, closes the connection, hands the collector the login providers", async () => {
    const h = harness();
    expect(await runCli(["audit", "--url", URL_OK], h.deps)).toBe(0);
    expect(h.out()).toContain("Score: 80/100   Grade: B+");
    expect(h.out()).not.toContain("\u001b[");
    expect(h.err()).toBe("");
    expect(h.calls).toEqual([{ url: URL_OK, token: TOKEN }]);
    expect(h.conns[0]?.closed).toBe(true);
    expect(await h.collectOptions[0]?.loginProviders()).toEqual([{ type: "homeassistant", id: null, name: "Home Assistant Local" }]);
  });

  it("prefers --token over HASS_TOKEN", async () => {
    const h = harness();
    await runCli(["audit", "--url", URL_OK, "--token", "other-token"], h.deps);
    expect(h.calls[0]?.token).toBe("other-token");
  });

  it("colours text only on a terminal and without --no-color / NO_COLOR", async () => {
    const tty = harness({}, { tty: true });
    await runCli(["audit", "--url", URL_OK], tty.deps);
    expect(tty.out()).toContain("\u001b[");
    const noColor = harness({}, { tty: true });
    await runCli(["audit", "--url", URL_OK, "--no-color"], noColor.deps);
    expect(noColor.out()).not.toContain("\u001b[");
    const env = harness({}, { tty: true, env: { HASS_TOKEN: TOKEN, NO_COLOR: "1" } });
    await runCli(["audit", "--url", URL_OK], env.deps);
    expect(env.out()).not.toContain("\u001b[");
  });

  it("renders each format", async () => {
    const json = harness();
    await runCli(["audit", "--url", URL_OK, "--format", "json"], json.deps);
    expect((JSON.parse(json.out()) as { schema: string; score: number }).score).toBe(80);
    const md = harness();
    await runCli(["audit", "--url", URL_OK, "--format", "markdown"], md.deps);
    expect(md.out()).toMatch(/^# Home Assistant security scorecard/);
    const sarif = harness();
    await runCli(["audit", "--url", URL_OK, "--format", "sarif"], sarif.deps);
    const log = JSON.parse(sarif.out()) as { version: string; runs: { tool: { driver: { version: string } }; results: unknown[] }[] };
    expect(log.version).toBe("2.1.0");
    expect(log.runs[0]?.tool.driver.version).toBe("1.2.3");
    expect(log.runs[0]?.results).toHaveLength(1);
  });

  it("writes --output to a file, uncoloured, with a summary on stderr", async () => {
    const h = harness({}, { tty: true });
    expect(await runCli(["audit", "--url", URL_OK, "--output", "/tmp/report.txt"], h.deps)).toBe(0);
    expect(h.out()).toBe("");
    expect(h.files.get("/tmp/report.txt")).toContain("Grade: B+");
    expect(h.files.get("/tmp/report.txt")).not.toContain("\u001b[");
    expect(h.err()).toBe("wrote text report to /tmp/report.txt: score 80, grade B+\n");
  });

  it("notes a non-admin token", async () => {
    const f = facts();
    const cu = f.current_user.ok ? f.current_user.value : null;
    const h = harness({}, { facts: { ...f, current_user: { ok: true, source: "auth/current_user", value: { ...cu!, is_admin: false, is_owner: false } } } });
    expect(await runCli(["audit", "--url", URL_OK], h.deps)).toBe(0);
    expect(h.err()).toContain("not an administrator");
  });
});

describe("audit: --fail-under", () => {
  const run = async (limit: string, f?: Facts): Promise<{ code: number; err: string }> => {
    const h = harness({}, f ? { facts: f } : {});
    const code = await runCli(["audit", "--url", URL_OK, `--fail-under=${limit}`], h.deps);
    return { code, err: h.err() };
  };

  it("by score", async () => {
    expect((await run("80")).code).toBe(0);
    const r = await run("81");
    expect(r.code).toBe(1);
    expect(r.err).toBe("score 80 is below --fail-under 81\n");
    expect((await run("0")).code).toBe(0);
  });

  it("by grade: B+ meets B and B+, fails A-", async () => {
    expect((await run("B")).code).toBe(0);
    expect((await run("b+")).code).toBe(0);
    const r = await run("A-");
    expect(r.code).toBe(1);
    expect(r.err).toBe("grade B+ is below --fail-under A-\n");
  });

  it("--fail-under B fails on B-", async () => {
    // 3 criticals pass, h1 fails, add a failing high: 30 / 45 = 66.7 → 67 → B-
    const h = harness({ catalog: [...CATALOG, check("h2", "high", { status: "fail", evidence: [] })] });
    expect(await runCli(["audit", "--url", URL_OK, "--fail-under", "B"], h.deps)).toBe(1);
    expect(h.err()).toBe("grade B- is below --fail-under B\n");
  });

  it("a vulnerable version fails any grade threshold", async () => {
    const f = facts();
    const cfg = f.config.ok ? f.config.value : null;
    const r = await run("F", { ...f, config: { ok: true, source: "get_config", value: { ...cfg!, version: "2023.1.0" } } });
    expect(r.code).toBe(1);
    expect(r.err).toContain("grade V (vulnerable version) is below --fail-under F");
  });

  it("rejects a malformed threshold with exit 2", async () => {
    for (const bad of ["101", "E", "-5", "B++"]) {
      const r = await run(bad);
      expect(r.code, bad).toBe(2);
      expect(r.err).toMatch(/^ha-security-scorecard: invalid --fail-under/);
    }
    const h = harness();
    expect(await runCli(["audit", "--url", URL_OK, "--fail-under", "-5"], h.deps)).toBe(2);
    expect(h.err()).toBe("ha-security-scorecard: Option '--fail-under' argument is ambiguous; see --help\n");
  });
});

describe("audit: --accept", () => {
  it("applies overrides from YAML and warns about unknown ids", async () => {
    const h = harness();
    h.files.set("accept.yaml", "h1:\n  kind: mitigated\n  reason: TLS at the proxy\nno-such-check:\n  kind: risk_accepted\n  reason: x\n");
    expect(await runCli(["audit", "--url", URL_OK, "--accept", "accept.yaml", "--fail-under", "A+"], h.deps)).toBe(0);
    expect(h.out()).toContain("[mitigated elsewhere: TLS at the proxy]");
    expect(h.err()).toBe("warning: --accept accept.yaml: ignoring unknown check id no-such-check\n");
  });

  it("reads JSON too", async () => {
    const h = harness();
    h.files.set("a.json", JSON.stringify({ h1: { kind: "risk_accepted", reason: "lab" } }));
    expect(await runCli(["audit", "--url", URL_OK, "--accept", "a.json", "--format", "json"], h.deps)).toBe(0);
    expect(h.out()).toContain('"kind": "risk_accepted"');
  });

  it("refuses a missing or invalid file with exit 2 before connecting", async () => {
    const cases: [string | null, RegExp][] = [
      [null, /cannot read --accept x\.yaml \(ENOENT\)/],
      ["h1: [", /not valid YAML or JSON/],
      ["h1:\n  kind: ignored\n  reason: r\n", /h1: kind must be risk_accepted or mitigated/],
      ["h1:\n  kind: mitigated\n", /h1: a reason is required/],
      ["- h1\n", /expected a mapping/],
    ];
    for (const [content, msg] of cases) {
      const h = harness();
      if (content !== null) h.files.set("x.yaml", content);
      expect(await runCli(["audit", "--url", URL_OK, "--accept", "x.yaml"], h.deps)).toBe(2);
      expect(h.err()).toMatch(msg);
      expect(h.calls).toEqual([]);
    }
  });
});

describe("audit: cannot audit (exit 2, one line, no token)", () => {
  const cases: [string, string[], Partial<CliDeps<FakeConn>>, RegExp, Record<string, string>?][] = [
    ["missing --url", ["audit"], {}, /^ha-security-scorecard: missing --url/],
    ["not a URL", ["audit", "--url", "not a url"], {}, /invalid --url: not a URL/],
    ["wrong scheme", ["audit", "--url", "ftp://x"], {}, /invalid --url: use http:\/\/ or https:\/\//],
    ["credentials in URL", ["audit", "--url", "http://admin:hunter2@ha.local"], {}, /must not contain a user name or password/],
    ["missing token", ["audit", "--url", URL_OK], {}, /missing token: set HASS_TOKEN/, {}],
    ["bad format", ["audit", "--url", URL_OK, "--format", "xml"], {}, /invalid --format "xml"/],
    ["unknown option", ["audit", "--url", URL_OK, "--frmat", "json"], {}, /unknown option --frmat; see --help/],
    ["stray argument", ["audit", "--url", URL_OK, "--no-color", TOKEN], {}, /unexpected argument/],
    ["missing value", ["audit", "--url"], {}, /--url/],
    ["unknown command", ["scan"], {}, /unknown command "scan"/],
    [
      "refused token",
      ["audit", "--url", URL_OK],
      { openConnection: () => Promise.reject(new AuditConnectionError("auth_invalid", "Home Assistant refused the access token (invalid or expired)")) },
      /cannot audit http:\/\/homeassistant\.local:8123: Home Assistant refused the access token/,
    ],
    [
      "unreachable",
      ["audit", "--url", URL_OK],
      { openConnection: () => Promise.reject(new AuditConnectionError("unreachable", "cannot reach http://homeassistant.local:8123")) },
      /cannot audit http:\/\/homeassistant\.local:8123: cannot reach/,
    ],
    [
      "a connection error that echoes the token",
      ["audit", "--url", URL_OK],
      { openConnection: () => Promise.reject(new Error(`socket said ${TOKEN}\n    at stack frame`)) },
      /cannot audit http:\/\/homeassistant\.local:8123: connection failed: socket said \[redacted\]$/m,
    ],
    [
      "collector crash",
      ["audit", "--url", URL_OK],
      { collectFacts: () => Promise.reject(new TypeError(`boom ${TOKEN}`)) },
      /cannot audit http:\/\/homeassistant\.local:8123: boom \[redacted\]/,
    ],
    ["unwritable output", ["audit", "--url", URL_OK, "--output", "/readonly/r.txt"], {}, /cannot write \/readonly\/r\.txt: EACCES/],
  ];

  for (const [name, argv, over, msg, env] of cases) {
    it(name, async () => {
      const h = harness(over, env ? { env } : {});
      expect(await runCli(argv, h.deps)).toBe(2);
      const err = h.err();
      expect(err).toMatch(msg);
      expect(err.trimEnd().split("\n")).toHaveLength(1);
      expect(err).not.toMatch(/\n\s+at /);
      expect(err + h.out()).not.toContain(TOKEN);
      expect(err).not.toContain("hunter2");
    });
  }

  it("closes the connection even when collecting fails", async () => {
    const h = harness({ collectFacts: () => Promise.reject(new Error("lost")) });
    expect(await runCli(["audit", "--url", URL_OK], h.deps)).toBe(2);
    expect(h.conns[0]?.closed).toBe(true);
  });
});

describe("the token never appears in any output", () => {
  it("across formats, success and threshold failure", async () => {
    for (const format of ["text", "json", "markdown", "sarif"]) {
      const h = harness({}, { tty: true });
      await runCli(["audit", "--url", URL_OK, "--token", TOKEN, "--format", format, "--fail-under", "100"], h.deps);
      expect(h.out() + h.err()).not.toContain(TOKEN);
      expect(h.out().length).toBeGreaterThan(100);
    }
  });
});

describe("audit mirrors the result into the backend (security_scorecard/sync)", () => {
  function withSync(factsOver: Facts, argv: string[] = []) {
    const sent: { conn: FakeConn; payload: unknown }[] = [];
    const h = harness({ sync: async (conn, payload) => void sent.push({ conn, payload }) }, { facts: factsOver });
    return { h, sent, run: () => runCli(["audit", "--url", URL_OK, ...argv], h.deps) };
  }

  it("sends the failing check ids on the audit's own connection, before closing it", async () => {
    const { h, sent, run } = withSync(facts());
    expect(await run()).toBe(0);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.conn).toBe(h.conns[0]);
    expect(sent[0]?.payload).toMatchObject({ score: 80, grade: "B+", failing: [{ id: "h1", placeholders: {} }] });
  });

  it("does not sync with --no-sync, without the integration, or for a non-admin", async () => {
    const base = facts();
    if (!base.config.ok || !base.current_user.ok) throw new Error("base facts must be available");
    const noBackend: Facts = {
      ...base,
      config: { ...base.config, value: { ...base.config.value, components: base.config.value.components.filter((c) => c !== "security_scorecard") } },
    };
    const notAdmin: Facts = { ...base, current_user: { ...base.current_user, value: { ...base.current_user.value, is_admin: false } } };
    for (const [f, argv] of [[base, ["--no-sync"]], [noBackend, []], [notAdmin, []]] as const) {
      const { sent, run } = withSync(f, [...argv]);
      expect(await run()).toBe(0);
      expect(sent).toHaveLength(0);
    }
  });

  it("a refused sync is a note on stderr, not a failed audit", async () => {
    const h = harness({ sync: async () => Promise.reject(new Error("invalid_format: unknown check id")) });
    expect(await runCli(["audit", "--url", URL_OK], h.deps)).toBe(0);
    expect(h.err()).toContain("could not update Repairs");
  });
});
