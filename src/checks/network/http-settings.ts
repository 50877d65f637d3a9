import type { Message, MessageParam } from "../../i18n/message.js";
/**
 * The HTTP server settings a network check judges: from the `http` fact (backend, or
 * `http/config` on 2026.8+) or, without it, from the `http:` section of the config
 * outline with Home Assistant's defaults (homeassistant/components/http/__init__.py
 * HTTP_SCHEMA). Each setting knows its outline location when YAML sets it.
 */
import type { Facts, HttpSettings, Outline } from "../../facts/types.js";
import { type Hit, evAt, firstAt, incompleteAt, listItems } from "../outline-query.js";
import { type EvidenceKey, ev, fail, notAssessed, pass, reasonMsg } from "../result.js";
import type { Check, Evidence } from "../types.js";

export const HTTP_DOCS = "https://www.home-assistant.io/integrations/http/";

/** Home Assistant's defaults (HTTP_SCHEMA; NO_LOGIN_ATTEMPT_THRESHOLD = -1; DEFAULT_CORS). */
export const HTTP_DEFAULTS: Omit<HttpSettings, "origin"> = {
  ssl_certificate: false,
  ssl_key: false,
  ssl_profile: "modern",
  server_host: null,
  server_port: 8123,
  use_x_forwarded_for: false,
  trusted_proxies: [],
  ip_ban_enabled: true,
  login_attempts_threshold: -1,
  cors_allowed_origins: ["https://cast.home-assistant.io"],
  use_x_frame_options: true,
};

const HTTP_PATH = ["http"] as const;

export type HttpKey = Exclude<keyof HttpSettings, "origin">;

/** A setting's value may be unknown when the outline does not carry it (tagged with !secret, not allow-listed). */
export type Known<T> = T | undefined;

export interface HttpView {
  readonly get: <K extends HttpKey>(key: K) => Known<HttpSettings[K]>;
  /** Outline location of the key, when YAML sets it. */
  readonly hit: (key: HttpKey) => Hit | undefined;
  /** Evidence for a setting: "configuration.yaml:12 http.key …" when located, plain text otherwise. */
  readonly evidence: (key: HttpKey, message: EvidenceKey, params?: Readonly<Record<string, MessageParam>>) => Evidence;
  /** "http" (observed) or "outline" (read from YAML with defaults). */
  readonly origin: "http" | "outline";
  /** Per-item locations of a list setting (trusted_proxies, cors_allowed_origins). */
  readonly items: (key: "trusted_proxies" | "cors_allowed_origins") => readonly { value: string | null; hit: Hit }[];
}

function outlineValue<K extends HttpKey>(outline: Outline, key: K): Known<HttpSettings[K]> {
  const hit = firstAt(outline, ["http", key]);
  if (!hit) return HTTP_DEFAULTS[key];
  const v = hit.entry.value;
  switch (key) {
    case "ssl_certificate":
    case "ssl_key":
      // A file path (possibly !secret): its presence is what matters.
      return (hit.entry.type !== "null") as HttpSettings[K];
    case "server_host":
    case "trusted_proxies":
    case "cors_allowed_origins": {
      const items = listItems(outline, ["http", key]);
      if (items.some((i) => i.value === null)) return undefined;
      return items.map((i) => i.value as string) as unknown as HttpSettings[K];
    }
    default:
      if (hit.entry.tag !== null || v === undefined || Array.isArray(v)) return undefined;
      return v as HttpSettings[K];
  }
}

export function httpView(f: Facts): HttpView | undefined {
  const outline = f.outline.ok ? f.outline.value : undefined;
  const hit = (key: HttpKey) => (outline ? firstAt(outline, ["http", key]) : undefined);
  const evidence = (key: HttpKey, message: EvidenceKey, params?: Readonly<Record<string, MessageParam>>) => {
    const h = hit(key);
    return h ? evAt(message, params, h) : ev(message, params);
  };
  const items = (key: "trusted_proxies" | "cors_allowed_origins") =>
    outline ? listItems(outline, ["http", key]) : [];
  if (f.http.ok) {
    const s = f.http.value;
    return { get: (k) => s[k], hit, evidence, origin: "http", items };
  }
  // Absent keys mean "default" only when every place an http: key could come from was read.
  if (outline && incompleteAt(outline, HTTP_PATH) === null) return { get: (k) => outlineValue(outline, k), hit, evidence, origin: "outline", items };
  return undefined;
}

/** Why `httpView` gave nothing, for not_assessed. */
export function noHttpReason(f: Facts): Message {
  const broken = f.outline.ok ? incompleteAt(f.outline.value, HTTP_PATH) : null;
  return broken ?? reasonMsg("no_http");
}

/**
 * The evaluate function of a check that an on/off http setting decides: pass when it is on
 * (Home Assistant's default for both users), fail when it is false, not assessed when unread.
 */
export function httpSwitchOn(key: "ip_ban_enabled" | "use_x_frame_options"): Check["evaluate"] {
  return (f) => {
    const http = httpView(f);
    if (!http) return notAssessed(noHttpReason(f));
    const on = http.get(key);
    if (on === undefined) return notAssessed("setting_unread", { key: `http.${key}` });
    return on ? pass(http.evidence(key, "common.http_setting_on", { key: `http.${key}` })) : fail([http.evidence(key, "common.http_setting_off", { key: `http.${key}` })]);
  };
}
