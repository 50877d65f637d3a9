/**
 * The audit gate fails closed against a real Home Assistant (issue 12 items 1–3): a
 * non-admin token, a connection cut during collection (a loopback proxy in front of the
 * shared instance drops it, as a dying server does), and a frozen Home Assistant (an
 * instance of our own, stopped with SIGSTOP). Each exits 2 with one line and shows no grade.
 */
import { createServer, connect, type Server, type Socket } from "node:net";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { version } from "../../package.json";
import type { CliDeps, Closable } from "../../src/cli/deps.js";
import { nodeDeps } from "../../src/cli/node-deps.js";
import { runCli } from "../../src/cli/run.js";
import { openConnection } from "../../src/collect/node-connection.js";
import { startInstance, type RunningInstance } from "../ha/instance.js";

interface Run {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

async function cli(token: string, argv: readonly string[], over: Partial<CliDeps<Closable>> = {}): Promise<Run> {
  let out = "";
  let err = "";
  const deps = nodeDeps(version) as unknown as CliDeps<Closable>;
  const code = await runCli(argv, {
    ...deps,
    env: { HASS_TOKEN: token },
    stdout: { write: (s: string) => (out += s), isTTY: false },
    stderr: { write: (s: string) => (err += s) },
    ...over,
  });
  expect(out + err).not.toContain(token);
  return { code, out, err };
}

/** The line that says why (notes aside), and that it is the only one. */
function failureLine(err: string): string {
  const lines = err.trimEnd().split("\n").filter((l) => !l.startsWith("note: "));
  expect(lines).toHaveLength(1);
  expect(err).not.toMatch(/\n\s+at /);
  return lines[0] ?? "";
}

/**
 * A TCP proxy to `target` that forwards both ways and, once the server has sent
 * `cutAfterBytes` bytes on a connection, destroys both sides and stops listening.
 */
async function cuttingProxy(target: string, cutAfterBytes: number): Promise<{ url: string; close: () => Promise<void> }> {
  const { hostname, port } = new URL(target);
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(Number(port), hostname);
    sockets.add(client).add(upstream);
    client.on("error", () => undefined);
    upstream.on("error", () => undefined);
    let fromServer = 0;
    upstream.on("data", (chunk: Buffer) => {
      fromServer += chunk.length;
      // Only the WebSocket is cut (GET /auth/providers is small and answered whole).
      if (fromServer > cutAfterBytes) {
        client.destroy();
        upstream.destroy();
        server.close();
        return;
      }
      client.write(chunk);
    });
    client.on("data", (chunk: Buffer) => upstream.write(chunk));
    client.on("close", () => upstream.destroy());
    upstream.on("close", () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
        if (!server.listening) resolve();
      }),
  };
}

describe("the audit gate against a real Home Assistant", () => {
  const ha = inject("ha");

  it("item 2: a non-admin token exits 2 and is told what an administrator's token would add", async () => {
    const run = await cli(ha.userToken, ["audit", "--url", ha.url, "--fail-under", "0"]);
    expect(run.code).toBe(2);
    const line = failureLine(run.err);
    expect(line).toMatch(/^ha-security-scorecard: cannot judge http:\/\/127\.0\.0\.1:\d+: \d+ of \d+ applicable checks assessed \(\d+%\), below --min-coverage 80; /);
    expect(line).toMatch(/the token's user is not an administrator: an administrator's token would add \d+ check\(s\) on /);
    expect(run.out).toContain("Grade: N/A");
    expect(run.out).not.toMatch(/Score: \d+\/100/);
  });

  it("the admin's audit of the same instance is judged (exit 0, graded)", async () => {
    const run = await cli(ha.adminToken, ["audit", "--url", ha.url, "--no-sync"]);
    expect(run.err).not.toContain("cannot judge");
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/Score: \d+\/100/);
  });

  it("item 1: the connection cut during collection exits 2, names the missing parts, shows no grade", async () => {
    // Past the auth phase and the first answers (get_config alone is a few kB), before the rest.
    const proxy = await cuttingProxy(ha.url, 6_000);
    try {
      const run = await cli(ha.adminToken, ["audit", "--url", proxy.url, "--no-sync", "--fail-under", "0"]);
      expect(run.code).toBe(2);
      const line = failureLine(run.err);
      expect(line).toMatch(/^ha-security-scorecard: cannot judge http:\/\/127\.0\.0\.1:\d+: the collection was cut; missing: /);
      expect(line).toContain("connection lost");
      expect(run.out).toContain("no grade: the collection was cut");
      expect(run.out).not.toMatch(/Score: \d+\/100/);
    } finally {
      await proxy.close();
    }
  });
});

describe("item 3: a frozen Home Assistant", () => {
  let instance: RunningInstance | undefined;

  beforeAll(async () => {
    instance = await startInstance({ config: "hardened" });
  });

  afterAll(async () => {
    const pid = instance?.pid();
    if (pid !== undefined) process.kill(pid, "SIGCONT");
    await instance?.stop();
  });

  it("one line and exit 2 within the connect timeout, no unhandled 'error' event", async () => {
    const pid = instance?.pid();
    if (instance === undefined || pid === undefined) throw new Error("no instance");
    process.kill(pid, "SIGSTOP");
    const uncaught: unknown[] = [];
    const onError = (err: unknown): void => void uncaught.push(err);
    process.on("uncaughtException", onError);
    try {
      const run = await cli("any-token-the-server-never-reads", ["audit", "--url", instance.url], {
        openConnection: (url, token) => openConnection(url, token, { timeoutMs: 2_000 }),
      });
      await new Promise((r) => setTimeout(r, 100));
      expect(uncaught).toEqual([]);
      expect(run.code).toBe(2);
      expect(failureLine(run.err)).toMatch(/^ha-security-scorecard: cannot audit http:\/\/127\.0\.0\.1:\d+: no answer from http:\/\/127\.0\.0\.1:\d+ within 2 s$/);
    } finally {
      process.off("uncaughtException", onError);
      process.kill(pid, "SIGCONT");
    }
  });
});
