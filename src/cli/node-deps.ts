/** The real world for the CLI: the Node WebSocket connection, the collector, files, stdio. */
import { readFile, writeFile } from "node:fs/promises";
import type { Connection } from "home-assistant-js-websocket";
import { decide, readDecisions } from "../collect/decisions.js";
import { collectFacts } from "../collect/index.js";
import { fetchLoginProviders, openConnection } from "../collect/node-connection.js";
import type { CliDeps } from "./deps.js";

export function nodeDeps(version: string): CliDeps<Connection> {
  return {
    openConnection,
    fetchLoginProviders,
    collectFacts: (conn, options) => collectFacts(conn, options),
    sync: async (conn, payload) => {
      await conn.sendMessagePromise({ type: "security_scorecard/sync", ...payload });
    },
    readDecisions: (conn) => readDecisions(conn),
    decide: (conn, checkId, decision) => decide(conn, checkId, decision),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    readFile: (path) => readFile(path, "utf8"),
    writeFile: (path, data) => writeFile(path, data, "utf8"),
    now: () => new Date(),
    version,
  };
}
