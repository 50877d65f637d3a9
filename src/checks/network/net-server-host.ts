import { defineCheck } from "../define.js";
import { cidrKind, parseCidr } from "../net.js";
import { fail, notApplicable, notAssessed, pass } from "../result.js";
import type { Check } from "../types.js";
import { HTTP_DOCS, httpView, noHttpReason } from "./http-settings.js";

const ALL_INTERFACES = new Set(["0.0.0.0", "::"]);

export const netServerHost: Check = defineCheck({
  id: "net-server-host",
  category: "network",
  severity: "info",
  learnMoreUrl: HTTP_DOCS,
  needs: ["http", "outline"],
  optional: ["http", "outline"],
  evaluate(f) {
    const http = httpView(f);
    if (!http) return notAssessed(noHttpReason(f));
    const proxies = http.get("trusted_proxies");
    const xff = http.get("use_x_forwarded_for");
    if (xff === undefined || proxies === undefined) return notAssessed("net-server-host.proxy_unread");
    const loopbackOnly = proxies.length > 0 && proxies.every((p) => {
      const n = parseCidr(p);
      return n !== null && cidrKind(n) === "loopback";
    });
    if (!xff || !loopbackOnly) return notApplicable("net-server-host.no_local_proxy");
    const hosts = http.get("server_host");
    if (hosts === undefined) return notAssessed("setting_unread", { key: "http.server_host" });
    if (hosts === null || hosts.length === 0 || hosts.some((h) => ALL_INTERFACES.has(h.trim()))) {
      return fail([http.evidence("server_host", "net-server-host.all_interfaces")]);
    }
    return pass(http.evidence("server_host", "net-server-host.hosts", { hosts: hosts.join(", ") }));
  },
});
