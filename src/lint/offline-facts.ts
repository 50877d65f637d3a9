/**
 * Facts for offline mode (lint-config): the outline and the file facts come from the
 * folder; everything live is "not observable offline", so the evaluator marks the checks
 * that need it as not assessed, and the outline/files-only checks run.
 */
import { available, unavailable } from "../facts/fact.js";
import type { Facts, FilesFacts, Outline } from "../facts/types.js";

export const OFFLINE_SOURCE = "lint-config";
const OFFLINE_MESSAGE = "not observable offline: lint-config reads files only";

function offline<T>(source: string): ReturnType<typeof unavailable<T>> {
  return unavailable<T>(source, "offline", OFFLINE_MESSAGE);
}

export function offlineFacts(outline: Outline, files: FilesFacts, now: Date): Facts {
  return {
    schema_version: 1,
    collected_at: now.toISOString(),
    mode: "offline",
    config: offline("get_config"),
    current_user: offline("auth/current_user"),
    users: offline("config/auth/list"),
    own_tokens: offline("auth/refresh_tokens"),
    login_providers: offline("/auth/providers"),
    updates: offline("update entities"),
    integrations: offline("manifest/list"),
    repairs: offline("repairs/list_issues"),
    cloud: offline("cloud/status"),
    backup: offline("backup/info"),
    supervisor: offline("supervisor"),
    http: offline("security_scorecard/facts"),
    auth_providers: offline("security_scorecard/facts"),
    accounts: offline("security_scorecard/facts"),
    tokens: offline("security_scorecard/facts"),
    host: offline("security_scorecard/facts"),
    files: available(OFFLINE_SOURCE, files),
    outline: available(OFFLINE_SOURCE, outline),
    addon_settings: offline("security_scorecard/facts"),
  };
}
