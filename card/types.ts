/**
 * Local types for the card.
 *
 * `HomeAssistant` comes from custom-card-helpers 2.x, a dev dependency: only its types are
 * used, so the CLI's users do not install it (it matches what the frontend passes as
 * `hass`: connection, user, states, config, language, locale). It lags in two places we use,
 * so they are added here: `hass.entities` (entity registry display entries, for the
 * `platform` of update entities) and the card-class statics of newer frontends
 * (`getGridOptions`, `getConfigForm`). `fireEvent` from custom-card-helpers is not used:
 * the card fires only `config-changed` and `location-changed`, each a one-line CustomEvent.
 */
import type { HomeAssistant as HelpersHomeAssistant } from "custom-card-helpers";
import type { CategoryId } from "../src/checks/types.js";
import type { Override } from "../src/score/types.js";

/** `hass.entities[id]` (frontend src/data/entity_registry.ts EntityRegistryDisplayEntry), the field we read. */
export interface EntityDisplayEntry {
  readonly entity_id: string;
  readonly platform?: string;
}

export type HomeAssistant = HelpersHomeAssistant & {
  readonly entities?: Readonly<Record<string, EntityDisplayEntry>>;
};

/** One accepted risk, as stored in the dashboard YAML under `accepted:`. */
export interface AcceptedRisk {
  readonly id: string;
  readonly kind: Override["kind"];
  readonly reason: string;
}

export interface CardConfig {
  readonly type: string;
  readonly title?: string;
  /** Subset of category ids to show; all when absent. */
  readonly categories?: readonly CategoryId[];
  readonly compact?: boolean;
  readonly hide_passed?: boolean;
  readonly accepted?: readonly AcceptedRisk[];
}

/** Sections-view sizing (frontend src/panels/lovelace/types.ts LovelaceGridOptions). */
export interface GridOptions {
  readonly columns?: number | "full";
  readonly rows?: number | "auto";
  readonly min_columns?: number;
  readonly min_rows?: number;
}

/** `ha-form` schema entry, the subset we use (frontend src/components/ha-form/types.ts). */
export interface FormSchemaEntry {
  readonly name: string;
  readonly selector: Readonly<Record<string, unknown>>;
}

/** `getConfigForm()` result (frontend src/panels/lovelace/types.ts LovelaceConfigForm). */
export interface ConfigForm {
  readonly schema: readonly FormSchemaEntry[];
  readonly computeLabel?: (entry: FormSchemaEntry) => string | undefined;
}

/** `window.customCards` entry read by the card picker. */
export interface CustomCardEntry {
  readonly type: string;
  readonly name: string;
  readonly description: string;
  readonly preview: boolean;
  readonly documentationURL: string;
}

declare global {
  interface Window {
    customCards?: CustomCardEntry[];
  }
}
