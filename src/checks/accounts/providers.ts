/**
 * The configured auth providers, from the backend (what Home Assistant loaded) or, without
 * it, from `homeassistant.auth_providers` in the config outline. Each provider carries
 * outline locations where the outline has them, so evidence can point at file:line.
 */
import type { Facts, Outline } from "../../facts/types.js";
import { ANY, type Hit, entriesAt, firstAt, incompleteAt, listItems } from "../outline-query.js";

export interface NetworkItem {
  /** The range as configured (not secret: outline allow-list). Null when the outline hides it. */
  readonly value: string | null;
  readonly hit: Hit | undefined;
}

export interface ProviderView {
  readonly type: string;
  /** Where `type:` is written, when known. */
  readonly hit: Hit | undefined;
  readonly trusted_networks: readonly NetworkItem[];
  readonly allow_bypass_login: boolean | null;
  readonly bypassHit: Hit | undefined;
}

export interface ProvidersView {
  readonly providers: readonly ProviderView[];
  readonly origin: "backend" | "outline";
}

const BASE = ["homeassistant", "auth_providers"] as const;

function fromOutline(outline: Outline): ProviderView[] {
  return entriesAt(outline, [...BASE, ANY, "type"]).map((hit) => {
    const idx = hit.path[2] ?? 0;
    const bypass = firstAt(outline, [...BASE, idx, "allow_bypass_login"]);
    return {
      type: typeof hit.entry.value === "string" ? hit.entry.value : "",
      hit,
      trusted_networks: listItems(outline, [...BASE, idx, "trusted_networks"]).map((i) => ({ value: i.value, hit: i.hit })),
      allow_bypass_login: typeof bypass?.entry.value === "boolean" ? bypass.entry.value : null,
      bypassHit: bypass,
    };
  });
}

export function configuredProviders(f: Facts): ProvidersView | undefined {
  const fromYaml = f.outline.ok ? fromOutline(f.outline.value) : [];
  if (f.auth_providers.ok) {
    // Match each loaded provider to its YAML block (by type, in order) for file:line.
    const used = new Set<ProviderView>();
    const providers = f.auth_providers.value.providers.map((p) => {
      const yaml = fromYaml.find((y) => y.type === p.type && !used.has(y));
      if (yaml) used.add(yaml);
      return {
        type: p.type,
        hit: yaml?.hit,
        trusted_networks: (p.trusted_networks ?? []).map((n) => ({ value: n, hit: yaml?.trusted_networks.find((y) => y.value === n)?.hit ?? yaml?.hit })),
        allow_bypass_login: p.allow_bypass_login,
        bypassHit: yaml?.bypassHit,
      };
    });
    return { providers, origin: "backend" };
  }
  // Auth providers exist only in YAML: without the backend, "no provider in the outline" means
  // "only the default homeassistant provider" when every place they could come from was read.
  if (f.outline.ok && incompleteAt(f.outline.value, [...BASE]) === null) return { providers: fromYaml, origin: "outline" };
  return undefined;
}
