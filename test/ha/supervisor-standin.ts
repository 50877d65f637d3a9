/**
 * A stand-in Supervisor for real-Home-Assistant tests: a loopback HTTP server answering the
 * Supervisor API calls Home Assistant's real `hassio` integration makes, from the recorded
 * shapes in test/fixtures/supervisor/ (system.json plus one add-on set, weak or hardened).
 * The real Supervisor needs Docker; this needs nothing.
 *
 * Home Assistant finds it through `SUPERVISOR` (host:port, hassio/__init__.py async_setup) and
 * authenticates with `SUPERVISOR_TOKEN` (hassio/handler.py, aiohasupervisor): `startInstance({
 * supervisor })` sets both. A request without the token is refused as the Supervisor does
 * (401). Every request is recorded, and paths with no answer are listed in `unknown`, so a
 * test can say what a release asked for that the fixtures lack.
 */
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { type IncomingMessage, type ServerResponse, createServer } from "node:http";
import { join } from "node:path";
import { REPO_ROOT } from "./paths.js";

export type AddonSet = "weak" | "hardened";

/** The canary every add-on's options carry in the fixtures. */
export const ADDON_CANARY = "CNRY-addon-9f3e";

export interface SupervisorStandIn {
  /** `host:port`, the form `SUPERVISOR` takes. */
  readonly host: string;
  readonly token: string;
  readonly set: AddonSet;
  /** "GET /addons", … in arrival order. */
  readonly requests: readonly string[];
  /** Requests that had no answer (404). */
  readonly unknown: readonly string[];
  close(): Promise<void>;
}

interface Route {
  readonly source: string;
  readonly data: unknown;
}

interface FixtureFile {
  readonly routes: Readonly<Record<string, Route>>;
}

export const SUPERVISOR_FIXTURES = join(REPO_ROOT, "test", "fixtures", "supervisor");

export function loadRoutes(set: AddonSet): ReadonlyMap<string, Route> {
  const read = (name: string): FixtureFile => JSON.parse(readFileSync(join(SUPERVISOR_FIXTURES, `${name}.json`), "utf8")) as FixtureFile;
  return new Map([...Object.entries(read("system").routes), ...Object.entries(read(set).routes)]);
}

/** A route's pattern matches a path; `*` is one path segment. */
function matches(pattern: string, path: string): boolean {
  const a = pattern.split("/");
  const b = path.split("/");
  return a.length === b.length && a.every((seg, i) => seg === "*" || seg === b[i]);
}

/**
 * POSTs the integration sends while setting up and running. Answered ok with no data
 * (supervisor/api/utils.py api_process: `{"result": "ok", "data": {}}`), except
 * `/supervisor/update`, which answers as the Supervisor does when it is current (400
 * "No supervisor update available"; 2026.x setup treats that as "proceed").
 */
const ACCEPTED_POSTS = [
  "/supervisor/options",
  "/homeassistant/options",
  "/core/options",
  "/store/reload",
  "/reload_updates",
  "/refresh_updates",
  "/supervisor/reload",
  "/resolution/healthcheck",
  "/backups/options",
];

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(text) });
  res.end(text);
}

export async function startSupervisorStandIn(set: AddonSet): Promise<SupervisorStandIn> {
  const routes = loadRoutes(set);
  const token = randomBytes(24).toString("hex");
  const requests: string[] = [];
  const unknown: string[] = [];

  const answer = (req: IncomingMessage, res: ServerResponse): void => {
    const method = req.method ?? "GET";
    const path = new URL(req.url ?? "/", "http://standin").pathname.replace(/\/+$/, "") || "/";
    requests.push(`${method} ${path}`);
    if (req.headers.authorization !== `Bearer ${token}`) {
      send(res, 401, { result: "error", message: "Invalid token for access" });
      return;
    }
    if (method === "POST" && path === "/supervisor/update") {
      send(res, 400, { result: "error", message: "No supervisor update available" });
      return;
    }
    if (method === "POST" && ACCEPTED_POSTS.includes(path)) {
      send(res, 200, { result: "ok", data: {} });
      return;
    }
    if (method === "GET" && /^\/(store\/)?addons\/[^/]+\/changelog$/.test(path)) {
      res.writeHead(200, { "Content-Type": "text/plain" });
      res.end("# Changelog\n");
      return;
    }
    if (method === "GET") {
      const exact = routes.get(path);
      const route = exact ?? [...routes.entries()].find(([pattern]) => pattern.includes("*") && matches(pattern, path))?.[1];
      if (route !== undefined) {
        send(res, 200, { result: "ok", data: route.data });
        return;
      }
    }
    unknown.push(`${method} ${path}`);
    send(res, 404, { result: "error", message: `stand-in: no answer for ${method} ${path}` });
  };

  const server = createServer((req, res) => {
    // Drain the body (options POSTs) before answering.
    req.resume();
    req.on("end", () => answer(req, res));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("stand-in Supervisor: no port");
  return {
    host: `127.0.0.1:${address.port}`,
    token,
    set,
    requests,
    unknown,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
