import { defineCheck } from "../define.js";
import { describeTrustProblem, formatCidr, parseCidr, trustProblem } from "../net.js";
import { evAt } from "../outline-query.js";
import { ev, fail, notApplicable, notAssessed, pass } from "../result.js";
import type { Check, Evidence } from "../types.js";
import { HTTP_DOCS, httpView, noHttpReason } from "./http-settings.js";

export const netTrustedProxies: Check = defineCheck({
  id: "net-trusted-proxies",
  category: "network",
  severity: "critical",
  learnMoreUrl: HTTP_DOCS,
  needs: ["http", "outline"],
  optional: ["http", "outline"],
  evaluate(f) {
    const http = httpView(f);
    if (!http) return notAssessed(noHttpReason(f));
    const xff = http.get("use_x_forwarded_for");
    if (xff === undefined) return notAssessed("setting_set_unread", { key: "http.use_x_forwarded_for" });
    if (!xff) return notApplicable("net-trusted-proxies.no_forwarding");
    const proxies = http.get("trusted_proxies");
    if (proxies === undefined) return notAssessed("setting_unread", { key: "http.trusted_proxies" });
    if (proxies.length === 0) {
      // Home Assistant then refuses every forwarded request (HTTP 400, http/forwarded.py): broken, not spoofable.
      return pass(http.evidence("use_x_forwarded_for", "net-trusted-proxies.none_trusted"));
    }
    const located = http.items("trusted_proxies");
    const bad: Evidence[] = [];
    for (const p of proxies) {
      const net = parseCidr(p);
      if (!net) continue;
      const problem = trustProblem(net, { allowPublicHost: true });
      if (!problem) continue;
      const params = { network: formatCidr(net), problem: describeTrustProblem(problem, net) };
      const at = located.find((l) => l.value === p)?.hit ?? http.hit("trusted_proxies");
      bad.push(at ? evAt("net-trusted-proxies.too_broad", params, at) : ev("net-trusted-proxies.too_broad", params));
    }
    if (bad.length > 0) return fail(bad, { placeholders: { count: String(bad.length) } });
    return pass(http.evidence("trusted_proxies", "net-trusted-proxies.limited", { proxies: proxies.join(", ") }));
  },
});
