/**
 * The Supervisor fact from its endpoints. The required parts (supervisor, core, add-ons,
 * resolution) decide availability; /os/info and /host/info are optional (Supervised
 * installs without Home Assistant OS). Any installed add-on whose info cannot be read makes
 * the whole fact unavailable: silently dropping an add-on would hide exactly the risk the
 * add-on checks look for.
 */
import { available, unavailable } from "../facts/fact.js";
import type { Facts } from "../facts/types.js";
import type { Outcome } from "./send.js";
import { parse } from "./validate.js";
import {
  AddonInfoStruct,
  AddonListStruct,
  CoreInfoStruct,
  HostInfoStruct,
  OsInfoStruct,
  ResolutionStruct,
  SupervisorInfoStruct,
  mapSupervisor,
} from "./sources/supervisor.js";
import type { Struct } from "superstruct";

export const SUPERVISOR_SOURCE = "supervisor/api";

export interface SupervisorAnswers {
  readonly supervisor: Promise<Outcome>;
  readonly core: Promise<Outcome>;
  readonly os: Promise<Outcome>;
  readonly host: Promise<Outcome>;
  readonly addons: Promise<Outcome>;
  readonly resolution: Promise<Outcome>;
  readonly addonInfo: (slug: string) => Promise<Outcome>;
}

type Step<T> = { ok: true; value: T } | { ok: false; fact: Facts["supervisor"] };

function take<T, S>(endpoint: string, o: Outcome, struct: Struct<T, S>): Step<T> {
  if (!o.ok) return { ok: false, fact: unavailable(SUPERVISOR_SOURCE, o.reason, o.message) };
  const p = parse(o.value, struct);
  if (!p.ok) return { ok: false, fact: unavailable(SUPERVISOR_SOURCE, "invalid_response", `supervisor ${endpoint}: unexpected shape at ${p.field}`) };
  return { ok: true, value: p.value };
}

function optionalPart<T, S>(o: Outcome, struct: Struct<T, S>): T | null {
  if (!o.ok) return null;
  const p = parse(o.value, struct);
  return p.ok ? p.value : null;
}

/** Slugs are [a-z0-9_-]; anything else is not put into an endpoint path. */
const SLUG = /^[A-Za-z0-9_.-]{1,128}$/;

export async function collectSupervisor(a: SupervisorAnswers): Promise<Facts["supervisor"]> {
  const list = take("/addons", await a.addons, AddonListStruct);
  // Round 3 starts as soon as the list is in, while the other endpoints may still be answering.
  const infosP: Promise<Outcome[]> = list.ok
    ? Promise.all(list.value.addons.map((ad) => (SLUG.test(ad.slug) ? a.addonInfo(ad.slug) : Promise.resolve<Outcome>({ ok: false, reason: "invalid_response", message: "supervisor /addons: unexpected shape at slug" }))))
    : Promise.resolve([]);
  const [supervisorO, coreO, osO, hostO, resolutionO, infos] = await Promise.all([a.supervisor, a.core, a.os, a.host, a.resolution, infosP]);

  const supervisor = take("/supervisor/info", supervisorO, SupervisorInfoStruct);
  if (!supervisor.ok) return supervisor.fact;
  if (!list.ok) return list.fact;
  const core = take("/core/info", coreO, CoreInfoStruct);
  if (!core.ok) return core.fact;
  const resolution = take("/resolution/info", resolutionO, ResolutionStruct);
  if (!resolution.ok) return resolution.fact;
  const addons = [];
  for (const [i, o] of infos.entries()) {
    const slug = list.value.addons[i]?.slug ?? "?";
    const info = take(`/addons/${SLUG.test(slug) ? slug : "?"}/info`, o, AddonInfoStruct);
    if (!info.ok) return info.fact;
    addons.push(info.value);
  }
  return available(
    SUPERVISOR_SOURCE,
    mapSupervisor({
      supervisor: supervisor.value,
      core: core.value,
      os: optionalPart(osO, OsInfoStruct),
      host: optionalPart(hostO, HostInfoStruct),
      addons,
      resolution: resolution.value,
    }),
  );
}
