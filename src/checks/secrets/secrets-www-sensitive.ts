import { ev, fail, pass, req } from "../result.js";
import type { Check } from "../types.js";
import { capped } from "./outline.js";

export const secretsWwwSensitive: Check = {
  id: "secrets-www-sensitive",
  category: "secrets",
  title: "Nothing sensitive is in the www folder",
  severity: "high",
  why: "Files in the config folder's www/ are served at /local/ to anyone who can reach Home Assistant, without logging in; a backup, key, database or YAML file there is public.",
  fix: "Move the listed files out of www/ (and rotate any credentials they contain); keep only images, cards and other public assets there.",
  learnMoreUrl: "https://www.home-assistant.io/integrations/http/#hosting-files",
  needs: ["files"],
  evaluate(facts) {
    const found = req(facts.files).www_sensitive;
    if (found.length === 0) return pass();
    const evidence = found.map((p) => {
      const rel = p.startsWith("www/") ? p.slice(4) : p;
      return ev(`www/${rel} is served without login at /local/${rel}`, `www/${rel}`);
    });
    return fail(capped(evidence), { placeholders: { count: String(found.length) } });
  },
};
