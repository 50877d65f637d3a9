import type { GitIgnoreTarget } from "../../facts/types.js";
import { ev, fail, notApplicable, pass, req, warn } from "../result.js";
import type { Check } from "../types.js";

/** Missing these publishes secrets or every credential Home Assistant stores. */
const MUST: readonly GitIgnoreTarget[] = ["secrets.yaml", ".storage/"];
/** Missing these publishes history, logs with addresses, cloud keys, banned IPs. */
const SHOULD: readonly GitIgnoreTarget[] = ["*.db", "*.log", ".cloud/", "ip_bans.yaml"];

export const secretsGitIgnore: Check = {
  id: "secrets-git-ignore",
  category: "secrets",
  title: "A config folder under git ignores secrets and private data",
  severity: "high",
  why: "A config folder pushed to a git host without ignore rules publishes secrets.yaml and .storage/ (password hashes, access tokens, integration credentials) to anyone who can read the repository.",
  fix: "Add `secrets.yaml`, `.storage/`, `.cloud/`, `*.db`, `*.log` and `ip_bans.yaml` to `.gitignore`; if any was ever committed, remove it from history and rotate the credentials.",
  learnMoreUrl: "https://www.home-assistant.io/docs/configuration/secrets/",
  needs: ["files"],
  evaluate(facts) {
    const git = req(facts.files).git;
    if (git === null) return notApplicable("The config folder is not a git working tree.");
    const missingMust = MUST.filter((t) => !git.ignored[t]);
    const missingShould = SHOULD.filter((t) => !git.ignored[t]);
    const evidence = [
      ...missingMust.map((t) => ev(`${t} is not ignored by git`, ".gitignore")),
      ...missingShould.map((t) => ev(`${t} is not ignored by git`, ".gitignore")),
    ];
    if (missingMust.length > 0) return fail(evidence);
    if (missingShould.length > 0) {
      // Partial credit: share of the lesser targets that are covered.
      return warn(evidence, { credit: 0.5 + 0.5 * (1 - missingShould.length / SHOULD.length) });
    }
    return pass(ev(`secrets.yaml, .storage/ and the other private paths are ignored (checked with ${git.method})`));
  },
};
