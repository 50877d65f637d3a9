/** `audit`: collect facts from a live instance, judge them, print a report, gate on a threshold. */
import { parseArgs } from "node:util";
import { CATALOG } from "../checks/catalog.js";
import { DecisionsError, combineDecisions, type Decisions } from "../collect/decisions.js";
import type { Facts } from "../facts/types.js";
import type { Texts } from "../i18n/texts.js";
import { FORMATS, isFormat, render } from "../report/index.js";
import { evaluate } from "../score/evaluate.js";
import { syncPayload } from "../score/sync-payload.js";
import type { Scorecard } from "../score/types.js";
import { readOverrides } from "./accept.js";
import type { Closable, CliDeps } from "./deps.js";
import { CliError, EXIT, connectionErrorKind, oneLine, scrub } from "./errors.js";
import { LANG_USAGE, textsForArgs } from "./lang.js";
import { coverageOf, coverageShortfall, cutParts, missingAdvice, parseMinCoverage, withhold } from "./gate.js";
import { parseThreshold, shortfall, type Threshold } from "./threshold.js";

export const AUDIT_USAGE = `Usage: ha-security-scorecard audit --url URL [options]

Audit a running Home Assistant over its WebSocket API and print a security scorecard.

Options:
  --url URL             Home Assistant base URL, e.g. http://homeassistant.local:8123 (required)
  --token TOKEN         Long-lived access token of an administrator. Prefer the HASS_TOKEN
                        environment variable: a command-line argument is visible to other
                        local users in the process list.
  --format FORMAT       Report format: ${FORMATS.join(", ")} (default: text)
  --output FILE         Write the report to FILE instead of standard output
${LANG_USAGE}
  --fail-under LIMIT    Exit 1 when the score is below LIMIT (0-100) or the grade is below
                        LIMIT (A+, A, A-, B+, ..., F); "--fail-under B" fails on B-, V and N/A
  --min-coverage PCT    Exit 2 ("cannot judge", no grade) when fewer than PCT % of the
                        applicable checks could be assessed (default 80; 0 still needs one)
  --accept FILE         YAML or JSON mapping of check id to {kind: risk_accepted|mitigated,
                        reason: "..."}: findings you accept or have mitigated elsewhere.
                        With the integration, its own decisions (made in the card) apply
                        first and win for the same check; entries it lacks are imported
                        into it when the audit syncs (not with --no-sync)
  --no-color            No ANSI colour in the text report (also: NO_COLOR set, or not a terminal)
  --no-sync             Do not update Settings → Repairs and sensor.security_scorecard_score
                        (by default an administrator's audit sends the failing check ids to the
                        Security Scorecard integration, when it is installed, as the card does)
  -h, --help            Show this help

Environment:
  HASS_TOKEN            Access token, when --token is not given

Exit codes: 0 audited (and threshold met), 1 below --fail-under, 2 cannot audit or
cannot judge (invalid arguments, bad URL, refused token, unreachable, connection lost or
timed out during collection, coverage below --min-coverage).
`;

interface AuditArgs {
  readonly url: string;
  readonly token: string;
  readonly format: (typeof FORMATS)[number];
  readonly output: string | null;
  readonly texts: Texts;
  readonly threshold: Threshold | null;
  readonly minCoverage: number;
  readonly acceptFile: string | null;
  readonly noColor: boolean;
  readonly sync: boolean;
}

