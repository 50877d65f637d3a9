/**
 * `cloud/status` — homeassistant/components/cloud/http_api.py _account_data. Logged out:
 * `{logged_in: false, cloud, http_use_ssl}`; logged in adds `prefs` (prefs.py as_dict,
 * `remote_enabled`) and `remote_connected`. Only three booleans are kept: the answer also
 * carries the account e-mail and cloudhook ids, which we never copy.
 */
import { boolean, optional, type, type Infer } from "superstruct";
import type { CloudStatus } from "../../facts/types.js";

export const CloudStatusStruct = type({
  logged_in: boolean(),
  remote_connected: optional(boolean()),
  prefs: optional(type({ remote_enabled: optional(boolean()) })),
});

export function mapCloud(raw: Infer<typeof CloudStatusStruct>): CloudStatus {
  return {
    logged_in: raw.logged_in,
    remote_enabled: raw.logged_in && raw.prefs?.remote_enabled === true,
    remote_connected: raw.logged_in && raw.remote_connected === true,
  };
}
