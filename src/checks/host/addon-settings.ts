/** Helpers for the checks that read add-on settings (the backend's `addon_settings`). */
import type { AddonSettings, KnownAddonOptions } from "../../facts/types.js";

/** The host port a container port is published on, or null when it is not mapped. */
export function hostPort(a: AddonSettings, container: string): number | null {
  return a.ports.find((p) => p.container === container)?.host ?? null;
}

/** Running now or started at every boot: a stopped, manual add-on serves nobody. */
export function inService(a: AddonSettings): boolean {
  return a.state === "started" || a.boot === "auto";
}

/** Add-ons whose known options are of one kind, with those options. */
export function withOptions<K extends KnownAddonOptions["kind"]>(
  addons: readonly AddonSettings[],
  kind: K,
): { readonly addon: AddonSettings; readonly options: Extract<KnownAddonOptions, { kind: K }> }[] {
  const out: { addon: AddonSettings; options: Extract<KnownAddonOptions, { kind: K }> }[] = [];
  for (const addon of addons) {
    const options = addon.options;
    if (options !== null && options.kind === kind) out.push({ addon, options: options as Extract<KnownAddonOptions, { kind: K }> });
  }
  return out;
}

