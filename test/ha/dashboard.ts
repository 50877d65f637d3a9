/**
 * A dashboard holding the scorecard card, created through the real Lovelace WebSocket API
 * (lovelace/dashboard.py CREATE schema: url_path needs a hyphen; lovelace/websocket.py
 * lovelace/config/save). Used by the demo and the real-browser test.
 */
import type { HarnessInfo } from "./types.js";
import { wsCommand } from "./ws.js";

export const DASHBOARD_PATH = "security-scorecard";
export const CARD_TYPE = "custom:security-scorecard-card";

/** Creates (or refreshes) the dashboard and returns its URL. Anyone may open it; the card itself shows non-admins the admin-only state. */
export async function ensureScorecardDashboard(ha: HarnessInfo): Promise<string> {
  const dashboards = await wsCommand<{ url_path: string }[]>(ha.url, ha.adminToken, { type: "lovelace/dashboards/list" });
  if (!dashboards.some((d) => d.url_path === DASHBOARD_PATH)) {
    await wsCommand(ha.url, ha.adminToken, {
      type: "lovelace/dashboards/create",
      url_path: DASHBOARD_PATH,
      title: "Security",
      icon: "mdi:shield-check",
      require_admin: false,
      show_in_sidebar: true,
    });
  }
  await wsCommand(ha.url, ha.adminToken, {
    type: "lovelace/config/save",
    url_path: DASHBOARD_PATH,
    config: { views: [{ title: "Security", cards: [{ type: CARD_TYPE }] }] },
  });
  return `${ha.url}/${DASHBOARD_PATH}/0`;
}
