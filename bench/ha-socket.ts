/**
 * A raw WebSocket to Home Assistant for the benchmarks that measure its event loop: open and
 * authenticate, and a pinger that records ping round trips (a blocked loop answers no ping).
 * Raw `ws` rather than home-assistant-js-websocket, so the benchmarks see answer sizes and
 * timings without a client library's parsing in between.
 */
import { WebSocket } from "ws";

export { WebSocket };

/** Opens `<url>/api/websocket` and authenticates with `token`; rejects on any other answer. */
export function openSocket(url: string, token: string): Promise<WebSocket> {
  const ws = new WebSocket(`${url.replace(/^http/, "ws")}/api/websocket`, { maxPayload: 1 << 30 });
  return new Promise((resolve, reject) => {
    ws.once("error", reject);
    ws.on("message", function onAuth(data) {
      const msg = JSON.parse(String(data)) as { type: string };
      if (msg.type === "auth_required") ws.send(JSON.stringify({ type: "auth", access_token: token }));
      else if (msg.type === "auth_ok") {
        ws.off("message", onAuth);
        resolve(ws);
      } else reject(new Error(`auth failed: ${msg.type}`));
    });
  });
}

export interface PingRound {
  /** Stops pinging and returns the round trips of this round, in milliseconds. */
  stop(): number[];
}

/**
 * Pings on `ws` every `everyMs`, one round at a time. Message ids keep increasing across
 * rounds: Home Assistant refuses an id that does not increase on its connection.
 */
export function pinger(ws: WebSocket, everyMs = 5): { round(): PingRound } {
  let nextId = 1;
  return {
    round() {
      const sent = new Map<number, number>();
      const rtts: number[] = [];
      const onPong = (data: Buffer): void => {
        const msg = JSON.parse(String(data)) as { id: number; type: string };
        const at = sent.get(msg.id);
        if (msg.type === "pong" && at !== undefined) {
          rtts.push(performance.now() - at);
          sent.delete(msg.id);
        }
      };
      ws.on("message", onPong);
      const timer = setInterval(() => {
        const id = nextId++;
        sent.set(id, performance.now());
        ws.send(JSON.stringify({ id, type: "ping" }));
      }, everyMs);
      return {
        stop: () => {
          clearInterval(timer);
          ws.off("message", onPong);
          return rtts;
        },
      };
    },
  };
}

export interface Quantiles {
  readonly n: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
}

export function quantiles(rtts: readonly number[]): Quantiles {
  const sorted = [...rtts].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { p50: at(0.5), p99: at(0.99), max: at(1), n: sorted.length };
}

/** "pings N: p50 … ms, p99 … ms, max … ms" */
export function pingSummary(rtts: readonly number[]): string {
  const q = quantiles(rtts);
  return `pings ${q.n}: p50 ${q.p50.toFixed(1)} ms, p99 ${q.p99.toFixed(1)} ms, max ${q.max.toFixed(1)} ms`;
}
