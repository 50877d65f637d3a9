/**
 * `lint-config [DIR]`: audit a Home Assistant config folder offline (no running instance):
 * build the config outline (with the integration's Python builder, src/lint/outline.ts)
 * and the file facts, judge the checks that read only those, print the same reports as
 * `audit`. Made for pre-commit hooks and CI before publishing a configuration. Evidence
 * names file:line and key paths, never values.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { CATALOG } from "../checks/catalog.js";
import type { Check, Evidence, Severity } from "../checks/types.js";
import type { Facts, Outline } from "../facts/types.js";
import { collectFilesOffline } from "../lint/files.js";
import { offlineFacts } from "../lint/offline-facts.js";
import { ConfigDirError, buildOutline } from "../lint/outline.js";
import type { Texts } from "../i18n/texts.js";
import { FORMATS, isFormat, render } from "../report/index.js";
import { evaluate } from "../score/evaluate.js";
import type { EvaluatedCheck, Scorecard } from "../score/types.js";
import { readOverrides } from "./accept.js";
import type { Closable, CliDeps } from "./deps.js";
import { CliError, EXIT, oneLine } from "./errors.js";
import { LANG_USAGE, textsForArgs } from "./lang.js";
import { coverageOf, coverageShortfall, missingAdvice, parseMinCoverage, unreadParts, withhold } from "./gate.js";
import { parseThreshold, shortfall, type Threshold } from "./threshold.js";

/**
 * Checks lint-config judges by default: every check the YAML files and the folder can
 * decide (test/unit/lint/offline-catalog.test.ts classifies the whole catalog, with reasons).
 * Left out, e.g.: secrets-file-permissions (a checkout's file modes say nothing about the
 * server's). `--all` runs the whole catalog; the rest is then "not assessed".
 */
export const OFFLINE_CHECK_IDS: readonly string[] = [
  "secrets-plaintext-credential",
  "secrets-url-credentials",
  "secrets-url-query-key",
  "secrets-literal-auth-header",
  "secrets-command-credentials",
  "secrets-git-ignore",
  "secrets-location-published",
  "secrets-www-sensitive",
  "config-allowlist-external-dirs",
  "config-outline-errors",
  "net-webhook-guessable",
  "net-tls",
  "net-external-url-https",
  "net-default-port",
  "net-trusted-proxies",
  "net-cors-wildcard",
  "net-ip-ban",
  "net-login-threshold",
  "net-ssl-profile",
  "net-x-frame-options",
  "net-server-host",
  "auth-trusted-networks-broad",
  "auth-trusted-networks-bypass",
  "auth-legacy-api-password",
  "auth-mfa-module-available",
];

const FAIL_ON = ["critical", "high", "medium", "low", "none"] as const;
type FailOn = (typeof FAIL_ON)[number];
const SEVERITY_RANK: Readonly<Record<Severity, number>> = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };

export const LINT_CONFIG_USAGE = `Usage: ha-security-scorecard lint-config [DIR] [options]

Audit a Home Assistant configuration folder offline, without a running instance: literal
credentials (passwords, tokens, URLs with passwords or keys, Bearer/Basic headers,
credentials in shell commands), webhook ids, trusted networks and proxies, CORS, IP
bans, allow-listed folders, git ignore rules and files served from www/. DIR defaults to
the current folder. Findings name file:line and the key path, never the value.

Options:
  --format FORMAT       Report format: ${FORMATS.join(", ")} (default: text). SARIF file
                        paths are relative to the current folder (%SRCROOT%)
  --output FILE         Write the report to FILE instead of standard output
${LANG_USAGE}
  --fail-on SEVERITY    Exit 1 when a check of this severity or worse fails: critical,
                        high, medium, low, or none (default: high)
  --fail-under LIMIT    Also exit 1 when the score is below LIMIT (0-100) or the grade is
                        below LIMIT (A+, A, A-, B+, ..., F)
  --min-coverage PCT    Exit 2 ("cannot judge", no grade) when fewer than PCT % of the
                        applicable offline checks could be assessed (default 80; counted
                        over the offline checks, also with --all)
  --accept FILE         YAML or JSON mapping of check id to {kind: risk_accepted|mitigated,
                        reason: "..."}: findings you accept or have mitigated elsewhere
                        (an accepted finding never triggers --fail-on)
  --all                 Show every check, including the ones that need a running instance
                        (reported as not assessed); by default only offline checks are shown
  --python PATH         The Python (3.9 or newer) that builds the outline (default: python3).
                        Without PyYAML there, PyYAML is installed once into a private venv
                        under $XDG_CACHE_HOME (or ~/.cache)/ha-security-scorecard/
  --no-color            No ANSI colour in the text report (also: NO_COLOR set, or not a terminal)
  -h, --help            Show this help

Exit codes: 0 no failing check at or above --fail-on (and --fail-under met), 1 otherwise,
2 cannot run or cannot judge (invalid arguments, DIR is not a folder, no usable Python,
part of the config not read: a file unreadable or over a limit; coverage below --min-coverage). 2 wins over 1.
`;

