import { defineCheck } from "../define.js";
import { fail, req } from "../result.js";
import type { Check } from "../types.js";
import { cappedPlaces, literalsWhere, passIfWhole } from "./outline.js";

const commands = literalsWhere((f) => f.command_credentials);

export const secretsCommandCredentials: Check = defineCheck({
  id: "secrets-command-credentials",
  category: "secrets",
  severity: "high",
  learnMoreUrl: "https://www.home-assistant.io/docs/configuration/secrets/",
  needs: ["outline"],
  evaluate(facts) {
    const outline = req(facts.outline);
    const found = commands(outline);
    if (found.length === 0) return passIfWhole(outline);
    return fail(cappedPlaces(found, () => "secrets-command-credentials.found"), { placeholders: { count: String(found.length) } });
  },
});
