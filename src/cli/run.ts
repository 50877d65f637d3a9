/**
 * The CLI: `ha-security-scorecard <command> [options]`. Commands are a small table;
 * `lint-config` joins it later. Every failure is one line on stderr and an exit code
 * (errors.ts EXIT), never a stack trace and never the token.
 */
import { AUDIT_USAGE, runAudit } from "./audit.js";
import { LINT_CONFIG_USAGE, runLintConfig } from "./lint-config.js";
import { SCRUB_USAGE, runScrub } from "./scrub.js";
import type { Closable, CliDeps } from "./deps.js";
import { CliError, EXIT, oneLine } from "./errors.js";

export interface Command {
  readonly summary: string;
  readonly usage: string;
  run<C extends Closable>(argv: readonly string[], deps: CliDeps<C>): Promise<number>;
}

export const COMMANDS: Readonly<Record<string, Command>> = {
  audit: { summary: "Audit a running Home Assistant over its WebSocket API", usage: AUDIT_USAGE, run: runAudit },
  "lint-config": { summary: "Audit a config folder offline (pre-commit, CI): credentials, exposure, git", usage: LINT_CONFIG_USAGE, run: runLintConfig },
  scrub: { summary: "Copy a config folder ready to publish: secrets templated, personal terms replaced", usage: SCRUB_USAGE, run: runScrub },
};

export function mainUsage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return `Usage: ha-security-scorecard <command> [options]

Grade how exposed a Home Assistant instance is: a 0-100 score, a letter grade, and the
evidence and fix for each check.

Commands:
${lines.join("\n")}

Options:
  -h, --help     Show this help (or a command's: ha-security-scorecard audit --help)
  -v, --version  Show the version
`;
}

export async function runCli<C extends Closable>(argv: readonly string[], deps: CliDeps<C>): Promise<number> {
  const secrets = tokenCandidates(argv, deps);
  try {
    const [first, ...rest] = argv;
    if (first === undefined || first === "-h" || first === "--help" || first === "help") {
      deps.stdout.write(mainUsage());
      return first === undefined ? EXIT.cannotAudit : EXIT.ok;
    }
    if (first === "-v" || first === "--version") {
      deps.stdout.write(`${deps.version}\n`);
      return EXIT.ok;
    }
    const command = Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
    if (!command) throw new CliError(`unknown command "${first.startsWith("-") ? first : first.slice(0, 40)}"; try --help`);
    return await command.run(rest, deps);
  } catch (err) {
    deps.stderr.write(`ha-security-scorecard: ${describe(err, secrets)}\n`);
    return err instanceof CliError ? err.exitCode : EXIT.cannotAudit;
  }
}

/** One line for any failure; parseArgs errors are reworded so they never echo a stray value. */
function describe(err: unknown, secrets: readonly string[]): string {
  if (err instanceof CliError) return oneLine(err, secrets);
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === "string" && code.startsWith("ERR_PARSE_ARGS_")) {
    const msg = oneLine(err, secrets);
    if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") return "unexpected argument; options take the form --name value (see --help)";
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
      const opt = /'(-[^'\s]*)'/.exec(msg)?.[1];
      return `unknown option${opt ? ` ${opt}` : ""}; see --help`;
    }
    return `${msg.replace(/\.(\s.*)?$/, "")}; see --help`;
  }
  return `unexpected error: ${oneLine(err, secrets)}`;
}

/** Every value that may be the token, so no message can echo it. */
function tokenCandidates(argv: readonly string[], deps: CliDeps<Closable>): string[] {
  const out: string[] = [];
  if (deps.env.HASS_TOKEN) out.push(deps.env.HASS_TOKEN);
  argv.forEach((a, i) => {
    if (a === "--token" && argv[i + 1] !== undefined) out.push(argv[i + 1] as string);
    else if (a.startsWith("--token=")) out.push(a.slice("--token=".length));
  });
  return out.filter((s) => s.length > 0);
}