const OPTIONS = {
  format: { type: "string" },
  output: { type: "string" },
  lang: { type: "string" },
  "fail-on": { type: "string" },
  "fail-under": { type: "string" },
  "min-coverage": { type: "string" },
  accept: { type: "string" },
  all: { type: "boolean" },
  python: { type: "string" },
  "no-color": { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

export const LINT_CONFIG_OPTIONS: readonly string[] = Object.keys(OPTIONS);

interface LintArgs {
  readonly dir: string;
  readonly format: (typeof FORMATS)[number];
  readonly output: string | null;
  readonly texts: Texts;
  readonly failOn: FailOn;
  readonly threshold: Threshold | null;
  readonly minCoverage: number;
  readonly acceptFile: string | null;
  readonly all: boolean;
  readonly python: string | null;
  readonly noColor: boolean;
}

export async function runLintConfig<C extends Closable>(argv: readonly string[], deps: CliDeps<C>): Promise<number> {
  const { values, positionals } = parseArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: true });
  if (values.help) {
    deps.stdout.write(LINT_CONFIG_USAGE);
    return EXIT.ok;
  }
  const args = checkArgs(values, positionals, deps.env);
  const fullCatalog = deps.catalog ?? CATALOG;
  const catalog = args.all ? fullCatalog : offlineCatalog(fullCatalog);
  const overrides = args.acceptFile ? await readOverrides(args.acceptFile, deps, new Set(fullCatalog.map((c) => c.id))) : {};

  let outline;
  try {
    outline = await buildOutline(args.dir, {
      python: args.python,
      // The process's environment with the caller's on top (PATH finds python3, pip reads its settings).
      env: { ...process.env, ...deps.env },
      notice: (line) => deps.stderr.write(`ha-security-scorecard: ${line}\n`),
    });
  } catch (err) {
    if (err instanceof ConfigDirError) throw new CliError(`${args.dir} is not a folder; give the Home Assistant config folder`);
    if (err instanceof CliError) throw err;
    throw new CliError(`cannot read ${args.dir}: ${oneLine(err)}`);
  }
  const files = await collectFilesOffline(args.dir);
  const now = deps.now();
  const facts = offlineFacts(outline, files, now);
  const judged = evaluate(facts, { now, overrides, catalog });
  const cannotJudge = cannotJudgeWhy(judged, facts, outline, args.minCoverage);
  const evaluated = cannotJudge === null ? judged : withhold(judged, cannotJudge);
  // SARIF paths are %SRCROOT%-relative (the repository root, here the current folder).
  const scorecard = args.format === "sarif" ? relocate(evaluated, args.dir, process.cwd()) : evaluated;

  const errors = outline.files.filter((f) => f.error !== null).length;
  if (errors > 0) deps.stderr.write(`note: ${errors} file(s) could not be read completely; see config-outline-errors\n`);

  const toFile = args.output !== null;
  const color = args.format === "text" && !args.noColor && !toFile && deps.stdout.isTTY === true && !deps.env.NO_COLOR && deps.env.TERM !== "dumb";
  const report = render(args.format, scorecard, { color, toolVersion: deps.version, texts: args.texts });
  if (args.output !== null) {
    try {
      await deps.writeFile(args.output, report);
    } catch (err) {
      throw new CliError(`cannot write ${args.output}: ${oneLine(err)}`);
    }
    deps.stderr.write(`wrote ${args.format} report to ${args.output}: score ${scorecard.score ?? "–"}, grade ${scorecard.grade}\n`);
  } else {
    deps.stdout.write(report);
  }

  let code: number = EXIT.ok;
  if (cannotJudge !== null) {
    deps.stderr.write(`ha-security-scorecard: cannot judge ${args.dir}: ${cannotJudge}\n`);
    code = EXIT.cannotAudit;
  }
  const failing = failingAtOrAbove(scorecard, args.failOn);
  if (failing.length > 0) {
    deps.stderr.write(`${failing.length} failing check(s) at or above --fail-on ${args.failOn}: ${failing.map((e) => e.check.id).join(", ")}\n`);
    if (code === EXIT.ok) code = EXIT.belowThreshold;
  }
  if (args.threshold && cannotJudge === null) {
    const why = shortfall(scorecard, args.threshold);
    if (why !== null) {
      deps.stderr.write(`${why}\n`);
      code = EXIT.belowThreshold;
    }
  }
  return code;
}

