/** Which installations run Home Assistant directly on a host the user administers. */
import type { HostFacts } from "../../facts/types.js";
import type { Message } from "../../i18n/message.js";
import { reasonMsg } from "../result.js";

/**
 * On Home Assistant OS, Container and Supervised, Core runs inside a container where root
 * is the design and the container is the boundary; the process user only matters for a
 * Core (Python virtual environment) install, or anything not in a container.
 */
export function runsOnHost(host: HostFacts): boolean {
  return host.installation_type === "Home Assistant Core" || !host.docker;
}

export function containerReason(host: HostFacts): Message {
  return reasonMsg("container", { installation: host.installation_type });
}
