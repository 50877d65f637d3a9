import { urlInfo } from "../net.js";
import { evAt } from "../outline-query.js";
import { ev, fail, notApplicable, notAssessed, pass } from "../result.js";
import type { Check, Evidence } from "../types.js";
import { externalUrl, noExternalUrlReason } from "./external-url.js";

export const netExternalUrlHttps: Check = {
  id: "net-external-url-https",
  category: "network",
  title: "The external URL uses HTTPS",
  severity: "high",
  why: "The external URL is how apps and links reach Home Assistant from outside; over plain http:// every password and access token crosses the internet readable by anyone on the path.",
  fix: "Serve Home Assistant over HTTPS (Home Assistant Cloud, a reverse proxy with a certificate, or http: ssl_certificate/ssl_key), then set the https:// address in Settings → System → Network → Home Assistant URL.",
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
    if (!u) return notAssessed("The external URL could not be parsed.");
    const at = (text: string): Evidence => (ext.hit ? evAt(text, ext.hit) : ev(text));
    if (u.scheme === "https") return pass(at("external_url uses https://"));
    if (u.local) return pass(at("external_url uses http:// but points to a local address, not the internet"));
    return fail([at(`external_url uses ${u.scheme}:// for an internet address`)]);
  },
};
