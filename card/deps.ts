/** The controller's real dependencies; DOM-free, so the Node benchmark can use them too. */
import type { Connection } from "home-assistant-js-websocket";
import { decide, readDecisions } from "../src/collect/decisions.js";
import { provideTexts } from "./catalog-texts.js";
import type { ControllerDeps } from "./controller.js";
import type * as EngineModule from "./engine.js";
import { loadTrend } from "./trend.js";

let loading: Promise<typeof EngineModule> | undefined;
let loaded: typeof EngineModule | undefined;

/** The engine chunk, fetched once, on the first collection (never for a non-admin). */
function engine(): Promise<typeof EngineModule> {
  return (loading ??= import("./engine.js").then((m) => {
    provideTexts({ english: m.ENGLISH_TEXTS, make: m.makeTexts });
    return (loaded = m);
  }));
}

export const DEFAULT_DEPS: ControllerDeps = {
  engine,
  collect: async (conn: Connection, options) => (await engine()).collectFacts(conn, options),
  // Facts exist only after a collection, which loaded the engine.
  evaluate: (facts, options) => {
    if (loaded === undefined) throw new Error("evaluate before the engine was loaded");
    return loaded.evaluate(facts, options);
  },
  now: () => new Date(),
  syncDelayMs: 5_000,
  refreshMs: 300_000,
  loadTrend,
  readDecisions: (conn) => readDecisions(conn),
  decide: (conn, checkId, decision) => decide(conn, checkId, decision),
};