interface LintValues {
  format?: string;
  output?: string;
  lang?: string;
  "fail-on"?: string;
  "fail-under"?: string;
  "min-coverage"?: string;
  accept?: string;
  all?: boolean;
  python?: string;
  "no-color"?: boolean;
  help?: boolean;
}

function checkArgs(values: LintValues, positionals: readonly string[], env: Readonly<Record<string, string | undefined>>): LintArgs {
  if (positionals.length > 1) throw new CliError("lint-config takes one folder; see --help");
  if (values.python === "") throw new CliError("--python needs the path of a Python interpreter");
  const format = values.format ?? "text";
  if (!isFormat(format)) throw new CliError(`invalid --format "${format}": use one of ${FORMATS.join(", ")}`);
  const failOn = (values["fail-on"] ?? "high").toLowerCase();
  if (!(FAIL_ON as readonly string[]).includes(failOn)) throw new CliError(`invalid --fail-on "${values["fail-on"] ?? ""}": use one of ${FAIL_ON.join(", ")}`);
  const failUnder = values["fail-under"];
  return {
    dir: positionals[0] ?? ".",
    format,
    output: values.output ?? null,
    texts: textsForArgs(values.lang, env),
    failOn: failOn as FailOn,
    threshold: failUnder === undefined ? null : parseThreshold(failUnder),
    minCoverage: parseMinCoverage(values["min-coverage"]),
    acceptFile: values.accept ?? null,
    all: values.all === true,
    python: values.python ?? null,
    noColor: values["no-color"] === true,
  };
}

/**
 * Why this lint cannot be judged, or null: part of the config folder was not read (a file
 * unreadable or over a limit, the walk stopped), or too few offline checks were assessed.
 * Coverage counts the checks lint-config judges by default (the offline ones), also with
 * --all: the checks that need a running instance are never assessed offline.
 */
function cannotJudgeWhy(sc: Scorecard, facts: Facts, outline: Outline, minCoverage: number): string | null {
  const unread = unreadParts(outline);
  if (unread.length > 0) return `the config was not read whole; not read: ${unread.join("; ")}`;
  const offline = new Set(OFFLINE_CHECK_IDS);
  const short = coverageShortfall(coverageOf(sc.categories.flatMap((c) => c.checks).filter((e) => offline.has(e.check.id))), minCoverage);
  if (short === null) return null;
  const advice = missingAdvice(sc, facts);
  return `${short.replace("applicable checks", "applicable offline checks")}${advice ? `; ${advice}` : ""}`;
}

export function offlineCatalog(catalog: readonly Check[]): Check[] {
  return catalog.filter((c) => OFFLINE_CHECK_IDS.includes(c.id));
}

/** Failing checks (not accepted or mitigated) at or above the severity; none for "none". */
export function failingAtOrAbove(sc: Scorecard, failOn: FailOn): EvaluatedCheck[] {
  if (failOn === "none") return [];
  const limit = SEVERITY_RANK[failOn];
  return sc.categories.flatMap((c) => c.checks).filter((e) => e.status === "fail" && e.override === null && SEVERITY_RANK[e.severity] <= limit);
}

/**
 * Evidence files are relative to the config folder; code scanning wants them relative to
 * the repository root (%SRCROOT%, the current folder). Rewrite when DIR is below it.
 */
export function relocate(sc: Scorecard, dir: string, cwd: string): Scorecard {
  const prefix = path.relative(cwd, path.resolve(cwd, dir)).split(path.sep).join("/");
  if (prefix === "" || prefix === ".." || prefix.startsWith("../") || path.isAbsolute(prefix)) return sc;
  const moved = new Map<EvaluatedCheck, EvaluatedCheck>();
  const move = (e: EvaluatedCheck): EvaluatedCheck => {
    let out = moved.get(e);
    if (out === undefined) {
      const evidence = e.result.evidence.map((ev): Evidence => (ev.file === undefined ? ev : { ...ev, file: `${prefix}/${ev.file}` }));
      out = { ...e, result: { ...e.result, evidence } };
      moved.set(e, out);
    }
    return out;
  };
  return {
    ...sc,
    categories: sc.categories.map((c) => ({ ...c, checks: c.checks.map(move) })),
    fixNext: sc.fixNext.map(move),
  };
}