const OPTIONS = {
  url: { type: "string" },
  token: { type: "string" },
  format: { type: "string" },
  output: { type: "string" },
  lang: { type: "string" },
  "fail-under": { type: "string" },
  "min-coverage": { type: "string" },
  accept: { type: "string" },
  "no-color": { type: "boolean" },
  "no-sync": { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

/** Every option the audit command takes, for tests and help checks. */
export const AUDIT_OPTIONS: readonly string[] = Object.keys(OPTIONS);

export async function runAudit<C extends Closable>(argv: readonly string[], deps: CliDeps<C>): Promise<number> {
  const { values }: { values: AuditValues } = parseArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: false });
  if (values.help) {
    deps.stdout.write(AUDIT_USAGE);
    return EXIT.ok;
  }
  const args = checkArgs(values, deps);
  const secrets = [args.token];
  const catalog = deps.catalog ?? CATALOG;
  const local = args.acceptFile ? await readOverrides(args.acceptFile, deps, new Set(catalog.map((c) => c.id))) : {};

  const { scorecard, cannotJudge } = await auditLive(args, deps, secrets, local, (facts, overrides) => {
    if (facts.current_user.ok && !facts.current_user.value.is_admin) {
      deps.stderr.write("note: the token's user is not an administrator; most checks cannot be assessed\n");
    }
    const judged = evaluate(facts, { now: deps.now(), overrides, catalog });
    const why = cannotJudgeWhy(judged, facts, args.minCoverage);
    // The collector's messages name parts, never values; scrubbed anyway like every line.
    return { scorecard: why === null ? judged : withhold(judged, scrub(why.report, secrets)), cannotJudge: why === null ? null : scrub(why.line, secrets) };
  });
  const toFile = args.output !== null;
  const color =
    args.format === "text" && !args.noColor && !toFile && deps.stdout.isTTY === true && !deps.env.NO_COLOR && deps.env.TERM !== "dumb";
  const report = render(args.format, scorecard, { color, toolVersion: deps.version, texts: args.texts });

  if (args.output !== null) {
    try {
      await deps.writeFile(args.output, report);
    } catch (err) {
      throw new CliError(`cannot write ${args.output}: ${oneLine(err, secrets)}`);
    }
    deps.stderr.write(`wrote ${args.format} report to ${args.output}: score ${scorecard.score ?? "–"}, grade ${scorecard.grade}\n`);
  } else {
    deps.stdout.write(report);
  }

  if (cannotJudge !== null) {
    deps.stderr.write(`ha-security-scorecard: cannot judge ${shown(args.url)}: ${cannotJudge}\n`);
    return EXIT.cannotAudit;
  }
  if (args.threshold) {
    const why = shortfall(scorecard, args.threshold);
    if (why !== null) {
      deps.stderr.write(`${why}\n`);
      return EXIT.belowThreshold;
    }
  }
  return EXIT.ok;
}

interface AuditValues {
  url?: string;
  token?: string;
  format?: string;
  output?: string;
  lang?: string;
  "fail-under"?: string;
  "min-coverage"?: string;
  accept?: string;
  "no-color"?: boolean;
  "no-sync"?: boolean;
  help?: boolean;
}

function checkArgs(values: AuditValues, deps: CliDeps<Closable>): AuditArgs {
  const rawUrl = values.url;
  if (!rawUrl) throw new CliError("missing --url: give the Home Assistant URL, e.g. --url http://homeassistant.local:8123");
  const url = checkUrl(rawUrl);
  const token = values.token ?? deps.env.HASS_TOKEN ?? "";
  if (token.trim() === "") throw new CliError("missing token: set HASS_TOKEN (or pass --token) to a long-lived access token of an administrator");
  const format = values.format ?? "text";
  if (!isFormat(format)) throw new CliError(`invalid --format "${format}": use one of ${FORMATS.join(", ")}`);
  const failUnder = values["fail-under"];
  return {
    url,
    token: token.trim(),
    format,
    output: values.output ?? null,
    texts: textsForArgs(values.lang, deps.env),
    threshold: failUnder === undefined ? null : parseThreshold(failUnder),
    minCoverage: parseMinCoverage(values["min-coverage"]),
    acceptFile: values.accept ?? null,
    noColor: values["no-color"] === true,
    sync: values["no-sync"] !== true,
  };
}

/** An http(s) URL. Userinfo is refused: the token is the only credential, and it goes in a header. */
function checkUrl(raw: string): string {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new CliError("invalid --url: not a URL; give e.g. http://homeassistant.local:8123");
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") throw new CliError(`invalid --url: use http:// or https://, not ${u.protocol}//`);
  if (u.username || u.password) throw new CliError("invalid --url: must not contain a user name or password; use HASS_TOKEN");
  return raw;
}

/** The URL as safe to print: scheme, host and port. */
function shown(url: string): string {
  return new URL(url).origin;
}


/**
 * Why this audit cannot be judged, or null: the collection was cut (exit 2 whatever the
 * score), or too few checks were assessed. `line` for stderr, `report` for the report.
 */
function cannotJudgeWhy(sc: Scorecard, facts: Facts, minCoverage: number): { line: string; report: string } | null {
  const cut = cutParts(facts);
  if (cut.length > 0) {
    const what = `the collection was cut; missing: ${cut.join("; ")}`;
    return { line: `${what}. Run the audit again.`, report: what };
  }
  const short = coverageShortfall(coverageOf(sc.categories.flatMap((c) => c.checks)), minCoverage);
  if (short === null) return null;
  const advice = missingAdvice(sc, facts);
  const what = `${short}${advice ? `; ${advice}` : ""}`;
  return { line: what, report: what };
}

interface Judged {
  readonly scorecard: Scorecard;
  /** Why the run cannot be judged (exit 2), or null. */
  readonly cannotJudge: string | null;
}

/**
 * Collects, reads the integration's decisions, judges and (unless --no-sync) mirrors the
 * result into the backend, on one connection.
 */
