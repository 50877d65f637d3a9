/** The controller's real dependencies; DOM-free, so the Node benchmark can use them too. */
import type { Connection } from "home-assistant-js-websocket";
import { collectFacts } from "../src/collect/index.js";
import { evaluate } from "../src/score/evaluate.js";
import type { ControllerDeps } from "./controller.js";

export const DEFAULT_DEPS: ControllerDeps = {
  collect: (conn: Connection, options) => collectFacts(conn, options),
  evaluate: (facts, options) => evaluate(facts, options),
  now: () => new Date(),
  syncDelayMs: 5_000,
  refreshMs: 300_000,
};
