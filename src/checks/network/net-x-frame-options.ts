import { fail, notAssessed, pass } from "../result.js";
import type { Check } from "../types.js";
import { HTTP_DOCS, httpView, noHttpReason } from "./http-settings.js";

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
  evaluate(f) {
    const http = httpView(f);
    if (!http) return notAssessed(noHttpReason(f));
    const on = http.get("use_x_frame_options");
    if (on === undefined) return notAssessed("http.use_x_frame_options could not be read.");
    return on
      ? pass(http.evidence("use_x_frame_options", "http.use_x_frame_options is on"))
      : fail([http.evidence("use_x_frame_options", "http.use_x_frame_options is false")]);
  },
};
