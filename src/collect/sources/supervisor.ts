/**
 * Supervisor facts through `supervisor/api` (homeassistant/components/hassio/websocket_api.py
 * websocket_supervisor_api: `{endpoint, method: "get"}`, admin only except `/addons/<slug>/info`;
 * the answer is the Supervisor's `data`, unwrapped). Shapes from home-assistant/supervisor
 * supervisor/api/: supervisor.py info_v1, homeassistant.py info, os.py info, host.py info,
 * apps.py list_apps_v1 / info_data_v1, resolution.py info_v1.
 * An add-on's info also carries its `options` (which may hold secrets): never read here.
 */
import { array, boolean, nullable, number, optional, record, string, type, type Infer } from "superstruct";
import type { SupervisorAddon, SupervisorFacts } from "../../facts/types.js";

export const SupervisorInfoStruct = type({
  version: string(),
  version_latest: nullable(string()),
  update_available: boolean(),
  healthy: boolean(),
  supported: boolean(),
  channel: string(),
  auto_update: boolean(),
});

export const CoreInfoStruct = type({ version: nullable(string()), version_latest: nullable(string()), update_available: boolean() });

export const OsInfoStruct = type({ version: nullable(string()), version_latest: nullable(string()), update_available: boolean() });

export const HostInfoStruct = type({ operating_system: optional(nullable(string())), hostname: optional(nullable(string())) });

export const AddonListStruct = type({ addons: array(type({ slug: string() })) });

export const AddonInfoStruct = type({
  slug: string(),
  name: string(),
  version: nullable(string()),
  version_latest: nullable(string()),
  update_available: boolean(),
  state: string(),
  protected: boolean(),
  full_access: boolean(),
  host_network: boolean(),
  privileged: array(string()),
  rating: number(),
  auto_update: boolean(),
  network: nullable(record(string(), nullable(number()))),
});

export const ResolutionStruct = type({
  unsupported: array(string()),
  unhealthy: array(string()),
  issues: array(type({ type: string(), context: string(), reference: optional(nullable(string())) })),
});

/**
 * The add-on fields the facts carry, as the Supervisor's `/addons/<slug>/info` names them:
 * mapAddon keeps them from an answer, and the collector turns the backend's add-on reading
 * back into such answers (src/collect/index.ts), so the list is written once.
 */
export const ADDON_INFO_FIELDS = [
  "slug", "name", "version", "version_latest", "update_available", "state",
  "protected", "full_access", "host_network", "privileged", "rating", "auto_update",
] as const;
export type AddonInfoFields = Pick<SupervisorAddon, (typeof ADDON_INFO_FIELDS)[number]>;

/** Exactly the ADDON_INFO_FIELDS of `a`: nothing else of a wider reading is carried along. */
export function addonInfoFields(a: AddonInfoFields): AddonInfoFields {
  const out: Partial<Record<keyof AddonInfoFields, unknown>> = {};
  for (const k of ADDON_INFO_FIELDS) out[k] = a[k];
  return out as AddonInfoFields;
}

export function mapAddon(a: Infer<typeof AddonInfoStruct>): SupervisorAddon {
  const ports: Record<string, number> = {};
  for (const [container, host] of Object.entries(a.network ?? {})) {
    if (host !== null) ports[container] = host;
  }
  return { ...addonInfoFields(a), ports };
}

export interface SupervisorParts {
  readonly supervisor: Infer<typeof SupervisorInfoStruct>;
  readonly core: Infer<typeof CoreInfoStruct>;
  /** Null when /os/info failed or reports no version (Supervised without Home Assistant OS). */
  readonly os: Infer<typeof OsInfoStruct> | null;
  readonly host: Infer<typeof HostInfoStruct> | null;
  readonly addons: readonly Infer<typeof AddonInfoStruct>[];
  readonly resolution: Infer<typeof ResolutionStruct>;
}

export function mapSupervisor(p: SupervisorParts): SupervisorFacts {
  const s = p.supervisor;
  return {
    supervisor: {
      version: s.version,
      version_latest: s.version_latest,
      update_available: s.update_available,
      healthy: s.healthy,
      supported: s.supported,
      channel: s.channel,
      auto_update: s.auto_update,
    },
    core: { version: p.core.version ?? "", version_latest: p.core.version_latest, update_available: p.core.update_available },
    os:
      p.os === null || p.os.version === null
        ? null
        : { version: p.os.version, version_latest: p.os.version_latest, update_available: p.os.update_available },
    host: { operating_system: p.host?.operating_system ?? null, hostname: p.host?.hostname ?? null },
    addons: p.addons.map(mapAddon),
    resolution: {
      unsupported: p.resolution.unsupported,
      unhealthy: p.resolution.unhealthy,
      issues: p.resolution.issues.map((i) => ({ type: i.type, context: i.context, reference: i.reference ?? null })),
    },
  };
}
