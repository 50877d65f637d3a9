import { urlInfo } from "../net.js";
import { evAt } from "../outline-query.js";
import { ev, fail, notApplicable, notAssessed, pass } from "../result.js";
import type { Check, Evidence } from "../types.js";
import { externalUrl, noExternalUrlReason } from "./external-url.js";

const DEFAULT_PORT = 8123;

export const netDefaultPort: Check = {
  id: "net-default-port",
  category: "network",
  title: "Home Assistant is not published on the internet at its default port",
  severity: "low",
  why: "Internet-wide scanners look for port 8123 to list Home Assistant servers. A different port is not security — it only cuts down automated noise — which is why this check weighs little.",
  fix: "Publish Home Assistant through Home Assistant Cloud or a reverse proxy on port 443, or forward a different outside port to it; keep TLS, strong passwords and MFA either way.",
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
    if (!u) return notAssessed("The external URL could not be parsed.");
    if (u.local) return notApplicable("The external URL points to a local address.");
    const at = (text: string): Evidence => (ext.hit ? evAt(text, ext.hit) : ev(text));
    // A URL without a port is published on 80/443; which port the router maps that to is invisible and unimportant here.
    if (u.effectivePort === DEFAULT_PORT) return fail([at(`external_url publishes Home Assistant on port ${DEFAULT_PORT}`)]);
    return pass(at(`external_url uses port ${u.effectivePort ?? "unknown"}`));
  },
};
