/**
 * One WebSocket command, its errors mapped onto the Facts vocabulary.
 *
 * Home Assistant answers a failed command with `{code, message}`
 * (homeassistant/components/websocket_api/const.py ERR_*). We keep only the code:
 * a server's message text is not ours to forward and could, in principle, echo input.
 */
import type { Connection, MessageBase } from "home-assistant-js-websocket";
import type { UnavailableReason } from "../facts/types.js";

export type Outcome =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly reason: UnavailableReason; readonly message: string };

/** What the collectors need of a connection: the browser's `hass.connection` and the Node one both fit. */
export type CommandConnection = Pick<Connection, "sendMessagePromise">;

/** No answer after this long is an error, not a hang (the Supervisor proxy itself gives up after 10 s). */
export const COMMAND_TIMEOUT_MS = 30_000;

export function failed(reason: UnavailableReason, message: string): Outcome {
  return { ok: false, reason, message };
}

/** Map a rejection of `sendMessagePromise` (an `{code, message}` object, or ERR_CONNECTION_LOST = 3). */
export function mapError(label: string, err: unknown): Outcome {
  if (typeof err === "object" && err !== null && "code" in err) {
    const code = (err as { code: unknown }).code;
    if (code === "unauthorized") return failed("not_admin", `${label}: administrator access required`);
    if (code === "unknown_command") return failed("command_unknown", `${label}: this Home Assistant version does not know the command`);
    if (typeof code === "string" && /^[a-z_]{1,64}$/.test(code)) return failed("error", `${label} failed (${code})`);
  }
  // ERR_CONNECTION_LOST: thrown as 3 when the socket is already gone, or a whole result
  // message `{error: {code: 3}}` for a command in flight when it closed.
  if (err === 3 || (err as { error?: { code?: unknown } } | null)?.error?.code === 3) return failed("error", `${label}: connection lost`);
  return failed("error", `${label} failed`);
}

export function send(conn: CommandConnection, message: MessageBase, label: string = String(message.type)): Promise<Outcome> {
  return settle(label, () => conn.sendMessagePromise<unknown>(message));
}

/** Any answer-to-be (a command, or a subscription's first message), bounded in time and mapped like a command. */
export async function settle(label: string, answer: () => Promise<unknown>): Promise<Outcome> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<Outcome>((resolve) => {
    timer = setTimeout(() => resolve(failed("error", `${label}: no answer within ${COMMAND_TIMEOUT_MS / 1000} s`)), COMMAND_TIMEOUT_MS);
  });
  try {
    const outcome = answer().then(
      (value): Outcome => ({ ok: true, value }),
      (err: unknown) => mapError(label, err),
    );
    return await Promise.race([outcome, timeout]);
  } catch (err) {
    // sendMessagePromise can throw synchronously when the socket is gone.
    return mapError(label, err);
  } finally {
    clearTimeout(timer);
  }
}
