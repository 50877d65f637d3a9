/**
 * The external URL a network check judges: from `get_config` (live), or offline from
 * `homeassistant: external_url:` in the config outline (an allow-listed, non-secret value).
 * Offline, a URL absent from YAML may still be set in the UI (`.storage/core.config`), which
 * lint-config does not read: that is "not set in YAML", never "not set".
 */
import type { Facts } from "../../facts/types.js";
import type { Message } from "../../i18n/message.js";
import { type Hit, firstAt, incompleteAt } from "../outline-query.js";
import { reasonMsg } from "../result.js";

const KEY = ["homeassistant", "external_url"] as const;

export type ExternalUrl =
  /** `url` null: none configured (live), or none in YAML (offline). */
  | { readonly known: true; readonly url: string | null; readonly origin: "config" | "yaml"; readonly hit: Hit | undefined }
  | { readonly known: false; readonly reason: Message };

export function externalUrl(f: Facts): ExternalUrl {
  const outline = f.outline.ok ? f.outline.value : undefined;
  const hit = outline ? firstAt(outline, [...KEY]) : undefined;
  if (f.config.ok) return { known: true, url: f.config.value.external_url, origin: "config", hit };
  if (!outline) return { known: false, reason: reasonMsg("external_url_unread") };
  if (hit) {
    const v = hit.entry.value;
    if (typeof v === "string") return { known: true, url: v, origin: "yaml", hit };
    if (hit.entry.type === "null") return { known: true, url: null, origin: "yaml", hit };
    return { known: false, reason: reasonMsg("external_url_hidden") };
  }
  const blind = incompleteAt(outline, [...KEY]);
  return blind ? { known: false, reason: blind } : { known: true, url: null, origin: "yaml", hit: undefined };
}

/** "No external URL is set." — offline, honest about what a folder cannot show. */
export function noExternalUrlReason(u: { readonly origin: "config" | "yaml" }): Message {
  return reasonMsg(u.origin === "config" ? "no_external_url" : "external_url_not_in_yaml");
}
