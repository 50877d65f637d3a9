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
import { startInstance } from "../test/ha/instance.js";
import { onboard } from "../test/ha/onboard.js";
import { REPO_ROOT, ensureVenv } from "../test/ha/venv.js";
import { capture } from "../test/ha/python-runtime.js";
import { type WebSocket, openSocket, pingSummary, pinger } from "./ha-socket.js";

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
    const pings = pinger(pingSocket);
    for (const [round, label] of [[1, "idle (no facts request)"], [2, "first facts (cold build)"], [3, "second facts (cached)"]] as const) {
      const pinging = pings.round();
      let line = "";
      if (round === 1) await new Promise((r) => setTimeout(r, 1000));
      else {
        const answer = await facts(factsSocket, 1000 + round);
        line = `${answer.ok ? "answer" : "ERROR"} in ${answer.ms.toFixed(0)} ms, ${(answer.bytes / 1e6).toFixed(1)} MB; `;
        await new Promise((r) => setTimeout(r, 100)); // pongs still in flight
      }
      process.stdout.write(`[${label}] ${line}${pingSummary(pinging.stop())}\n`);
    }
    pingSocket.close();
    factsSocket.close();
  } finally {
    await instance.stop();
  }
}

await main();
