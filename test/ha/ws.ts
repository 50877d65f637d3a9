/** A home-assistant-js-websocket connection from Node (the `ws` package as WebSocket). */
import { type Connection, createConnection, createLongLivedTokenAuth } from "home-assistant-js-websocket";
import { WebSocket } from "ws";

// home-assistant-js-websocket opens sockets with the global WebSocket (Node 20 has none).
(globalThis as { WebSocket?: unknown }).WebSocket ??= WebSocket;

/** Connect with any access token (long-lived or a login's short-lived one). */
export function connectWs(url: string, accessToken: string): Promise<Connection> {
  return createConnection({ auth: createLongLivedTokenAuth(url, accessToken) });
}

/**
 * Send one command and close the connection. Times out: when a handler raises inside a
 * task Home Assistant never answers (e.g. auth/setup_mfa in mfa_setup_flow.py).
 */
export async function wsCommand<T>(
  url: string,
  accessToken: string,
  message: { type: string } & Record<string, unknown>,
  timeoutMs = 30_000,
): Promise<T> {
  const conn = await connectWs(url, accessToken);
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      conn.sendMessagePromise<T>(message),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer to ${message.type} within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
  } finally {
    clearTimeout(timer);
    conn.close();
  }
}
