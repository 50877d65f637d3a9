/** What the CLI needs from the outside world, injected so every path is testable. */
import type { Check } from "../checks/types.js";
import type { Facts } from "../facts/types.js";
import type { Decisions } from "../collect/decisions.js";
import type { SyncPayload } from "../score/sync-payload.js";
import type { Override } from "../score/types.js";

/** What the CLI itself does with a connection: close it. Collectors need more (see collect/). */
export interface Closable {
  close(): void;
}

export interface CollectCallOptions {
  /** `GET /auth/providers`, fetched without auth; its raw answer is validated by the collector. */
  readonly loginProviders: () => Promise<unknown>;
  readonly now: () => Date;
}

export interface Output {
  write(s: string): unknown;
  readonly isTTY?: boolean;
}

export interface CliDeps<C extends Closable = Closable> {
  /** Throws an AuditConnectionError (`.kind` bad_url|unreachable|auth_invalid|timeout) when it cannot. */
  openConnection(url: string, token: string): Promise<C>;
  fetchLoginProviders(url: string): Promise<unknown>;
  collectFacts(conn: C, options: CollectCallOptions): Promise<Facts>;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: Output;
  readonly stderr: Output;
  readFile(path: string): Promise<string>;
  writeFile(path: string, data: string): Promise<void>;
  now(): Date;
  /** The package version, for --version and SARIF. */
  readonly version: string;
  /** Sends `security_scorecard/sync` on the open connection; without it the CLI never syncs. */
  sync?(conn: C, payload: SyncPayload): Promise<void>;
  /** Reads the integration's decisions (`security_scorecard/decisions`); without it the CLI applies only --accept. */
  readDecisions?(conn: C): Promise<Decisions>;
  /** Writes one decision (`security_scorecard/decide`): how an --accept entry is imported. */
  decide?(conn: C, checkId: string, decision: Override): Promise<Decisions>;
  /** The checks to run; the full catalog when absent. */
  readonly catalog?: readonly Check[];
}
