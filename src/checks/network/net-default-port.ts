import type { MessageParam } from "../../i18n/message.js";
import { defineCheck } from "../define.js";
import { urlInfo } from "../net.js";
import { evAt } from "../outline-query.js";
import { type EvidenceKey, ev, fail, notApplicable, notAssessed, pass } from "../result.js";
import type { Check, Evidence } from "../types.js";
import { externalUrl, noExternalUrlReason } from "./external-url.js";

const DEFAULT_PORT = 8123;

export const netDefaultPort: Check = defineCheck({
  id: "net-default-port",
  category: "network",
  severity: "low",
  learnMoreUrl: "https://www.home-assistant.io/docs/configuration/remote/",
  fixPath: "/config/network",
  // Live from get_config; offline from homeassistant.external_url in YAML.
  needs: ["config", "outline"],
  optional: ["config", "outline"],
  evaluate(f) {
    const ext = externalUrl(f);
    if (!ext.known) return notAssessed(ext.reason);
    const url = ext.url;
    if (url === null || url.trim() === "") return notApplicable(noExternalUrlReason(ext));
    const u = urlInfo(url);
    if (!u) return notAssessed("external_url_unparsable");
    if (u.local) return notApplicable("net-default-port.local");
    const at = (key: EvidenceKey, params?: Record<string, MessageParam>): Evidence => (ext.hit ? evAt(key, params, ext.hit) : ev(key, params));
    // A URL without a port is published on 80/443; which port the router maps that to is invisible and unimportant here.
    if (u.effectivePort === DEFAULT_PORT) return fail([at("net-default-port.default_port", { port: DEFAULT_PORT })]);
    return pass(u.effectivePort === null ? at("net-default-port.unknown_port") : at("net-default-port.port", { port: u.effectivePort }));
  },
});
