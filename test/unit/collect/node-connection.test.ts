import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { WebSocketServer } from "ws";
import { AuditConnectionError, fetchLoginProviders, normaliseUrl, openConnection } from "../../../src/collect/node-connection.js";
import { collectFacts } from "../../../src/collect/index.js";
import { fixture, fullInstance, keyOf } from "./fake-connection.js";

const TOKEN = "fake-token-never-printed";
const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

/** A loopback server speaking Home Assistant's auth phase, then answering from fixtures. */
async function fakeHa(mode: "ok" | "invalid" | "silent"): Promise<string> {
  const http: Server = createServer((req, res) => {
    if (req.url === "/auth/providers") {
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify(fixture("auth_providers_2024_3")));
    } else {
      res.statusCode = 404;
      res.end();
    }
  });
  const wss = new WebSocketServer({ server: http, path: "/api/websocket" });
  const answers = fullInstance();
  wss.on("connection", (ws) => {
    if (mode === "silent") return;
    ws.send(JSON.stringify({ type: "auth_required", ha_version: "2024.3.3" }));
    ws.on("message", (data) => {
      const msg = JSON.parse(data.toString()) as { type: string; id?: number; access_token?: string; endpoint?: string };
      if (msg.type === "auth") {
        const good = mode === "ok" && msg.access_token === TOKEN;
        ws.send(JSON.stringify(good ? { type: "auth_ok", ha_version: "2024.3.3" } : { type: "auth_invalid", message: "Invalid access token or password" }));
        return;
      }
      const key = keyOf(msg);
      const result = answers[key];
      ws.send(
        JSON.stringify(
          result === undefined
            ? { id: msg.id, type: "result", success: false, error: { code: "unknown_command", message: "Unknown command." } }
            : { id: msg.id, type: "result", success: true, result },
        ),
      );
    });
  });
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  cleanups.push(
    () =>
      new Promise<void>((resolve) => {
        for (const c of wss.clients) c.terminate();
        wss.close();
        http.close(() => resolve());
      }),
  );
  return `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
}

async function rejection(p: Promise<unknown>): Promise<AuditConnectionError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(AuditConnectionError);
    expect(String((err as Error).message)).not.toContain(TOKEN);
    return err as AuditConnectionError;
  }
  throw new Error("expected a rejection");
}

describe("normaliseUrl", () => {
  it("keeps the origin and refuses what is not http(s)", () => {
    expect(normaliseUrl("http://127.0.0.1:8123/")).toBe("http://127.0.0.1:8123");
    expect(() => normaliseUrl("ftp://x")).toThrow(AuditConnectionError);
    expect(() => normaliseUrl("not a url")).toThrow(/not a valid URL/);
  });

  it("refuses credentials in the URL without echoing them", () => {
    let message = "";
    try {
      normaliseUrl("http://user:hunter2@127.0.0.1:8123");
    } catch (err) {
      expect((err as AuditConnectionError).kind).toBe("bad_url");
      message = (err as Error).message;
    }
    expect(message).not.toBe("");
    expect(message).not.toContain("hunter2");
  });
});

describe("openConnection", () => {
  it("authenticates over ws and serves collectFacts", async () => {
    const url = await fakeHa("ok");
    const conn = await openConnection(url, TOKEN);
    cleanups.push(async () => conn.close());
    expect(conn.haVersion).toBe("2024.3.3");
    const facts = await collectFacts(conn, { loginProviders: () => fetchLoginProviders(url) });
    expect(facts.config.ok && facts.config.value.version).toBe("2024.3.3");
    expect(facts.login_providers.ok && facts.login_providers.value[0]?.type).toBe("homeassistant");
  });

  it("reports a refused token as auth_invalid", async () => {
    const url = await fakeHa("invalid");
    expect((await rejection(openConnection(url, TOKEN))).kind).toBe("auth_invalid");
  });

  it("reports a closed port as unreachable", async () => {
    const url = await fakeHa("ok");
    await cleanups.pop()?.();
    expect((await rejection(openConnection(url, TOKEN))).kind).toBe("unreachable");
  });

  it("reports a bad URL as bad_url", async () => {
    expect((await rejection(openConnection("ws://127.0.0.1:1", TOKEN))).kind).toBe("bad_url");
  });
});

describe("fetchLoginProviders", () => {
  it("returns the raw answer and maps failures", async () => {
    const url = await fakeHa("ok");
    expect(await fetchLoginProviders(url)).toEqual(fixture("auth_providers_2024_3"));
    const err = await rejection(fetchLoginProviders(`${url}/nothing-here`).then(() => fetchLoginProviders("http://127.0.0.1:1")));
    expect(err.kind).toBe("unreachable");
  });
});
