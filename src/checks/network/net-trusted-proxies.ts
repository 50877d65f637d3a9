import { describeTrustProblem, formatCidr, parseCidr, trustProblem } from "../net.js";
import { evAt } from "../outline-query.js";
import { ev, fail, notApplicable, notAssessed, pass } from "../result.js";
import type { Check, Evidence } from "../types.js";
import { HTTP_DOCS, httpView, noHttpReason } from "./http-settings.js";

export const netTrustedProxies: Check = {
  id: "net-trusted-proxies",
  category: "network",
  title: "Only your reverse proxy is trusted to forward client addresses",
  severity: "critical",
  why: "A trusted proxy may tell Home Assistant which address a request came from; if a broad or public range is trusted, anyone in it can pretend to be on your local network, slipping past IP bans, local-only users and trusted networks.",
  fix: "Set http: trusted_proxies to the exact address of your reverse proxy (e.g. 127.0.0.1, or the add-on network 172.30.33.0/24), never 0.0.0.0/0 or a whole private range.",
  learnMoreUrl: HTTP_DOCS,
  needs: ["http", "outline"],
  optional: ["http", "outline"],
  evaluate(f) {
    const http = httpView(f);
    if (!http) return notAssessed(noHttpReason(f));
    const xff = http.get("use_x_forwarded_for");
    if (xff === undefined) return notAssessed("Whether http.use_x_forwarded_for is set could not be read.");
    if (!xff) return notApplicable("Home Assistant does not accept forwarded client addresses (use_x_forwarded_for is off).");
    const proxies = http.get("trusted_proxies");
    if (proxies === undefined) return notAssessed("http.trusted_proxies could not be read.");
    if (proxies.length === 0) {
      // Home Assistant then refuses every forwarded request (HTTP 400, http/forwarded.py): broken, not spoofable.
      return pass(http.evidence("use_x_forwarded_for", "use_x_forwarded_for is on but no proxy is trusted, so forwarded requests are refused rather than believed"));
    }
    const located = http.items("trusted_proxies");
    const bad: Evidence[] = [];
    for (const p of proxies) {
      const net = parseCidr(p);
      if (!net) continue;
      const problem = trustProblem(net, { allowPublicHost: true });
      if (!problem) continue;
      const text = `http.trusted_proxies contains ${formatCidr(net)} (${describeTrustProblem(problem, net)})`;
      const at = located.find((l) => l.value === p)?.hit ?? http.hit("trusted_proxies");
      bad.push(at ? evAt(text, at) : ev(text));
    }
    if (bad.length > 0) return fail(bad, { placeholders: { count: String(bad.length) } });
    return pass(http.evidence("trusted_proxies", `http.trusted_proxies is limited to ${proxies.join(", ")}`));
  },
};
