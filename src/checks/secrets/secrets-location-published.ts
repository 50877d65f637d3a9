import { defineCheck } from "../define.js";
import { incompleteAt } from "../outline-query.js";
import { ev, notApplicable, notAssessed, pass, req, warn, fail } from "../result.js";
import type { Check, Evidence } from "../types.js";
import { entries, formatPath } from "./outline.js";

export const secretsLocationPublished: Check = defineCheck({
  id: "secrets-location-published",
  category: "secrets",
  severity: "low",
  learnMoreUrl: "https://www.home-assistant.io/docs/configuration/basic/",
  fixPath: "/config/general",
  needs: ["files", "outline"],
  evaluate(facts) {
    const git = req(facts.files).git;
    if (git === null) return notApplicable("not_git");
    const literal: Evidence[] = [];
    let seen = 0;
    const outline = req(facts.outline);
    for (const loc of entries(outline)) {
      const [root, key, ...rest] = loc.path;
      if (root !== "homeassistant" || (key !== "latitude" && key !== "longitude") || rest.length > 0) continue;
      seen++;
      if (loc.entry.tag === null && loc.entry.type !== "null") {
        literal.push(ev("secrets-location-published.literal", { path: formatPath(loc.path) }, loc.file.path, loc.entry.line));
      }
    }
    if (literal.length === 0) {
      const unread = incompleteAt(outline, ["homeassistant"]);
      if (unread !== null) return notAssessed(unread);
      return pass(ev(seen > 0 ? "secrets-location-published.secret" : "secrets-location-published.not_set"));
    }
    // One literal coordinate still narrows the location down: warn; both: fail.
    return literal.length === 2 ? fail(literal) : warn(literal);
  },
});
