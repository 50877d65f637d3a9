import type { Check } from "../types.js";
import { netCorsWildcard } from "./net-cors-wildcard.js";
import { netDefaultPort } from "./net-default-port.js";
import { netExternalUrlHttps } from "./net-external-url-https.js";
import { netIpBan } from "./net-ip-ban.js";
import { netLoginThreshold } from "./net-login-threshold.js";
import { netServerHost } from "./net-server-host.js";
import { netSslProfile } from "./net-ssl-profile.js";
import { netTls } from "./net-tls.js";
import { netTrustedProxies } from "./net-trusted-proxies.js";
import { netWebhookGuessable } from "./net-webhook-guessable.js";
import { netXFrameOptions } from "./net-x-frame-options.js";

/** The network checks, in display order: spoofing and transport first, then hardening. */
export const networkChecks: readonly Check[] = [
  netTrustedProxies,
  netTls,
  netExternalUrlHttps,
  netCorsWildcard,
  netWebhookGuessable,
  netIpBan,
  netLoginThreshold,
  netSslProfile,
  netXFrameOptions,
  netDefaultPort,
  netServerHost,
];
