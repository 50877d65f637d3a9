/**
 * The outline inside a real Home Assistant: how long `security_scorecard/facts` takes with
 * the 2,000-file / 20 MB synthetic config of bench/outline_py.py next to the weak config,
 * and how late Home Assistant answers WebSocket pings meanwhile (its event loop's lag as a
 * client sees it: a blocked loop answers no ping).
 *
 * Two connections: one sends `ping` every 5 ms and records round trips; the other asks for
 * the facts and only measures the answer (it never parses the megabytes, so the Node side
 * stays responsive). Runs: the first (cold) build, then a second one (the integration's
 * OutlineCache: nothing changed). Prints figures, asserts nothing.
 *
 * Run: npx tsx bench/facts-ha-lag.ts   (OUTLINE_BENCH_FILES=2000 by default)
 */
import { join } from "node:path";
import { WebSocket } from "ws";
import { startInstance } from "../test/ha/instance.js";
import { onboard } from "../test/ha/onboard.js";
import { REPO_ROOT, ensureVenv } from "../test/ha/venv.js";
import { capture } from "../test/ha/python-runtime.js";

interface Pinger {
  readonly rtts: number[];
  stop(): void;
}

function openSocket(url: string, token: string): Promise<WebSocket> {
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

// Home Assistant refuses a message id that does not increase on its connection.
let nextPingId = 1;

function startPinger(ws: WebSocket): Pinger {
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
    const id = nextPingId++;
    sent.set(id, performance.now());
    ws.send(JSON.stringify({ id, type: "ping" }));
  }, 5);
  return {
    rtts,
    stop: () => {
      clearInterval(timer);
      ws.off("message", onPong);
    },
  };
}

/** Ask for the facts; resolves with (milliseconds, bytes) of the answer, unparsed. */
function facts(ws: WebSocket, id: number): Promise<{ ms: number; bytes: number; ok: boolean }> {
  const start = performance.now();
  return new Promise((resolve) => {
    ws.on("message", function onAnswer(data: Buffer) {
      const head = data.subarray(0, 64).toString();
      if (!head.startsWith(`{"id":${id},`)) return;
      ws.off("message", onAnswer);
      resolve({ ms: performance.now() - start, bytes: data.length, ok: head.includes('"success":true') });
    });
    // The contract the card and CLI speak: the relevant outline, as the card receives it.
    ws.send(JSON.stringify({ id, type: "security_scorecard/facts", contract: 2 }));
  });
}

function summary(rtts: number[]): string {
  const sorted = [...rtts].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return `pings ${sorted.length}, median ${at(0.5).toFixed(1)} ms, p99 ${at(0.99).toFixed(1)} ms, max ${at(1).toFixed(1)} ms`;
}

async function main(): Promise<void> {
  const venv = await ensureVenv();
  const instance = await startInstance({ config: "weak", release: venv.release });
  try {
    const info = await onboard(instance);
    const synthetic = join(instance.configDir, "synthetic");
    const files = Number(process.env.OUTLINE_BENCH_FILES ?? "2000");
    process.env.OUTLINE_BENCH_FILES = String(files);
    await capture(
      venv.pythonCommand([
        "-c",
        "import pathlib, random, sys; sys.path.insert(0, sys.argv[1]); import outline_py; " +
          "p = pathlib.Path(sys.argv[2]); p.mkdir(); print(outline_py.synthesise(p, random.Random(1)))",
        join(REPO_ROOT, "bench"),
        synthetic,
      ]),
    );
    process.stdout.write(`Home Assistant ${info.version}; ${files} synthetic YAML files in ${synthetic}\n`);

    const pingSocket = await openSocket(info.url, info.adminToken);
    const factsSocket = await openSocket(info.url, info.adminToken);
    for (const [round, label] of [[1, "idle (no facts request)"], [2, "first facts (cold build)"], [3, "second facts (cached)"]] as const) {
      const pinger = startPinger(pingSocket);
      let line = "";
      if (round === 1) await new Promise((r) => setTimeout(r, 1000));
      else {
        const answer = await facts(factsSocket, 1000 + round);
        line = `${answer.ok ? "answer" : "ERROR"} in ${answer.ms.toFixed(0)} ms, ${(answer.bytes / 1e6).toFixed(1)} MB; `;
        await new Promise((r) => setTimeout(r, 100)); // pongs still in flight
      }
      pinger.stop();
      process.stdout.write(`[${label}] ${line}${summary(pinger.rtts)}\n`);
    }
    pingSocket.close();
    factsSocket.close();
  } finally {
    await instance.stop();
  }
}

await main();
