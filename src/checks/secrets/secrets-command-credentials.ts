import { fail, pass, req } from "../result.js";
import type { Check } from "../types.js";
import { capped, literalStrings, placeEvidence } from "./outline.js";

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
    const found = [];
    for (const loc of literalStrings(req(facts.outline))) {
      if (loc.features.command_credentials) found.push(placeEvidence(loc, "is a command with a credential on its command line"));
    }
    if (found.length === 0) return pass();
    return fail(capped(found), { placeholders: { count: String(found.length) } });
  },
};
