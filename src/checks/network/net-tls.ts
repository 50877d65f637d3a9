import { urlInfo } from "../net.js";
import { evAt } from "../outline-query.js";
import { ev, fail, notApplicable, notAssessed, opt, pass, warn } from "../result.js";
import type { Check, Evidence } from "../types.js";
import { externalUrl } from "./external-url.js";
import { httpView, noHttpReason } from "./http-settings.js";

/**
 * A pass needs evidence of TLS: a certificate Home Assistant serves itself, an https://
 * external URL, or Home Assistant Cloud remote access. "Behind a proxy" alone is a warning:
 * the server cannot see whether the proxy serves HTTPS (the owner can mark it mitigated).
 */
export const netTls: Check = {
  id: "net-tls",
  category: "network",
  title: "Connections are encrypted with TLS",
  severity: "high",
  why: "Without TLS, passwords, access tokens and camera streams travel in the clear; anyone on the same Wi-Fi or on the path from the internet can read them and take over sessions.",
  fix: "Use Home Assistant Cloud remote access, put Home Assistant behind a reverse proxy that serves HTTPS, or set http: ssl_certificate and ssl_key to a certificate for your host name.",
  learnMoreUrl: "https://www.home-assistant.io/docs/configuration/securing/",
  needs: ["http", "outline", "config", "cloud"],
  optional: ["http", "outline", "config", "cloud"],
  evaluate(f) {
    const http = httpView(f);
    if (http?.get("ssl_certificate") === true) return pass(http.evidence("ssl_certificate", "Home Assistant serves HTTPS itself (http.ssl_certificate is set)"));

    const ext = externalUrl(f);
    const u = ext.known && ext.url ? urlInfo(ext.url) : null;
    const at = (text: string): Evidence => (ext.known && ext.hit ? evAt(text, ext.hit) : ev(text));
    const exposed = u !== null && !u.local;
    if (exposed && u.scheme === "https") return pass(at("external_url uses https://: TLS is terminated in front of Home Assistant"));
    if (opt(f.cloud)?.remote_enabled === true) return pass(ev("Home Assistant Cloud remote access is on and encrypts remote connections"));
    if (exposed) return fail([at(`external_url points to an internet address over ${u.scheme}:// and Home Assistant has no certificate`)]);
    if (!http) return notAssessed(noHttpReason(f));
    if (http.get("ssl_certificate") === undefined) return notAssessed("Whether http.ssl_certificate is set could not be read.");
    if (http.get("use_x_forwarded_for") === true) {
      return warn([
        http.evidence(
          "use_x_forwarded_for",
          "Home Assistant serves plain HTTP behind a reverse proxy (http.use_x_forwarded_for); it cannot see whether the proxy serves HTTPS — if it does, mark this finding mitigated",
        ),
      ]);
    }
    // Offline, nothing in the files shows remote access (Home Assistant Cloud and a URL set in the UI are invisible).
    if (f.mode === "offline") {
      return notApplicable("The YAML shows no remote access (no external_url, no proxy); Home Assistant serves plain HTTP itself. Home Assistant Cloud is not visible offline: audit checks it.");
    }
    return warn([ev("Home Assistant serves plain HTTP and no proxy or cloud remote access was found; if it is reachable from outside your home, traffic is unencrypted")]);
  },
};
