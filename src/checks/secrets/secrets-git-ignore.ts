import { defineCheck } from "../define.js";
import type { GitIgnoreTarget } from "../../facts/types.js";
import { ev, fail, notApplicable, pass, req, warn } from "../result.js";
import type { Check } from "../types.js";

/** Missing these publishes secrets or every credential Home Assistant stores. */
const MUST: readonly GitIgnoreTarget[] = ["secrets.yaml", ".storage/"];
/** Missing these publishes history, logs with addresses, cloud keys, banned IPs. */
const SHOULD: readonly GitIgnoreTarget[] = ["*.db", "*.log", ".cloud/", "ip_bans.yaml"];

export const secretsGitIgnore: Check = defineCheck({
  id: "secrets-git-ignore",
  category: "secrets",
  severity: "high",
  learnMoreUrl: "https://www.home-assistant.io/docs/configuration/secrets/",
  needs: ["files"],
  evaluate(facts) {
    const git = req(facts.files).git;
    if (git === null) return notApplicable("not_git");
    const missingMust = MUST.filter((t) => !git.ignored[t]);
    const missingShould = SHOULD.filter((t) => !git.ignored[t]);
    const evidence = [
      ...missingMust.map((t) => ev("secrets-git-ignore.not_ignored", { target: t }, ".gitignore")),
      ...missingShould.map((t) => ev("secrets-git-ignore.not_ignored", { target: t }, ".gitignore")),
    ];
    if (missingMust.length > 0) return fail(evidence);
    if (missingShould.length > 0) {
      // Partial credit: share of the lesser targets that are covered.
      return warn(evidence, { credit: 0.5 + 0.5 * (1 - missingShould.length / SHOULD.length) });
    }
    return pass(ev("secrets-git-ignore.all_ignored", { method: git.method }));
  },
});
