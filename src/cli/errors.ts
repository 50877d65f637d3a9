/** CLI failures: an exit code and one line for people. Never a stack trace, never the token. */

export const EXIT = {
  ok: 0,
  /** The audit ran; the result is below --fail-under. */
  belowThreshold: 1,
  /** The audit could not run: invalid arguments, bad URL, refused token, unreachable. */
  cannotAudit: 2,
} as const;

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.cannotAudit,
  ) {
    super(message);
    this.name = "CliError";
  }
}

export type ConnectionErrorKind = "bad_url" | "unreachable" | "auth_invalid" | "timeout";

/** collect/node-connection.ts's AuditConnectionError, recognised by shape (no import cycle, fakes fit). */
export function connectionErrorKind(err: unknown): ConnectionErrorKind | null {
  if (!(err instanceof Error) || err.name !== "AuditConnectionError") return null;
  const kind = (err as Error & { kind?: unknown }).kind;
  return kind === "bad_url" || kind === "unreachable" || kind === "auth_invalid" || kind === "timeout" ? kind : null;
}

/** The first line of an error's message, with every given secret blanked out. */
export function oneLine(err: unknown, secrets: readonly string[] = []): string {
  const raw = err instanceof Error ? err.message : typeof err === "string" ? err : "unexpected error";
  return scrub(raw.split(/\r?\n/)[0] ?? "", secrets);
}

export function scrub(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) if (s.length > 0) out = out.split(s).join("[redacted]");
  return out;
}
