import type { MessageParam } from "../../i18n/message.js";
import { defineCheck } from "../define.js";
import { urlInfo } from "../net.js";
import { evAt } from "../outline-query.js";
import { type EvidenceKey, ev, fail, notApplicable, notAssessed, pass } from "../result.js";
import type { Check, Evidence } from "../types.js";
import { externalUrl, noExternalUrlReason } from "./external-url.js";

export const netExternalUrlHttps: Check = defineCheck({
  id: "net-external-url-https",
  category: "network",
  severity: "high",
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
    // The host is the user's own domain: not a secret, but not needed to act; leave it out.
    if (!u) return notAssessed("external_url_unparsable");
    const at = (key: EvidenceKey, params?: Record<string, MessageParam>): Evidence => (ext.hit ? evAt(key, params, ext.hit) : ev(key, params));
    if (u.scheme === "https") return pass(at("net-external-url-https.https"));
    if (u.local) return pass(at("net-external-url-https.local_http"));
    return fail([at("net-external-url-https.plain", { scheme: u.scheme })]);
  },
});
