import { urlInfo } from "../net.js";
import { ev, fail, notAssessed, opt, pass, warn } from "../result.js";
import type { Check } from "../types.js";
import { httpView, noHttpReason } from "./http-settings.js";

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

    const external = opt(f.config)?.external_url ?? null;
    const u = external ? urlInfo(external) : null;
    const exposed = u !== null && !u.local;
    if (exposed && u.scheme === "https") return pass(ev("external_url uses https://: TLS is terminated in front of Home Assistant"));
    if (opt(f.cloud)?.remote_enabled === true) return pass(ev("Home Assistant Cloud remote access is on and encrypts remote connections"));
    if (exposed) return fail([ev(`external_url points to an internet address over ${u.scheme}:// and Home Assistant has no certificate`)]);
    if (!http) return notAssessed(noHttpReason(f));
    if (http.get("ssl_certificate") === undefined) return notAssessed("Whether http.ssl_certificate is set could not be read.");
    if (http.get("use_x_forwarded_for") === true) {
      return pass(http.evidence("use_x_forwarded_for", "Home Assistant sits behind a reverse proxy (http.use_x_forwarded_for); make sure the proxy serves HTTPS"));
    }
    return warn([ev("Home Assistant serves plain HTTP and no proxy or cloud remote access was found; if it is reachable from outside your home, traffic is unencrypted")]);
  },
};
