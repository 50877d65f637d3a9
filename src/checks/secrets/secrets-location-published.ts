import { ev, notApplicable, pass, req, warn, fail } from "../result.js";
import type { Check, Evidence } from "../types.js";
import { entries, formatPath } from "./outline.js";

export const secretsLocationPublished: Check = {
  id: "secrets-location-published",
  category: "secrets",
  title: "A versioned config keeps the home location in secrets.yaml",
  severity: "low",
  why: "A config folder kept in git is often published; literal `latitude`/`longitude` under `homeassistant:` then tell everyone where you live.",
  fix: "Use `latitude: !secret home_latitude` and `longitude: !secret home_longitude` (or set the location in Settings → System → General instead of YAML).",
  learnMoreUrl: "https://www.home-assistant.io/docs/configuration/basic/",
  fixPath: "/config/general",
  needs: ["files", "outline"],
  evaluate(facts) {
    const git = req(facts.files).git;
    if (git === null) return notApplicable("The config folder is not a git working tree.");
    const literal: Evidence[] = [];
    let seen = 0;
    for (const loc of entries(req(facts.outline))) {
      const [root, key, ...rest] = loc.path;
      if (root !== "homeassistant" || (key !== "latitude" && key !== "longitude") || rest.length > 0) continue;
      seen++;
      if (loc.entry.tag === null && loc.entry.type !== "null") {
        literal.push(ev(`${loc.file.path}:${loc.entry.line} ${formatPath(loc.path)} is a literal coordinate`, loc.file.path, loc.entry.line));
      }
    }
    if (literal.length === 0) {
      return pass(ev(seen > 0 ? "The home coordinates in YAML use !secret" : "The home coordinates are not set in YAML"));
    }
    // One literal coordinate still narrows the location down: warn; both: fail.
    return literal.length === 2 ? fail(literal) : warn(literal);
  },
};
