import type { Check } from "../types.js";
import { HTTP_DOCS, httpSwitchOn } from "./http-settings.js";

export const netIpBan: Check = {
  id: "net-ip-ban",
  category: "network",
  title: "Addresses with repeated failed logins get banned",
  severity: "medium",
  why: "With IP banning off, an attacker can try passwords against the login page for as long as they like.",
  fix: "Remove `ip_ban_enabled: false` from the http: section (it is on by default) and set login_attempts_threshold to a small number such as 5.",
  learnMoreUrl: HTTP_DOCS,
  needs: ["http", "outline"],
  optional: ["http", "outline"],
  evaluate: httpSwitchOn("ip_ban_enabled"),
};
