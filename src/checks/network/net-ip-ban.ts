import { fail, notAssessed, pass } from "../result.js";
import type { Check } from "../types.js";
import { HTTP_DOCS, httpView, noHttpReason } from "./http-settings.js";

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
  evaluate(f) {
    const http = httpView(f);
    if (!http) return notAssessed(noHttpReason(f));
    const on = http.get("ip_ban_enabled");
    if (on === undefined) return notAssessed("http.ip_ban_enabled could not be read.");
    return on
      ? pass(http.evidence("ip_ban_enabled", "http.ip_ban_enabled is on"))
      : fail([http.evidence("ip_ban_enabled", "http.ip_ban_enabled is false")]);
  },
};
