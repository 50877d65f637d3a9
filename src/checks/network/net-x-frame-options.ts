import type { Check } from "../types.js";
import { HTTP_DOCS, httpSwitchOn } from "./http-settings.js";

export const netXFrameOptions: Check = {
  id: "net-x-frame-options",
  category: "network",
  title: "Other sites cannot embed the Home Assistant UI",
  severity: "low",
  why: "Without the X-Frame-Options header, another web site can show your Home Assistant in an invisible frame and trick a signed-in user into clicking its buttons (clickjacking).",
  fix: "Remove `use_x_frame_options: false` from the http: section (it is on by default); embed Home Assistant only from the same origin.",
  learnMoreUrl: HTTP_DOCS,
  needs: ["http", "outline"],
  optional: ["http", "outline"],
  evaluate: httpSwitchOn("use_x_frame_options"),
};
