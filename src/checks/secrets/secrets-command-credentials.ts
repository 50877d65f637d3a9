import { fail, pass, req } from "../result.js";
import type { Check } from "../types.js";
import { cappedPlaces, literalsWhere } from "./outline.js";

const commands = literalsWhere((f) => f.command_credentials);

export const secretsCommandCredentials: Check = {
  id: "secrets-command-credentials",
  category: "secrets",
  title: "Shell commands in YAML carry no credentials",
  severity: "high",
  why: "A `shell_command` or `command_line` entry with `-u user:pass`, `--password …` or an `Authorization:` header holds the credential in plain text, and it is also visible in the process list while it runs.",
  fix: "Move the whole command into secrets.yaml and reference it with `!secret`, or let the command read the credential from a file outside the config folder (for example a curl `--netrc-file`).",
  learnMoreUrl: "https://www.home-assistant.io/docs/configuration/secrets/",
  needs: ["outline"],
  evaluate(facts) {
    const found = commands(req(facts.outline));
    if (found.length === 0) return pass();
    return fail(cappedPlaces(found, () => "is a command with a credential on its command line"), { placeholders: { count: String(found.length) } });
  },
};
