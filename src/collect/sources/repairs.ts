/** `repairs/list_issues` — homeassistant/components/repairs/websocket_api.py ws_list_issues. */
import { array, boolean, enums, nullable, optional, string, type, type Infer } from "superstruct";
import type { RepairIssue } from "../../facts/types.js";

export const RepairsStruct = type({
  issues: array(
    type({
      domain: string(),
      issue_id: string(),
      severity: enums(["critical", "error", "warning"]),
      ignored: boolean(),
      learn_more_url: optional(nullable(string())),
      translation_key: optional(nullable(string())),
      created: optional(nullable(string())),
    }),
  ),
});

export function mapRepairs(raw: Infer<typeof RepairsStruct>): readonly RepairIssue[] {
  return raw.issues.map((i) => ({
    domain: i.domain,
    issue_id: i.issue_id,
    severity: i.severity,
    ignored: i.ignored,
    learn_more_url: i.learn_more_url ?? null,
    translation_key: i.translation_key ?? null,
    created: i.created ?? null,
  }));
}
