import { defineCheck } from "../define.js";
import { fail, pass, req } from "../result.js";
import type { Check } from "../types.js";
import { cappedPlaces, literalsWhere } from "./outline.js";

const commands = literalsWhere((f) => f.command_credentials);

export const secretsCommandCredentials: Check = defineCheck({
  id: "secrets-command-credentials",
  category: "secrets",
  severity: "high",
  learnMoreUrl: "https://www.home-assistant.io/docs/configuration/secrets/",
  needs: ["outline"],
  evaluate(facts) {
    const found = commands(req(facts.outline));
    if (found.length === 0) return pass();
    return fail(cappedPlaces(found, () => "secrets-command-credentials.found"), { placeholders: { count: String(found.length) } });
  },
});
