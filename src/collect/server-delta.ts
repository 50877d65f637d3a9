/**
 * `security_scorecard/subscribe` messages put together (docs/architecture.md, "Subscribe
 * deltas"): the first is the whole ServerFacts (`kind: "full"`), each later one only what
 * changed (`kind: "delta"`: changed parts whole, changed or new outline files, removed file
 * paths) and names the `seq` it applies to as `base`. The holder keeps the assembled
 * message, in the same shape as a `security_scorecard/facts` answer, for collectServer.
 *
 * A message of another contract is passed on as it is: collectServer then says the card and
 * the integration are different versions. A delta that does not follow the message held is
 * refused (never applied to the wrong base). Free of heavy imports: the card's shell holds
 * the subscription before the engine is loaded.
 */
import { CONTRACT_VERSION } from "./contract.js";

export interface ServerStream {
  /** `seq` of the last message applied; -1 for a message of another contract. */
  readonly seq: number;
  /** The assembled ServerFacts message (wire form). */
  readonly message: unknown;
}

export type StreamStep = { readonly ok: true; readonly stream: ServerStream } | { readonly ok: false; readonly message: string };

/** The refusal a holder answers its collections with after an out-of-step delta (collectServer says OUT_OF_STEP_MESSAGE). */
export const OUT_OF_STEP_CODE = "out_of_step";
export const OUT_OF_STEP_MESSAGE = "security_scorecard/subscribe: a change arrived that does not follow the facts held; reload the page";

type Json = Record<string, unknown>;

/** Code-point order of two paths, as the builder sorts files (Python `sorted`). */
export function comparePaths(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = ((x[i] as string).codePointAt(0) ?? 0) - ((y[i] as string).codePointAt(0) ?? 0);
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const isInt = (v: unknown): v is number => typeof v === "number" && Number.isSafeInteger(v);

function pathOf(file: unknown): string | null {
  return isObject(file) && typeof file.path === "string" ? file.path : null;
}

/** The outline held with a delta's changed files, removed paths and other keys applied. */
function applyOutline(held: unknown, delta: Json): Json | null {
  const changed = delta.files;
  const removed = delta.removed;
  if (!Array.isArray(changed) || !Array.isArray(removed) || !removed.every((p) => typeof p === "string")) return null;
  const files = new Map<string, unknown>();
  if (isObject(held) && Array.isArray(held.files)) {
    for (const f of held.files) {
      const p = pathOf(f);
      if (p !== null) files.set(p, f);
    }
  }
  for (const p of removed as string[]) files.delete(p);
  for (const f of changed) {
    const p = pathOf(f);
    if (p === null) return null;
    files.set(p, f);
  }
  const { files: _files, removed: _removed, ...rest } = delta;
  const ordered = [...files.keys()].sort(comparePaths).map((p) => files.get(p));
  return { ...rest, files: ordered };
}

/** The stream after one subscription message. */
export function applyServerMessage(stream: ServerStream | undefined, msg: unknown): StreamStep {
  if (!isObject(msg) || msg.contract !== CONTRACT_VERSION || !isInt(msg.seq)) return { ok: true, stream: { seq: -1, message: msg } };
  if (msg.kind === "full") return { ok: true, stream: { seq: msg.seq, message: msg } };
  if (msg.kind !== "delta" || stream === undefined || !isObject(stream.message) || msg.base !== stream.seq) return { ok: false, message: OUT_OF_STEP_MESSAGE };
  const parts = msg.parts;
  if (!isObject(parts)) return { ok: false, message: OUT_OF_STEP_MESSAGE };
  let next: Json = { ...stream.message, ...parts, seq: msg.seq };
  if (msg.outline !== undefined) {
    if (!isObject(msg.outline)) return { ok: false, message: OUT_OF_STEP_MESSAGE };
    const outline = applyOutline(stream.message.outline, msg.outline);
    if (outline === null) return { ok: false, message: OUT_OF_STEP_MESSAGE };
    next = { ...next, outline };
  }
  return { ok: true, stream: { seq: msg.seq, message: next } };
}
