/**
 * A home-assistant-js-websocket Connection for Node. Node 20 has no global WebSocket, so the
 * socket comes from the `ws` package through `createSocket`; the auth phase mirrors the
 * library's own (dist/socket.js): auth_required → auth, auth_ok → ready, auth_invalid → refused.
 * The token is sent once, inside the auth message, and appears in no error or log.
 */
import {
  createConnection,
  createLongLivedTokenAuth,
  ERR_CANNOT_CONNECT,
  ERR_INVALID_AUTH,
  type Connection,
  type ConnectionOptions,
  type HaWebSocket,
} from "home-assistant-js-websocket";
import WebSocket from "ws";

export type AuditConnectionErrorKind = "bad_url" | "unreachable" | "auth_invalid" | "timeout";

export class AuditConnectionError extends Error {
  override readonly name = "AuditConnectionError";
  constructor(
    readonly kind: AuditConnectionErrorKind,
    message: string,
  ) {
    super(message);
  }
}

export const CONNECT_TIMEOUT_MS = 10_000;

/** `http(s)://host[:port]`, no path, no credentials: anything else is a bad URL. */
export function normaliseUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new AuditConnectionError("bad_url", "the Home Assistant URL is not a valid URL");
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new AuditConnectionError("bad_url", `the Home Assistant URL must start with http:// or https:// (got ${parsed.protocol}//)`);
  }
  if (parsed.username !== "" || parsed.password !== "") {
    // Never echo it: userinfo may be a password.
    throw new AuditConnectionError("bad_url", "the Home Assistant URL must not contain a user name or password");
  }
  return parsed.origin;
}

export interface ConnectOptions {
  /** How long the socket may take to open and authenticate (default CONNECT_TIMEOUT_MS). */
  readonly timeoutMs?: number;
}

/**
 * The auth phase over `ws`; rejects with an AuditConnectionError. Called once: an audit is
 * one snapshot, so a connection lost mid-collection is reported, never silently replaced
 * by a new session (the library would otherwise reconnect and the missing answers would be
 * mixed with another session's). Rejecting with ERR_INVALID_AUTH stops its retry loop.
 */
function nodeCreateSocket(origin: string, token: string, timeoutMs: number): (options: ConnectionOptions) => Promise<HaWebSocket> {
  let opened = false;
  return () => {
    if (opened) return Promise.reject(ERR_INVALID_AUTH);
    opened = true;
    return new Promise<HaWebSocket>((resolve, reject) => {
      const wsUrl = `${origin.replace(/^http/, "ws")}/api/websocket`;
      let settled = false;
      const socket = new WebSocket(wsUrl);
      // Stays for the socket's whole life: `ws` throws an 'error' event nobody listens to
      // (terminate() on a socket still connecting emits one; so can a reset after auth, when
      // the library listens only for 'close', which follows every 'error').
      socket.on("error", ignore);
      const finish = (err: AuditConnectionError | null): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        socket.off("message", onMessage);
        socket.off("error", onError);
        socket.off("close", onClose);
        if (err) {
          socket.terminate();
          reject(err);
        } else {
          resolve(socket as unknown as HaWebSocket);
        }
      };
      const timer = setTimeout(
        () => finish(new AuditConnectionError("timeout", `no answer from ${origin} within ${seconds(timeoutMs)} s`)),
        timeoutMs,
      );
      const onMessage = (data: WebSocket.RawData): void => {
        let msg: unknown;
        try {
          msg = JSON.parse(data.toString());
        } catch {
          finish(new AuditConnectionError("unreachable", `${origin} did not speak the Home Assistant WebSocket protocol`));
          return;
        }
        const type = typeof msg === "object" && msg !== null ? (msg as { type?: unknown }).type : undefined;
        if (type === "auth_required") {
          socket.send(JSON.stringify({ type: "auth", access_token: token }));
        } else if (type === "auth_invalid") {
          finish(new AuditConnectionError("auth_invalid", "Home Assistant refused the access token (invalid or expired)"));
        } else if (type === "auth_ok") {
          const version = (msg as { ha_version?: unknown }).ha_version;
          (socket as unknown as { haVersion: string }).haVersion = typeof version === "string" ? version : "";
          // As the library does for 2022.9+: id 1 is reserved for this (connection.ts starts at 2).
          socket.send(JSON.stringify({ type: "supported_features", id: 1, features: { coalesce_messages: 1 } }));
          finish(null);
        }
      };
      const onError = (err: Error): void => {
        const code = (err as NodeJS.ErrnoException).code;
        finish(new AuditConnectionError("unreachable", `cannot reach ${origin}${code ? ` (${code})` : ""}`));
      };
      const onClose = (): void => finish(new AuditConnectionError("unreachable", `${origin} closed the connection`));
      socket.on("message", onMessage);
      socket.on("error", onError);
      socket.on("close", onClose);
    });
  };
}

function ignore(): void {
  // See nodeCreateSocket: errors are reported through 'close' or the auth phase.
}

function seconds(ms: number): string {
  return String(Math.round(ms / 100) / 10);
}

/** Map what createConnection may reject with onto AuditConnectionError. */
function toAuditError(err: unknown, origin: string): AuditConnectionError {
  if (err instanceof AuditConnectionError) return err;
  if (err === ERR_INVALID_AUTH) return new AuditConnectionError("auth_invalid", "Home Assistant refused the access token (invalid or expired)");
  if (err === ERR_CANNOT_CONNECT) return new AuditConnectionError("unreachable", `cannot reach ${origin}`);
  return new AuditConnectionError("unreachable", `cannot connect to ${origin}`);
}

export async function openConnection(url: string, token: string, options: ConnectOptions = {}): Promise<Connection> {
  const origin = normaliseUrl(url);
  if (token.trim() === "") throw new AuditConnectionError("auth_invalid", "no access token given");
  const timeoutMs = options.timeoutMs ?? CONNECT_TIMEOUT_MS;
  try {
    return await createConnection({ auth: createLongLivedTokenAuth(origin, token), createSocket: nodeCreateSocket(origin, token, timeoutMs) });
  } catch (err) {
    throw toAuditError(err, origin);
  }
}

/**
 * `GET /auth/providers`: the raw JSON, validated by the collector (2024.3.3 answers a list,
 * newer versions `{providers, preselect_remember_me}`).
 */
export async function fetchLoginProviders(url: string): Promise<unknown> {
  const origin = normaliseUrl(url);
  let response: Response;
  try {
    response = await fetch(`${origin}/auth/providers`, { signal: AbortSignal.timeout(CONNECT_TIMEOUT_MS) });
  } catch (err) {
    if (err instanceof Error && (err.name === "TimeoutError" || err.name === "AbortError")) {
      throw new AuditConnectionError("timeout", `no answer from ${origin} within ${CONNECT_TIMEOUT_MS / 1000} s`);
    }
    throw new AuditConnectionError("unreachable", `cannot reach ${origin}`);
  }
  if (!response.ok) throw new AuditConnectionError("unreachable", `GET /auth/providers answered HTTP ${response.status}`);
  try {
    return (await response.json()) as unknown;
  } catch {
    throw new AuditConnectionError("unreachable", "GET /auth/providers did not answer JSON");
  }
}
