/**
 * A flood of `security_scorecard/sync` against a real Home Assistant: 50 valid syncs a
 * second for 10 s on one connection while another sends `ping` every 5 ms and records
 * round trips (a blocked event loop answers no ping). Prints ping p50/p99/max at idle and
 * under the flood, and how many syncs were accepted or refused (by error code). The target
 * is ping p99 ≤ 50 ms under the flood; printed, not asserted.
 *
 * Run: npx tsx bench/sync_flood.ts   (HA_VERSION picks the release, as for the real tests;
 * SYNC_FLOOD_RATE / SYNC_FLOOD_SECONDS change the flood)
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { startInstance } from "../test/ha/instance.js";
import { onboard } from "../test/ha/onboard.js";
import { REPO_ROOT, ensureVenv } from "../test/ha/venv.js";
import { type WebSocket, openSocket, pingSummary, pinger, quantiles } from "./ha-socket.js";

const RATE = Number(process.env.SYNC_FLOOD_RATE ?? "50");
const SECONDS = Number(process.env.SYNC_FLOOD_SECONDS ?? "10");
const PING_EVERY_MS = 5;
const TARGET_P99_MS = 50;

interface CatalogCheck {
  readonly id: string;
  readonly severity: string;
  readonly placeholders?: readonly string[];
}

/** A valid sync failing the first serious checks of the shipped catalog, with their declared placeholders. */
function failingChecks(): { id: string; placeholders: Record<string, string> }[] {
  const catalogPath = join(REPO_ROOT, "custom_components/security_scorecard/catalog.json");
  const catalog = JSON.parse(readFileSync(catalogPath, "utf8")) as { checks: CatalogCheck[] };
  return catalog.checks
    .filter((c) => ["critical", "high", "medium"].includes(c.severity))
    .slice(0, 12)
    .map((c) => ({ id: c.id, placeholders: Object.fromEntries((c.placeholders ?? []).map((k) => [k, "1"])) }));
}

/** Send RATE syncs a second for SECONDS; resolves with the answers counted by outcome. */
function flood(ws: WebSocket): Promise<Map<string, number>> {
  const failing = failingChecks();
  const outcomes = new Map<string, number>();
  const pending = new Set<number>();
  let nextId = 1;
  const onAnswer = (data: Buffer): void => {
    const msg = JSON.parse(String(data)) as { id: number; success?: boolean; error?: { code: string } };
    if (!pending.delete(msg.id)) return;
    const key = msg.success ? "accepted" : `refused (${msg.error?.code ?? "?"})`;
    outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
  };
  ws.on("message", onAnswer);
  return new Promise((resolve) => {
    const total = Math.round(RATE * SECONDS);
    let sent = 0;
    const timer = setInterval(() => {
      const id = nextId++;
      pending.add(id);
      // Alternate the findings, so each accepted sync really changes Repairs and the sensor.
      const some = sent % 2 === 0 ? failing : failing.slice(0, failing.length / 2);
      ws.send(
        JSON.stringify({
          id,
          type: "security_scorecard/sync",
          score: 40 + (sent % 20),
          grade: "D+",
          coverage: 0.9,
          evaluated_at: new Date().toISOString(),
          failing: some,
        }),
      );
      if (++sent >= total) {
        clearInterval(timer);
        const waitForAnswers = setInterval(() => {
          if (pending.size > 0) return;
          clearInterval(waitForAnswers);
          ws.off("message", onAnswer);
          resolve(outcomes);
        }, 20);
      }
    }, 1000 / RATE);
  });
}

async function main(): Promise<void> {
  const venv = await ensureVenv();
  const instance = await startInstance({ config: "weak", release: venv.release });
  try {
    const info = await onboard(instance);
    process.stdout.write(`Home Assistant ${info.version}; ${RATE} syncs/s for ${SECONDS} s, ping every ${PING_EVERY_MS} ms\n`);
    const pingSocket = await openSocket(info.url, info.adminToken);
    const syncSocket = await openSocket(info.url, info.adminToken);
    const pings = pinger(pingSocket, PING_EVERY_MS);

    const idle = pings.round();
    await new Promise((r) => setTimeout(r, 2000));
    process.stdout.write(`[idle] ${pingSummary(idle.stop())}\n`);

    const during = pings.round();
    const started = performance.now();
    const outcomes = await flood(syncSocket);
    const elapsed = (performance.now() - started) / 1000;
    await new Promise((r) => setTimeout(r, 100)); // pongs still in flight
    const rtts = during.stop();
    process.stdout.write(`[sync flood] ${pingSummary(rtts)}\n`);
    const counts = [...outcomes.entries()].map(([k, v]) => `${k} ${v}`).join(", ");
    process.stdout.write(`syncs in ${elapsed.toFixed(1)} s: ${counts}\n`);
    const p99 = quantiles(rtts).p99;
    process.stdout.write(`target ping p99 ≤ ${TARGET_P99_MS} ms under the flood: ${p99 <= TARGET_P99_MS ? "met" : "NOT met"} (${p99.toFixed(1)} ms)\n`);
    pingSocket.close();
    syncSocket.close();
  } finally {
    await instance.stop();
  }
}

await main();
