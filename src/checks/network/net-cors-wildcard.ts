import { evAt } from "../outline-query.js";
import { ev, fail, notAssessed, pass } from "../result.js";
import type { Check } from "../types.js";
import { HTTP_DOCS, httpView, noHttpReason } from "./http-settings.js";

export const netCorsWildcard: Check = {
  id: "net-cors-wildcard",
  category: "network",
  title: "Cross-origin access is limited to named sites",
  severity: "high",
  why: "`*` in cors_allowed_origins lets scripts on any web site a user visits call the Home Assistant API with that browser, so a malicious page can probe and use it.",
  fix: "Replace `*` in http: cors_allowed_origins with the exact origins that need access (e.g. https://cast.home-assistant.io), or remove the option.",
  learnMoreUrl: HTTP_DOCS,
  needs: ["http", "outline"],
  optional: ["http", "outline"],
  evaluate(f) {
    const http = httpView(f);
    if (!http) return notAssessed(noHttpReason(f));
    const origins = http.get("cors_allowed_origins");
    if (origins === undefined) return notAssessed("http.cors_allowed_origins could not be read.");
    if (!origins.some((o) => o.trim() === "*")) return pass(ev(`http.cors_allowed_origins names ${origins.length} origin(s), no wildcard`));
    const at = http.items("cors_allowed_origins").find((i) => i.value?.trim() === "*")?.hit ?? http.hit("cors_allowed_origins");
    const text = "http.cors_allowed_origins contains * (every origin)";
    return fail([at ? evAt(text, at) : ev(text)]);
  },
};
