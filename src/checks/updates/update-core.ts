import { defineCheck } from "../define.js";
import { advisoriesFor } from "../../data/advisories.js";
import { ev, fail, notAssessed, opt, pass, warn, msg } from "../result.js";
import type { Check, Severity } from "../types.js";
import { CORE_ENTITY, daysSince, isPending, isSkipped, pendingFor, versions } from "./pending.js";

/** A release gets a week of grace; after a month it is a release cycle behind. */
const GRACE_DAYS = 7;
const CRITICAL_DAYS = 30;

export const updateCore: Check = defineCheck({
  id: "update-core",
  category: "updates",
  severity: "high",
  learnMoreUrl: "https://www.home-assistant.io/common-tasks/os/#updating-home-assistant",
  fixPath: "/config/updates",
  needs: ["updates", "supervisor", "config"],
  optional: ["updates", "supervisor", "config"],
  evaluate(facts, ctx) {
    const entity = opt(facts.updates)?.find((u) => u.entity_id === CORE_ENTITY || (u.platform === "hassio" && u.title === "Home Assistant Core"));
    const sup = opt(facts.supervisor)?.core;
    const running = opt(facts.config)?.version ?? sup?.version ?? entity?.installed_version ?? null;
    if (entity === undefined && sup === undefined) {
      return notAssessed("update-core.no_source");
    }
    const pending = (entity !== undefined && isPending(entity)) || sup?.update_available === true;
    const latest = entity?.latest_version ?? sup?.version_latest ?? null;
    if (!pending) return pass(ev("update-core.latest", { version: running ?? "?" }));

    const days = entity !== undefined && entity.state === "on" ? daysSince(entity.last_changed, ctx.now) : null;
    const advisories = advisoriesFor(running, null);
    const skipped = entity !== undefined && isSkipped(entity) ? msg("common.skipped") : "";
    const evidence = [ev("update-core.pending", { versions: versions(running, latest), skipped, pending: pendingFor(days) })];
    for (const a of advisories) evidence.push(ev("update-core.advisory", { advisory: a.id, version: running ?? "?", fixed: a.fixedIn, url: a.url }));

    let severity: Severity | undefined;
    if (advisories.length > 0 || (days !== null && days > CRITICAL_DAYS)) severity = "critical";
    const extra = { ...(severity ? { severity } : {}), placeholders: { installed: running ?? "", latest: latest ?? "" } };
    if (advisories.length === 0 && days !== null && days <= GRACE_DAYS) return warn(evidence, extra);
    return fail(evidence, extra);
  },
});
