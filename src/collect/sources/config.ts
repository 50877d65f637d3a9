/**
 * `get_config` — homeassistant/core.py Config.as_dict (2024.3.3 and current).
 * `recovery_mode` exists since 2023.x; `safe_mode` is still sent alongside it.
 */
import { array, boolean, nullable, optional, string, type, type Infer } from "superstruct";
import type { CoreConfig } from "../../facts/types.js";

export const ConfigStruct = type({
  version: string(),
  components: array(string()),
  config_dir: string(),
  external_url: nullable(string()),
  internal_url: nullable(string()),
  allowlist_external_dirs: array(string()),
  allowlist_external_urls: array(string()),
  safe_mode: boolean(),
  recovery_mode: optional(boolean()),
  state: string(),
  location_name: string(),
  time_zone: string(),
});

export function mapConfig(raw: Infer<typeof ConfigStruct>): CoreConfig {
  return {
    version: raw.version,
    components: raw.components,
    config_dir: raw.config_dir,
    external_url: raw.external_url,
    internal_url: raw.internal_url,
    allowlist_external_dirs: raw.allowlist_external_dirs,
    allowlist_external_urls: raw.allowlist_external_urls,
    safe_mode: raw.safe_mode,
    recovery_mode: raw.recovery_mode ?? null,
    state: raw.state,
    location_name: raw.location_name,
    time_zone: raw.time_zone,
  };
}

/** Just the component list, for deciding what to ask next (tolerates a config we otherwise reject). */
export const ComponentsStruct = type({ components: array(string()) });
