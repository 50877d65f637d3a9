import { defineCheck } from "../define.js";
import type { Check } from "../types.js";
import { HTTP_DOCS, httpSwitchOn } from "./http-settings.js";

export const netXFrameOptions: Check = defineCheck({
  id: "net-x-frame-options",
  category: "network",
  severity: "low",
  learnMoreUrl: HTTP_DOCS,
  needs: ["http", "outline"],
  optional: ["http", "outline"],
  evaluate: httpSwitchOn("use_x_frame_options"),
});
