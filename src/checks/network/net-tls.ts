import type { MessageParam } from "../../i18n/message.js";
import { defineCheck } from "../define.js";
import { urlInfo } from "../net.js";
import { evAt } from "../outline-query.js";
import { type EvidenceKey, ev, fail, notApplicable, notAssessed, opt, pass, warn } from "../result.js";
import type { Check, Evidence } from "../types.js";
import { externalUrl } from "./external-url.js";
import { httpView, noHttpReason } from "./http-settings.js";

/**
 * A pass needs evidence of TLS: a certificate Home Assistant serves itself, an https://
 * external URL, or Home Assistant Cloud remote access. "Behind a proxy" alone is a warning:
 * the server cannot see whether the proxy serves HTTPS (the owner can mark it mitigated).
 */
export const netTls: Check = defineCheck({
  id: "net-tls",
  category: "network",
  severity: "high",
  learnMoreUrl: "https://www.home-assistant.io/docs/configuration/securing/",
  needs: ["http", "outline", "config", "cloud"],
  optional: ["http", "outline", "config", "cloud"],
  evaluate(f) {
    const http = httpView(f);
    if (http?.get("ssl_certificate") === true) return pass(http.evidence("ssl_certificate", "net-tls.own_certificate"));

    const ext = externalUrl(f);
    const u = ext.known && ext.url ? urlInfo(ext.url) : null;
    const at = (key: EvidenceKey, params?: Record<string, MessageParam>): Evidence => (ext.known && ext.hit ? evAt(key, params, ext.hit) : ev(key, params));
    const exposed = u !== null && !u.local;
    if (exposed && u.scheme === "https") return pass(at("net-tls.proxy_https"));
    if (opt(f.cloud)?.remote_enabled === true) return pass(ev("net-tls.cloud"));
    if (exposed) return fail([at("net-tls.exposed_plain", { scheme: u.scheme })]);
    if (!http) return notAssessed(noHttpReason(f));
    if (http.get("ssl_certificate") === undefined) return notAssessed("setting_set_unread", { key: "http.ssl_certificate" });
    if (http.get("use_x_forwarded_for") === true) {
      return warn([
        http.evidence(
          "use_x_forwarded_for",
          "net-tls.behind_proxy",
        ),
      ]);
    }
    // Offline, nothing in the files shows remote access (Home Assistant Cloud and a URL set in the UI are invisible).
    if (f.mode === "offline") {
      return notApplicable("net-tls.no_remote");
    }
    return warn([ev("net-tls.plain_http")]);
  },
});
