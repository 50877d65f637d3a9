/** Trusted-networks fixtures shared by the two trusted_networks checks' tests. */
import type { AuthProviderConfig } from "../../../../src/facts/types.js";
import { entry, outline, outlineFile } from "../../../support/facts-builder.js";

export function tnProvider(networks: string[], bypass = false): AuthProviderConfig {
  return { type: "trusted_networks", id: null, name: "Trusted Networks", trusted_networks: networks, trusted_users_networks: null, allow_bypass_login: bypass };
}

/** configuration.yaml includes auth.yaml at homeassistant.auth_providers (so entries are mount-relative). */
export function tnYaml(networks: string[], bypass: boolean | null) {
  return outline([
    outlineFile("configuration.yaml", [
      entry(["homeassistant"], 1, { type: "map", features: undefined }),
      entry(["homeassistant", "auth_providers"], 2, { type: "seq", tag: "!include", features: undefined }),
    ]),
    outlineFile(
      "auth.yaml",
      [
        entry([0, "type"], 1, { value: "homeassistant" }),
        entry([1, "type"], 2, { value: "trusted_networks" }),
        entry([1, "trusted_networks"], 3, { type: "seq", features: undefined }),
        ...networks.map((n, i) => entry([1, "trusted_networks", i], 4 + i, { value: n })),
        ...(bypass === null ? [] : [entry([1, "allow_bypass_login"], 4 + networks.length, { type: "bool", value: bypass, features: undefined })]),
      ],
      { mount: ["homeassistant", "auth_providers"] },
    ),
  ]);
}

