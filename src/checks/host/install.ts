/** Which installations run Home Assistant directly on a host the user administers. */
import type { HostFacts } from "../../facts/types.js";

/**
 * On Home Assistant OS, Container and Supervised, Core runs inside a container where root
 * is the design and the container is the boundary; the process user only matters for a
 * Core (Python virtual environment) install, or anything not in a container.
 */
export function runsOnHost(host: HostFacts): boolean {
  return host.installation_type === "Home Assistant Core" || !host.docker;
}

export function containerReason(host: HostFacts): string {
  return `${host.installation_type} runs Home Assistant in a container, where the process user is set by design.`;
}
