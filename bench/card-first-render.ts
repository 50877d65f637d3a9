/**
 * The card's path from "connection ready" to the first full scorecard, against a real Home
 * Assistant: wall time, and the number of sequential WebSocket round trips on that path
 * (a message's round = 1 + the highest round among answers that had arrived when it was
 * sent). Runs the card's own controller in Node, with what the frontend already holds
 * (`hass.user`, `hass.config.components`) fetched beforehand, as the frontend has it.
 * Prints figures, never asserts.
 *
 *   HA_URL=http://127.0.0.1:8123 HA_TOKEN=<admin long-lived token> npx tsx bench/card-first-render.ts
 *   npx tsx bench/card-first-render.ts   (starts its own weak-config instance; HA_VERSION picks the release)
 */
import type { Connection, MessageBase } from "home-assistant-js-websocket";
import { ScorecardController } from "../card/controller.js";
import { DEFAULT_DEPS } from "../card/deps.js";
import type { HomeAssistant } from "../card/types.js";
import { openConnection } from "../src/collect/node-connection.js";
import { startInstance } from "../test/ha/instance.js";
import { onboard } from "../test/ha/onboard.js";

const RUNS = Number(process.env.RUNS ?? 5);

async function once(conn: Connection, components: string[]): Promise<{ ms: number; rounds: number; messages: number; later: string[] }> {
  let answered = 0; // highest round among answers received so far
  let maxRound = 0;
  let messages = 0;
  const later: string[] = []; // commands sent after another answer arrived, with their round
  const traced = new Proxy(conn, {
    get(target, prop, receiver) {
      if (prop === "sendMessagePromise") {
        return async (msg: MessageBase) => {
          const round = answered + 1;
          maxRound = Math.max(maxRound, round);
          messages += 1;
          if (round > 1) later.push(`${String(msg.type)} (round ${round})`);
          try {
            return await target.sendMessagePromise(msg);
          } finally {
            answered = Math.max(answered, round);
          }
        };
      }
      const v: unknown = Reflect.get(target, prop, receiver);
      return typeof v === "function" ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
  const hass = { connection: traced, user: { is_admin: true }, config: { components }, states: {}, language: "en" } as unknown as HomeAssistant;
  const t0 = performance.now();
  const ready = new Promise<void>((resolve) => {
    const controller: ScorecardController = new ScorecardController(() => {
      if (controller.state.kind === "ready") {
        controller.disconnect();
        resolve();
      }
    }, DEFAULT_DEPS);
    controller.setHass(hass);
    controller.connect();
  });
  await ready;
  return { ms: performance.now() - t0, rounds: maxRound, messages, later };
}

async function measure(url: string, token: string): Promise<void> {
  const conn = await openConnection(url, token);
  try {
    const config = await conn.sendMessagePromise<{ components: string[]; version: string }>({ type: "get_config" });
    console.log(`Home Assistant ${config.version} at ${url}, backend ${config.components.includes("security_scorecard") ? "installed" : "absent"}`);
    for (let i = 0; i < RUNS; i++) {
      const r = await once(conn, config.components);
      console.log(`run ${i + 1}: first full scorecard after ${r.ms.toFixed(0)} ms, ${r.rounds} sequential round trips, ${r.messages} commands`);
      if (r.later.length > 0) console.log(`#   sent after an answer: ${r.later.join(", ")}`);
    }
  } finally {
    conn.close();
  }
}

if (process.env.HA_URL && process.env.HA_TOKEN) await measure(process.env.HA_URL, process.env.HA_TOKEN);
else {
  const instance = await startInstance({ config: "weak" });
  try {
    const ha = await onboard(instance);
    await measure(ha.url, ha.adminToken);
  } finally {
    await instance.stop();
  }
}