async function auditLive<C extends Closable>(
  args: AuditArgs,
  deps: CliDeps<C>,
  secrets: readonly string[],
  local: Decisions,
  judge: (facts: Facts, overrides: Decisions) => Judged,
): Promise<Judged> {
  const where = shown(args.url);
  let conn: C;
  try {
    conn = await deps.openConnection(args.url, args.token);
  } catch (err) {
    // AuditConnectionError messages already say what went wrong (refused token, unreachable …).
    const prefix = connectionErrorKind(err) ? "" : "connection failed: ";
    throw new CliError(`cannot audit ${where}: ${prefix}${oneLine(err, secrets)}`);
  }
  try {
    let facts: Facts;
    try {
      facts = await deps.collectFacts(conn, { loginProviders: () => deps.fetchLoginProviders(args.url), now: () => deps.now() });
    } catch (err) {
      throw new CliError(`cannot audit ${where}: ${oneLine(err, secrets)}`);
    }
    const decisions = await serverDecisions(conn, facts, local, args, deps, secrets);
    const judged = judge(facts, decisions.overrides);
    // A partial result would clear Repairs issues of checks it could not assess; one judged
    // with other decisions than the card's would flap them.
    if (args.sync && deps.sync && judged.cannotJudge === null && decisions.agreed && backendSyncable(facts)) {
      const payload = syncPayload(judged.scorecard);
      if (payload !== null) {
        // Repairs are a convenience: a refused sync is worth a note, not a failed audit.
        await deps.sync(conn, payload).catch((err: unknown) => {
          deps.stderr.write(`note: could not update Repairs: ${oneLine(err, secrets)}\n`);
        });
      }
    }
    return judged;
  } finally {
    try {
      conn.close();
    } catch {
      // Closing a broken socket can throw; the audit's outcome is already decided.
    }
  }
}

/** The integration is loaded and the caller is an administrator (sync is admin-only). */
function backendSyncable(facts: Facts): boolean {
  return (
    facts.config.ok &&
    facts.config.value.components.includes("security_scorecard") &&
    facts.current_user.ok &&
    facts.current_user.value.is_admin
  );
}

interface AppliedDecisions {
  readonly overrides: Decisions;
  /** The overrides are the ones every judge applies: a sync may carry them. */
  readonly agreed: boolean;
}

/**
 * The decisions this audit applies: the integration's, which win for the same check, then
 * the --accept file's. When the audit syncs, --accept entries the integration lacks are
 * imported into it first, so the card and later audits apply them too.
 */
async function serverDecisions<C extends Closable>(
  conn: C,
  facts: Facts,
  local: Decisions,
  args: AuditArgs,
  deps: CliDeps<C>,
  secrets: readonly string[],
): Promise<AppliedDecisions> {
  // A cut collection is not judged at all (cannotJudgeWhy): nothing to ask a server that went away.
  if (!backendSyncable(facts) || deps.readDecisions === undefined || cutParts(facts).length > 0) return { overrides: local, agreed: true };
  let server: Decisions;
  try {
    server = await deps.readDecisions(conn);
  } catch (err) {
    // An integration from before decisions keeps none: nothing to disagree with.
    if (err instanceof DecisionsError && err.unsupported) return { overrides: local, agreed: true };
    deps.stderr.write(`note: could not read the integration's decisions (${oneLine(err, secrets)}); Repairs not updated\n`);
    return { overrides: local, agreed: false };
  }
  let combined = combineDecisions(server, local);
  if (combined.overruled.length > 0) {
    deps.stderr.write(`note: --accept: the integration's own decision applies to ${combined.overruled.join(", ")}\n`);
  }
  if (combined.localOnly.length === 0 || !args.sync) return { overrides: combined.overrides, agreed: combined.localOnly.length === 0 };
  const imported: string[] = [];
  let agreed = deps.decide !== undefined;
  for (const id of combined.localOnly) {
    const decision = local[id];
    if (decision === undefined || deps.decide === undefined) continue;
    try {
      server = await deps.decide(conn, id, decision);
      imported.push(id);
    } catch (err) {
      agreed = false;
      deps.stderr.write(`note: --accept: could not import ${id} into the integration (${oneLine(err, secrets)})\n`);
    }
  }
  if (imported.length > 0) deps.stderr.write(`imported ${imported.length} decision${imported.length > 1 ? "s" : ""} from --accept into the integration: ${imported.join(", ")}\n`);
  combined = combineDecisions(server, local);
  if (!agreed) deps.stderr.write("note: Repairs not updated: this audit applies decisions the integration does not keep\n");
  return { overrides: combined.overrides, agreed };
}
