/**
 * Loaded integrations: `manifest/list` (homeassistant/components/websocket_api/commands.py
 * handle_manifest_list; `is_built_in` is set on the manifest in homeassistant/loader.py)
 * joined with `config_entries/get` (homeassistant/config_entries.py ConfigEntry.as_json_fragment).
 */
import { array, boolean, optional, string, type, type Infer } from "superstruct";
import type { IntegrationInfo } from "../../facts/types.js";

export const ManifestListStruct = array(
  type({ domain: string(), name: string(), is_built_in: boolean(), version: optional(string()) }),
);

export const ConfigEntriesStruct = array(type({ domain: string(), state: string() }));

/**
 * ConfigEntryState values that mean "set up and broke" (homeassistant/config_entries.py).
 * loaded, not_loaded (also disabled/ignored entries), setup_in_progress and
 * unload_in_progress are not failures.
 */
export const FAILED_ENTRY_STATES: ReadonlySet<string> = new Set(["setup_error", "setup_retry", "migration_error", "failed_unload"]);

export function mapIntegrations(
  manifests: Infer<typeof ManifestListStruct>,
  entries: Infer<typeof ConfigEntriesStruct> | null,
): readonly IntegrationInfo[] {
  const count = new Map<string, { entries: number; failed: number }>();
  for (const e of entries ?? []) {
    const c = count.get(e.domain) ?? { entries: 0, failed: 0 };
    c.entries += 1;
    if (FAILED_ENTRY_STATES.has(e.state)) c.failed += 1;
    count.set(e.domain, c);
  }
  return manifests.map((m) => ({
    domain: m.domain,
    name: m.name,
    is_built_in: m.is_built_in,
    version: m.version ?? null,
    entries: count.get(m.domain)?.entries ?? 0,
    entries_failed: count.get(m.domain)?.failed ?? 0,
  }));
}
