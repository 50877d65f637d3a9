/**
 * The owner's decisions about findings ("risk accepted", "mitigated elsewhere"), kept by the
 * Security Scorecard integration (custom_components/security_scorecard/decisions.py) so that
 * every judge — the card, `audit`, and through their syncs Repairs — applies the same ones.
 *
 * How they combine with the older, local lists (the card's `accepted:`, `audit --accept`):
 * where the integration is loaded, its decisions win for the same check; a local entry the
 * server does not have is an *import* (the CLI writes it when it syncs, the card offers an
 * "Import" button). Without the integration the local list is all there is.
 */
import { enums, optional, record, string, type } from "superstruct";
import type { Override } from "../score/types.js";
import { send, settle, type CommandConnection, type Outcome } from "./send.js";
import { parse } from "./validate.js";

export const DECISIONS_COMMAND = "security_scorecard/decisions";
export const DECIDE_COMMAND = "security_scorecard/decide";
/** The server's bound on a reason (const.py MAX_REASON_LEN). */
export const MAX_REASON_LENGTH = 200;

const DecisionsStruct = type({
  decisions: record(
    string(),
    type({ kind: enums(["risk_accepted", "mitigated"] as const), reason: string(), decided_at: optional(string()) }),
  ),
});

export type Decisions = Readonly<Record<string, Override>>;

/** Reading or changing decisions failed; the message names the command and the error code, never a reason. */
export class DecisionsError extends Error {
  constructor(
    message: string,
    /** The integration predates decisions (`unknown_command`): there are none to apply. */
    readonly unsupported: boolean = false,
  ) {
    super(message);
    this.name = "DecisionsError";
  }
}

function decisionsFrom(label: string, outcome: Outcome): Decisions {
  if (!outcome.ok) throw new DecisionsError(outcome.message, outcome.reason === "command_unknown");
  const parsed = parse(outcome.value, DecisionsStruct);
  if (!parsed.ok) throw new DecisionsError(`${label}: unexpected shape at ${parsed.field}`);
  const out: Record<string, Override> = {};
  for (const [id, d] of Object.entries(parsed.value.decisions)) out[id] = { kind: d.kind, reason: d.reason };
  return out;
}

/** The server's decisions by check id; throws DecisionsError. */
export async function readDecisions(conn: CommandConnection): Promise<Decisions> {
  return decisionsFrom(DECISIONS_COMMAND, await send(conn, { type: DECISIONS_COMMAND }));
}

/**
 * The integration's reason for refusing a decision: its own `invalid_format` message, which
 * names the field and the rule and never echoes the reason (decisions.py). Other servers'
 * messages are not forwarded (see send.ts).
 */
function refusalOf(err: unknown): string | null {
  if (typeof err !== "object" || err === null) return null;
  const { code, message } = err as { code?: unknown; message?: unknown };
  if (code !== "invalid_format" || typeof message !== "string") return null;
  return message.replace(/\s+/g, " ").trim().slice(0, 200) || null;
}

/** Set (or with null, clear) one check's decision; returns all decisions after the change. */
export async function decide(conn: CommandConnection, checkId: string, decision: Override | null): Promise<Decisions> {
  const label = `${DECIDE_COMMAND} ${checkId}`;
  const message = { type: DECIDE_COMMAND, check_id: checkId, decision: decision === null ? null : { kind: decision.kind, reason: decision.reason } };
  let refusal: string | null = null;
  const outcome = await settle(label, () =>
    conn.sendMessagePromise<unknown>(message).catch((err: unknown) => {
      refusal = refusalOf(err);
      throw err;
    }),
  );
  if (!outcome.ok && refusal !== null) throw new DecisionsError(`${label} refused: ${refusal}`);
  return decisionsFrom(label, outcome);
}

export interface Combined {
  /** What the judge applies: the server's decisions, then local entries for ids the server has not decided. */
  readonly overrides: Decisions;
  /** Local entries the server does not have (candidates for an import). */
  readonly localOnly: readonly string[];
  /** Ids decided in both places differently: the server's decision is applied. */
  readonly overruled: readonly string[];
}

/** Server decisions win for the same id; local ones fill in the rest. */
export function combineDecisions(server: Decisions, local: Decisions): Combined {
  const localOnly: string[] = [];
  const overruled: string[] = [];
  for (const [id, o] of Object.entries(local)) {
    const s = server[id];
    if (s === undefined) localOnly.push(id);
    else if (s.kind !== o.kind || s.reason !== o.reason) overruled.push(id);
  }
  return { overrides: { ...local, ...server }, localOnly: localOnly.sort(), overruled: overruled.sort() };
}
