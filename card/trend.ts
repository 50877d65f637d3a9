/**
 * The score trend and what changed since the previous evaluation. DOM-free.
 *
 * Two admin answers, asked together when the card starts and whenever the score sensor
 * changes (every accepted sync, from this card or another judge):
 * - `security_scorecard/evaluations`: the integration's short log of distinct evaluations
 *   (ids, grades, scores, times); its last two give "fixed since …" and "new since …";
 * - `history/history_during_period` for the score sensor (one request, only where the
 *   `history` integration, and so the recorder, is loaded): the points of the trend line.
 *   Without it there is no trend line, and no error.
 * Both answers are validated here, where they enter TypeScript; a malformed one leaves its
 * part out and says why on the console, never in the card.
 */
import type { Connection } from "home-assistant-js-websocket";
import { array, nullable, number, record, string, type as shape, validate } from "superstruct";

export const EVALUATIONS_COMMAND = "security_scorecard/evaluations";
export const HISTORY_COMMAND = "history/history_during_period";
export const SCORE_ENTITY = "sensor.security_scorecard_score";
export const HISTORY_DOMAIN = "history";
/** How far back the trend line reaches. */
export const TREND_DAYS = 30;

export interface TrendPoint {
  /** Milliseconds since the epoch. */
  readonly at: number;
  readonly score: number;
}

export interface Evaluation {
  readonly evaluatedAt: string;
  readonly score: number | null;
  readonly grade: string;
  readonly failing: readonly string[];
}

export interface Changes {
  /** When the previous evaluation was made: "… since {time}". */
  readonly since: string;
  readonly fixed: readonly string[];
  readonly added: readonly string[];
}

export interface Trend {
  /** Oldest first; absent without the recorder (or when its answer was unusable). */
  readonly points: readonly TrendPoint[] | null;
  /** Null with fewer than two logged evaluations. */
  readonly changes: Changes | null;
}

const EvaluationsStruct = shape({
  evaluations: array(shape({ evaluated_at: string(), score: nullable(number()), grade: string(), failing: array(string()) })),
});
// Compressed states (history/websocket_api.py, compressed_state_format): s = state, lu = last_updated in seconds.
const HistoryStruct = record(string(), array(shape({ s: string(), lu: number() })));

/** The evaluation log's answer, or an Error naming what is wrong (never quoting it). */
export function parseEvaluations(answer: unknown): Evaluation[] | Error {
  const [error, value] = validate(answer, EvaluationsStruct);
  if (error !== undefined) return new Error(`${EVALUATIONS_COMMAND}: unexpected answer at ${error.path.join(".") || "top level"}`);
  return value.evaluations.map((e) => ({ evaluatedAt: e.evaluated_at, score: e.score, grade: e.grade, failing: e.failing }));
}

/** The score sensor's numeric states, oldest first, or an Error. Unknown/unavailable states are left out. */
export function parseHistory(answer: unknown, entityId: string): TrendPoint[] | Error {
  const [error, value] = validate(answer, HistoryStruct);
  if (error !== undefined) return new Error(`${HISTORY_COMMAND}: unexpected answer at ${error.path.join(".") || "top level"}`);
  const points: TrendPoint[] = [];
  for (const row of value[entityId] ?? []) {
    const score = Number(row.s);
    if (row.s.trim() !== "" && Number.isFinite(score) && Number.isFinite(row.lu)) points.push({ at: row.lu * 1000, score });
  }
  return points.sort((a, b) => a.at - b.at);
}

/**
 * The recorder commits states in batches, so a history asked right after a sync may lack
 * the newest score: add the live state when it changed after the last recorded one
 * (`last_changed`: a sync that only moved the evaluation time is not a new point).
 */
export function withLive(points: readonly TrendPoint[], current: TrendSource["current"]): TrendPoint[] {
  const score = current === undefined || current.state.trim() === "" ? NaN : Number(current.state);
  const at = current === undefined ? NaN : Date.parse(current.last_changed);
  const last = points.at(-1);
  if (!Number.isFinite(score) || !Number.isFinite(at) || (last !== undefined && last.at >= at - 1)) return [...points];
  return [...points, { at, score }];
}

/** Fixed and newly failing checks between the last two logged evaluations. */
export function changesOf(log: readonly Evaluation[]): Changes | null {
  const current = log.at(-1);
  const previous = log.at(-2);
  if (current === undefined || previous === undefined) return null;
  const before = new Set(previous.failing);
  const after = new Set(current.failing);
  return {
    since: previous.evaluatedAt,
    fixed: previous.failing.filter((id) => !after.has(id)),
    added: current.failing.filter((id) => !before.has(id)),
  };
}

export interface TrendSource {
  /** The score sensor's entity id (renamable by the owner). */
  readonly entityId: string;
  /** `history` is loaded (it needs the recorder): ask for the trend line. */
  readonly history: boolean;
  readonly now: Date;
  /** The sensor's live state (`hass.states`): the line ends with it even before the recorder has written it. */
  readonly current?: { readonly state: string; readonly last_changed: string };
}

/** Ask both (concurrently; one request each). Never throws: a failed part is left out. */
export async function loadTrend(conn: Pick<Connection, "sendMessagePromise">, source: TrendSource): Promise<Trend> {
  const start = new Date(source.now.getTime() - TREND_DAYS * 86_400_000).toISOString();
  const [log, history] = await Promise.allSettled([
    conn.sendMessagePromise<unknown>({ type: EVALUATIONS_COMMAND }),
    source.history
      ? conn.sendMessagePromise<unknown>({
          type: HISTORY_COMMAND,
          start_time: start,
          entity_ids: [source.entityId],
          minimal_response: true,
          no_attributes: true,
          significant_changes_only: true,
        })
      : Promise.resolve(null),
  ]);
  const evaluations = log.status === "fulfilled" ? parseEvaluations(log.value) : null;
  const recorded = history.status === "fulfilled" && history.value !== null ? parseHistory(history.value, source.entityId) : null;
  const points = Array.isArray(recorded) ? withLive(recorded, source.current) : recorded;
  for (const part of [evaluations, points]) {
    if (part instanceof Error) console.warn(`security-scorecard-card: ${part.message}; left out`);
  }
  return {
    points: points instanceof Error ? null : points,
    changes: evaluations === null || evaluations instanceof Error ? null : changesOf(evaluations),
  };
}
