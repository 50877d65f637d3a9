import { defineCheck } from "../define.js";
import type { Check } from "../types.js";
import { HTTP_DOCS, httpSwitchOn } from "./http-settings.js";

export const netIpBan: Check = defineCheck({
  id: "net-ip-ban",
  category: "network",
  severity: "medium",
  learnMoreUrl: HTTP_DOCS,
  needs: ["http", "outline"],
  optional: ["http", "outline"],
  evaluate: httpSwitchOn("ip_ban_enabled"),
});
