/**
 * Update entities: `get_states` filtered to `update.*` (attributes from
 * homeassistant/components/update/__init__.py UpdateEntity.state_attributes), joined with
 * `config/entity_registry/list` for the providing integration (`platform`).
 * An unavailable update entity has no version attributes at all, so each is optional.
 * `in_progress` was a bool or a percentage before `update_percentage` split off (2025.x).
 */
import { array, boolean, nullable, number, optional, string, type, union, unknown, type Infer } from "superstruct";
import type { UpdateEntity } from "../../facts/types.js";
import { parse, type Parsed } from "../validate.js";

const StateStruct = type({ entity_id: string() });

const UpdateStateStruct = type({
  entity_id: string(),
  state: string(),
  last_changed: string(),
  attributes: type({
    title: optional(nullable(string())),
    installed_version: optional(nullable(string())),
    latest_version: optional(nullable(string())),
    skipped_version: optional(nullable(string())),
    release_url: optional(nullable(string())),
    in_progress: optional(nullable(union([boolean(), number()]))),
    auto_update: optional(nullable(boolean())),
  }),
});

const RegistryEntryStruct = type({ entity_id: string(), platform: string() });

export const StatesStruct = array(unknown());
export const RegistryStruct = array(unknown());

function isUpdate(item: unknown): boolean {
  const p = parse(item, StateStruct);
  return p.ok && p.value.entity_id.startsWith("update.");
}

/**
 * Only update entities are validated: a strange entity of another domain is not our concern.
 * The registry is optional input: without it `platform` is null.
 */
export function mapUpdates(states: readonly unknown[], registry: readonly unknown[] | null): Parsed<readonly UpdateEntity[]> {
  const platforms = new Map<string, string>();
  for (const [i, item] of (registry ?? []).entries()) {
    if (!isUpdate(item)) continue;
    const p = parse(item, RegistryEntryStruct);
    if (!p.ok) return { ok: false, field: `registry[${i}].${p.field}` };
    platforms.set(p.value.entity_id, p.value.platform);
  }
  const out: UpdateEntity[] = [];
  for (const [i, item] of states.entries()) {
    if (!isUpdate(item)) continue;
    const p = parse(item, UpdateStateStruct);
    if (!p.ok) return { ok: false, field: `[${i}].${p.field}` };
    out.push(toUpdate(p.value, platforms.get(p.value.entity_id) ?? null));
  }
  return { ok: true, value: out };
}

function toUpdate(s: Infer<typeof UpdateStateStruct>, platform: string | null): UpdateEntity {
  const a = s.attributes;
  const inProgress = a.in_progress;
  return {
    entity_id: s.entity_id,
    state: s.state,
    title: a.title ?? null,
    installed_version: a.installed_version ?? null,
    latest_version: a.latest_version ?? null,
    skipped_version: a.skipped_version ?? null,
    release_url: a.release_url ?? null,
    in_progress: inProgress === true || typeof inProgress === "number",
    auto_update: a.auto_update === true,
    platform,
    last_changed: s.last_changed,
  };
}
