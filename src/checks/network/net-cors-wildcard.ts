import { defineCheck } from "../define.js";
import { evAt } from "../outline-query.js";
import { ev, fail, notAssessed, pass } from "../result.js";
import type { Check } from "../types.js";
import { HTTP_DOCS, httpView, noHttpReason } from "./http-settings.js";

export const netCorsWildcard: Check = defineCheck({
  id: "net-cors-wildcard",
  category: "network",
  severity: "high",
  learnMoreUrl: HTTP_DOCS,
  needs: ["http", "outline"],
  optional: ["http", "outline"],
  evaluate(f) {
    const http = httpView(f);
    if (!http) return notAssessed(noHttpReason(f));
    const origins = http.get("cors_allowed_origins");
    if (origins === undefined) return notAssessed("setting_unread", { key: "http.cors_allowed_origins" });
    if (!origins.some((o) => o.trim() === "*")) return pass(ev("net-cors-wildcard.named", { count: origins.length }));
    const at = http.items("cors_allowed_origins").find((i) => i.value?.trim() === "*")?.hit ?? http.hit("cors_allowed_origins");
    return fail([at ? evAt("net-cors-wildcard.wildcard", undefined, at) : ev("net-cors-wildcard.wildcard")]);
  },
});
