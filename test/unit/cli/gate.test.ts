/**
 * The gate fails closed (issue 12 items 1–4): an audit whose collection was cut, a server
 * that never answers, too few checks assessed, and a config folder not read whole all exit
 * 2 with one line saying why, and no report shows a grade as if the run were complete.
 * The live cases run the real CLI code path (runCli with nodeDeps: the `ws` socket, the
 * collector) against real local servers on 127.0.0.1.
 */
import { mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { createServer as createHttpServer, type Server as HttpServer } from "node:http";
import { createServer as createTcpServer, type Server as TcpServer, type Socket } from "node:net";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { WebSocketServer } from "ws";
import { version } from "../../../package.json";
import type { CliDeps, Closable } from "../../../src/cli/deps.js";
import { nodeDeps } from "../../../src/cli/node-deps.js";
import { runCli } from "../../../src/cli/run.js";
import { collectFacts } from "../../../src/collect/index.js";
import { openConnection } from "../../../src/collect/node-connection.js";
import { FakeConnection, HaError, type Answer } from "../collect/fake-connection.js";
import { check } from "../score/checks.js";

const TOKEN = "gate-test-token-CANARY-9d4e";
const CANARY = "CANARY-5f1e2d3c4b";
const NOW = new Date("2026-11-01T12:00:00Z");
const cleanups: (() => Promise<void> | void)[] = [];

afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

// --- recorded answers of the harness's Home Assistant 2024.3.3 -----------------------------

const RECORDED = new URL("../../fixtures/ha-2024.3.3/", import.meta.url);
const COMMAND_OF: Readonly<Record<string, string>> = {
  get_config: "get_config",
  auth_current_user: "auth/current_user",
  config_auth_list: "config/auth/list",
  auth_refresh_tokens: "auth/refresh_tokens",
  get_states: "get_states",
  entity_registry_list: "config/entity_registry/list",
  manifest_list: "manifest/list",
  config_entries_get: "config_entries/get",
  repairs_list_issues: "repairs/list_issues",
  cloud_status: "cloud/status",
  backup_info: "backup/info",
  backup_config_info: "backup/config/info",
  http_config: "http/config",
  security_scorecard_facts: "security_scorecard/facts",
  supervisor_info: "supervisor/api /supervisor/info",
};

type Body = { success: true; result: unknown } | { success: false; error: { code: string; message: string } };

function recordedBodies(caller: "admin" | "user"): Map<string, Body> {
  const out = new Map<string, Body>();
  for (const name of readdirSync(RECORDED)) {
    const m = /^(.+)\.(admin|user)\.json$/.exec(name);
    const type = m ? COMMAND_OF[m[1] as string] : undefined;
    if (!m || m[2] !== caller || type === undefined) continue;
    out.set(type, JSON.parse(readFileSync(new URL(name, RECORDED), "utf8")) as Body);
  }
  return out;
}

function recordedAnswers(caller: "admin" | "user"): Record<string, Answer> {
  const answers: Record<string, Answer> = {};
  for (const [type, body] of recordedBodies(caller)) answers[type] = body.success ? body.result : new HaError(body.error.code, body.error.message);
  return answers;
}

const PROVIDERS = JSON.parse(readFileSync(new URL("auth_providers.json", RECORDED), "utf8")) as unknown;

// --- the CLI as a user runs it, output captured ----------------------------------------------

interface Run {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

async function cli(argv: readonly string[], over: Partial<CliDeps<Closable>> = {}): Promise<Run> {
  let out = "";
  let err = "";
  const base = nodeDeps(version) as unknown as CliDeps<Closable>;
  const code = await runCli(argv, {
    ...base,
    env: { HASS_TOKEN: TOKEN },
    stdout: { write: (s: string) => (out += s), isTTY: false },
    stderr: { write: (s: string) => (err += s) },
    now: () => NOW,
    ...over,
  });
  expect(out + err).not.toContain(TOKEN);
  return { code, out, err };
}

function expectOneLine(err: string): void {
  expect(err.trimEnd().split("\n")).toHaveLength(1);
  expect(err).not.toMatch(/\n\s+at /);
}

// --- real local servers ----------------------------------------------------------------------

/**
 * Home Assistant's WebSocket API as far as the audit needs it: auth_required → auth →
 * auth_ok, then answers from the recorded admin fixtures; after `answerFirst` answers it
 * drops the connection (and stops listening, as a dying Home Assistant does).
 */
async function dyingHa(answerFirst: number): Promise<string> {
  const bodies = recordedBodies("admin");
  const http: HttpServer = createHttpServer((req, res) => {
    if (req.url === "/auth/providers") {
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify(PROVIDERS));
    } else {
      res.statusCode = 404;
      res.end();
    }
  });
  const wss = new WebSocketServer({ server: http, path: "/api/websocket" });
  wss.on("connection", (ws) => {
    let answered = 0;
    ws.send(JSON.stringify({ type: "auth_required", ha_version: "2024.3.3" }));
    ws.on("message", (data) => {
      const msg = JSON.parse(data.toString()) as { type: string; id?: number; access_token?: string; endpoint?: string };
      if (msg.type === "auth") {
        ws.send(JSON.stringify(msg.access_token === TOKEN ? { type: "auth_ok", ha_version: "2024.3.3" } : { type: "auth_invalid", message: "x" }));
        return;
      }
      if (msg.type === "supported_features") return;
      if (answered >= answerFirst) {
        ws.terminate();
        wss.close();
        http.close();
        return;
      }
      answered += 1;
      const key = msg.type === "supervisor/api" ? `supervisor/api ${String(msg.endpoint)}` : msg.type;
      const body = bodies.get(key) ?? { success: false, error: { code: "unknown_command", message: "Unknown command." } };
      ws.send(JSON.stringify({ id: msg.id, type: "result", ...body }));
    });
  });
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  cleanups.push(
    () =>
      new Promise<void>((resolve) => {
        for (const c of wss.clients) c.terminate();
        wss.close();
        http.close(() => resolve());
        http.closeAllConnections();
      }),
  );
  return `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
}

/** A TCP server that accepts and then never answers ("silent"), or closes at once ("close"). */
async function rawTcp(mode: "silent" | "close"): Promise<string> {
  const sockets: Socket[] = [];
  const server: TcpServer = createTcpServer((socket) => {
    sockets.push(socket);
    socket.on("error", () => undefined);
    if (mode === "close") socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  cleanups.push(
    () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  );
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Errors nobody handled while `run` ran (an unhandled 'error' event lands here). */
async function uncaughtDuring<T>(run: () => Promise<T>): Promise<{ value: T; uncaught: unknown[] }> {
  const uncaught: unknown[] = [];
  const onError = (err: unknown): void => void uncaught.push(err);
  process.on("uncaughtException", onError);
  try {
    const value = await run();
    // ws emits the error of an aborted handshake on the next tick: let it land.
    await new Promise((r) => setTimeout(r, 50));
    return { value, uncaught };
  } finally {
    process.off("uncaughtException", onError);
  }
}

describe("item 1: Home Assistant dies during the audit", () => {
  it("exits 2, names the missing parts, shows no grade — also under --fail-under", async () => {
    for (const extra of [[], ["--fail-under", "60"]]) {
      const url = await dyingHa(3);
      const run = await cli(["audit", "--url", url, "--no-sync", ...extra]);
      expect(run.code, run.err).toBe(2);
      expect(run.err).toMatch(/^ha-security-scorecard: cannot judge http:\/\/127\.0\.0\.1:\d+: the collection was cut; missing: /);
      expect(run.err).toContain("connection lost");
      // The parts the server never answered are named.
      expect(run.err).toMatch(/integrations \(/);
      expect(run.err).toMatch(/users \(/);
      expectOneLine(run.err.replace(/^note: .*\n/gm, ""));
      // The partial scorecard shows no score or grade as if it were complete.
      expect(run.out).toContain("Grade: N/A");
      expect(run.out).not.toMatch(/Score: \d+\/100/);
      expect(run.out).toContain("no grade: the collection was cut");
    }
  });

  it("the JSON report carries no score and says why", async () => {
    const url = await dyingHa(5);
    const run = await cli(["audit", "--url", url, "--no-sync", "--format", "json"]);
    expect(run.code).toBe(2);
    const report = JSON.parse(run.out) as { score: number | null; grade: string; cap_reason: string | null };
    expect(report.score).toBeNull();
    expect(report.grade).toBe("N/A");
    expect(report.cap_reason).toMatch(/^no grade: the collection was cut; missing: /);
  });

  it("a whole, answered collection still exits 0 (the fixture is an admin's, with the integration)", async () => {
    const url = await dyingHa(1_000);
    const run = await cli(["audit", "--url", url, "--no-sync"]);
    expect(run.err).not.toContain("cannot judge");
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/Score: \d+\/100/);
  });
});

describe("item 3: a server that accepts TCP and never answers, or closes at once", () => {
  const quick = (url: string, token: string) => openConnection(url, token, { timeoutMs: 300 });

  it("silent: one line, exit 2, within the connect timeout; no unhandled 'error' event", async () => {
    const url = await rawTcp("silent");
    const { value: run, uncaught } = await uncaughtDuring(() => cli(["audit", "--url", url], { openConnection: quick }));
    expect(uncaught).toEqual([]);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/^ha-security-scorecard: cannot audit http:\/\/127\.0\.0\.1:\d+: no answer from http:\/\/127\.0\.0\.1:\d+ within 0\.3 s\n$/);
    expectOneLine(run.err);
  });

  it("closed at once: one line, exit 2", async () => {
    const url = await rawTcp("close");
    const { value: run, uncaught } = await uncaughtDuring(() => cli(["audit", "--url", url], { openConnection: quick }));
    expect(uncaught).toEqual([]);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/^ha-security-scorecard: cannot audit http:\/\/127\.0\.0\.1:\d+: (cannot reach|.* closed the connection)/);
    expectOneLine(run.err);
  });
});

// --- item 2: --min-coverage ------------------------------------------------------------------

/** The real collector over recorded answers (no socket): the whole judging pipeline. */
function recordedDeps(answers: Record<string, Answer>): Partial<CliDeps<Closable>> {
  return {
    openConnection: async () => Object.assign(new FakeConnection(answers), { close: () => undefined }),
    fetchLoginProviders: async () => PROVIDERS,
    collectFacts: (conn, options) => collectFacts(conn as unknown as FakeConnection, options),
    sync: undefined,
  };
}

function withoutBackend(answers: Record<string, Answer>): Record<string, Answer> {
  const config = answers.get_config as { components: string[] };
  const out: Record<string, Answer> = { ...answers, get_config: { ...config, components: config.components.filter((c) => c !== "security_scorecard") } };
  delete out["security_scorecard/facts"];
  return out;
}

describe("item 2: --min-coverage", () => {
  const URL_OK = "http://homeassistant.local:8123";

  it("a non-admin token (22 % coverage) exits 2 with its own message, even under --fail-under 60", async () => {
    const run = await cli(["audit", "--url", URL_OK, "--fail-under", "60"], recordedDeps(recordedAnswers("user")));
    expect(run.code).toBe(2);
    const line = run.err.split("\n").find((l) => l.startsWith("ha-security-scorecard:")) ?? "";
    expect(line).toMatch(/cannot judge http:\/\/homeassistant\.local:8123: \d+ of \d+ applicable checks assessed \(\d+%\), below --min-coverage 80/);
    expect(line).toMatch(/the token's user is not an administrator: an administrator's token would add \d+ check\(s\) on accounts and MFA, YAML configuration, /);
    expect(run.out).toContain("Grade: N/A");
    expect(run.out).not.toMatch(/Score: \d+\/100/);
  });

  it("an admin without the integration is told what the integration would add", async () => {
    const run = await cli(["audit", "--url", URL_OK], recordedDeps(withoutBackend(recordedAnswers("admin"))));
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/below --min-coverage 80; the Security Scorecard integration is not installed: it would add \d+ check\(s\) on /);
  });

  it("--min-coverage 0 accepts a thin audit and grades it; the admin's full audit passes the default", async () => {
    const thin = await cli(["audit", "--url", URL_OK, "--min-coverage", "0"], recordedDeps(recordedAnswers("user")));
    expect(thin.code).toBe(0);
    expect(thin.out).toMatch(/Score: \d+\/100/);
    const full = await cli(["audit", "--url", URL_OK, "--min-coverage", "80%"], recordedDeps(recordedAnswers("admin")));
    expect(full.err).not.toContain("cannot judge");
    expect(full.code).toBe(0);
  });

  it("nothing assessed never exits 0, even with --min-coverage 0 and no --fail-under", async () => {
    const notAssessed = check("c1", "critical", { status: "not_assessed", evidence: [], reason: { key: "offline" } });
    const run = await cli(["audit", "--url", URL_OK, "--min-coverage", "0"], { ...recordedDeps(recordedAnswers("admin")), catalog: [notAssessed] });
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/cannot judge .*: nothing could be assessed \(0 of 1 applicable checks assessed \(0%\)\)/);
  });

  it("refuses a malformed --min-coverage with exit 2 before connecting", async () => {
    for (const bad of ["101", "abc", "-1", "50%%"]) {
      let connected = false;
      const run = await cli(["audit", "--url", URL_OK, `--min-coverage=${bad}`], {
        openConnection: async () => {
          connected = true;
          throw new Error("must not connect");
        },
      });
      expect(run.code, bad).toBe(2);
      expect(run.err).toMatch(/^ha-security-scorecard: invalid --min-coverage/);
      expect(connected).toBe(false);
    }
  });
});

// --- item 4: lint-config fails closed --------------------------------------------------------

function folder(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "gate-lint-"));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), content);
  }
  return dir;
}

interface LintReport {
  readonly score: number | null;
  readonly grade: string;
  readonly cap_reason: string | null;
  readonly categories: { checks: { id: string; status: string; severity: string; evidence: { text: string; file?: string; line?: number }[] }[] }[];
}

async function lint(dir: string, extra: readonly string[] = [], over: Partial<CliDeps<Closable>> = {}): Promise<{ run: Run; report: LintReport }> {
  const run = await cli(["lint-config", dir, "--format", "json", ...extra], over);
  expect(run.out + run.err).not.toContain(CANARY);
  return { run, report: JSON.parse(run.out) as LintReport };
}

function result(report: LintReport, id: string): LintReport["categories"][number]["checks"][number] | undefined {
  return report.categories.flatMap((c) => c.checks).find((c) => c.id === id);
}

const PASSWORD = `mqtt:\n  password: ${CANARY}-pw\n`;

describe("item 4: lint-config fails closed", () => {
  it("a file with one Latin-1 byte: the file is a high finding, and the password in it is still reported", async () => {
    const latin1 = Buffer.concat([Buffer.from("# Caf"), Buffer.from([0xe9]), Buffer.from(`\nbroker: localhost\nusername: ha\npassword: ${CANARY}-pw\n`)]);
    const dir = folder({ "configuration.yaml": "homeassistant:\n  name: Home\nmqtt: !include mqtt.yaml\n", "mqtt.yaml": latin1 });
    const { run, report } = await lint(dir);
    expect(run.code).toBe(1);
    const errors = result(report, "config-outline-errors");
    expect(errors).toMatchObject({ status: "fail", severity: "high" });
    expect(errors?.evidence[0]?.text).toBe("mqtt.yaml is not UTF-8 text: Home Assistant refuses to load it");
    const plaintext = result(report, "secrets-plaintext-credential");
    expect(plaintext?.status).toBe("fail");
    expect(plaintext?.evidence[0]).toMatchObject({ file: "mqtt.yaml", line: 4 });
    expect(run.err).toMatch(/failing check\(s\) at or above --fail-on high: .*secrets-plaintext-credential/);
    expect(run.err).toContain("config-outline-errors");
  });

  it("a 5.3 MB dashboard is read whole: the password after it is reported", { timeout: 60_000 }, async () => {
    const view = (i: number): string =>
      `  - title: View ${i}\n    path: view-${i}\n    cards:\n      - type: entities\n        entities:\n          - entity: light.room_${i}\n            name: Room ${i}\n`;
    const parts: string[] = ["views:\n"];
    let size = 0;
    for (let i = 0; size < 5_300_000; i++) {
      const v = view(i);
      parts.push(v);
      size += v.length;
    }
    const dir = folder({ "configuration.yaml": "lovelace: !include dashboard.yaml\n", "dashboard.yaml": `${parts.join("")}${PASSWORD.replace("mqtt", "extra")}` });
    const { run, report } = await lint(dir);
    expect(run.err).not.toContain("cannot judge");
    expect(run.code).toBe(1);
    expect(result(report, "config-outline-errors")?.status).toBe("pass");
    expect(result(report, "secrets-plaintext-credential")?.evidence.map((e) => e.file)).toContain("dashboard.yaml");
  });

  // Writing 20,500 files takes a few seconds: a generous limit, not a timed assertion.
  it("20,500 files are read whole: a password in the last one is reported", { timeout: 120_000 }, async () => {
    const files: Record<string, string> = { "configuration.yaml": "homeassistant:\n  packages: !include_dir_named packages\n" };
    for (let n = 0; n < 20_500; n++) files[`packages/p${String(Math.floor(n / 1000)).padStart(2, "0")}/p${String(n).padStart(5, "0")}.yaml`] = `sensor_${n}:\n  platform: template\n`;
    files["packages/p20/p20499.yaml"] = `sensor_last:\n  platform: template\n  password: ${CANARY}-last\n`;
    const { run, report } = await lint(folder(files));
    expect(run.err).not.toContain("cannot judge");
    expect(run.code).toBe(1);
    expect(result(report, "secrets-plaintext-credential")?.evidence.map((e) => e.file)).toContain("packages/p20/p20499.yaml");
  });

  it("an unreadable part makes the run incomplete: exit 2 even with no finding, the report says what was not read", async () => {
    const outside = mkdtempSync(path.join(tmpdir(), "gate-outside-"));
    cleanups.push(() => rmSync(outside, { recursive: true, force: true }));
    writeFileSync(path.join(outside, "mqtt.yaml"), PASSWORD);
    const dir = folder({ "configuration.yaml": "mqtt: !include mqtt.yaml\n" });
    symlinkSync(path.join(outside, "mqtt.yaml"), path.join(dir, "mqtt.yaml"));
    for (const extra of [[], ["--fail-on", "none", "--min-coverage", "0"]]) {
      const { run, report } = await lint(dir, extra);
      expect(run.code).toBe(2);
      expect(run.err).toMatch(/^ha-security-scorecard: cannot judge .*: the config was not read whole; not read: mqtt\.yaml \(The file is a symlink to a place outside the config folder\.\)$/m);
      expect(report.score).toBeNull();
      expect(report.grade).toBe("N/A");
      expect(report.cap_reason).toContain("not read: mqtt.yaml");
    }
    const text = await cli(["lint-config", dir]);
    expect(text.out).toContain("no grade: the config was not read whole; not read: mqtt.yaml");
    expect(text.out).not.toMatch(/Score: \d+\/100/);
  });

  it("coverage counts the offline checks, also with --all; below --min-coverage: exit 2", async () => {
    const catalog = [
      check("secrets-plaintext-credential", "critical", { status: "pass", evidence: [] }, { category: "secrets" }),
      check("net-ip-ban", "high", { status: "not_assessed", evidence: [], reason: { key: "no http" } }, { category: "network" }),
      check("backup-recent", "high", { status: "not_assessed", evidence: [], reason: { key: "offline" } }, { category: "backups" }),
    ];
    const dir = folder({ "configuration.yaml": "a: 1\n" });
    const low = await lint(dir, [], { catalog });
    expect(low.run.code).toBe(2);
    expect(low.run.err).toMatch(/cannot judge .*: 1 of 2 applicable offline checks assessed \(50%\), below --min-coverage 80/);
    expect((await lint(dir, ["--min-coverage", "50"], { catalog })).run.code).toBe(0);
    // --all adds the live-only backup-recent (not assessed) to the report, not to the gate.
    const all = await lint(dir, ["--all", "--min-coverage", "50"], { catalog });
    expect(all.run.code).toBe(0);
    expect(result(all.report, "backup-recent")?.status).toBe("not_assessed");
  });
});
