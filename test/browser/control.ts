/**
 * What the real-browser test needs beyond `inject("ha")`: a way to restart Home Assistant
 * from inside a test worker. The harness's `restart()` lives in the process that ran the
 * global setup, so that process serves it on loopback and provides the address.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type {} from "vitest";

declare module "vitest" {
  export interface ProvidedContext {
    /** e.g. "http://127.0.0.1:40123"; POST /restart restarts Home Assistant and answers when it runs again. */
    haControl: string;
  }
}

export async function serveControl(restart: () => Promise<void>): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    if (req.method !== "POST" || req.url !== "/restart") {
      res.writeHead(404).end();
      return;
    }
    restart().then(
      () => res.writeHead(204).end(),
      (err: unknown) => res.writeHead(500, { "Content-Type": "text/plain" }).end(err instanceof Error ? err.message : "restart failed"),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export async function requestRestart(control: string): Promise<void> {
  const res = await fetch(`${control}/restart`, { method: "POST", signal: AbortSignal.timeout(300_000) });
  if (res.status !== 204) throw new Error(`restart failed: HTTP ${res.status} ${await res.text()}`);
}
