import { cidrKind, parseCidr } from "../net.js";
import { fail, notApplicable, notAssessed, pass } from "../result.js";
import type { Check } from "../types.js";
import { HTTP_DOCS, httpView, noHttpReason } from "./http-settings.js";

const ALL_INTERFACES = new Set(["0.0.0.0", "::"]);

export const netServerHost: Check = {
  id: "net-server-host",
  category: "network",
  title: "Behind a local reverse proxy, Home Assistant listens only on loopback",
  severity: "info",
  why: "When a reverse proxy on the same machine adds TLS and access rules, Home Assistant listening on every interface lets the local network reach it directly, around the proxy.",
  fix: "Set http: server_host to 127.0.0.1 (and ::1) so only the proxy on this machine can connect.",
  learnMoreUrl: HTTP_DOCS,
  needs: ["http", "outline"],
  optional: ["http", "outline"],
  evaluate(f) {
    const http = httpView(f);
    if (!http) return notAssessed(noHttpReason(f));
    const proxies = http.get("trusted_proxies");
    const xff = http.get("use_x_forwarded_for");
    if (xff === undefined || proxies === undefined) return notAssessed("The reverse proxy settings could not be read.");
    const loopbackOnly = proxies.length > 0 && proxies.every((p) => {
      const n = parseCidr(p);
      return n !== null && cidrKind(n) === "loopback";
    });
    if (!xff || !loopbackOnly) return notApplicable("No reverse proxy on the same machine is configured.");
    const hosts = http.get("server_host");
    if (hosts === undefined) return notAssessed("http.server_host could not be read.");
    if (hosts === null || hosts.length === 0 || hosts.some((h) => ALL_INTERFACES.has(h.trim()))) {
      return fail([http.evidence("server_host", "Home Assistant listens on all interfaces although its only proxy is on this machine")]);
    }
    return pass(http.evidence("server_host", `http.server_host is ${hosts.join(", ")}`));
  },
};
