import type { HostFacts, SupervisorAddon } from "../../../../src/facts/types.js";
import { HOST_DEFAULT, SUPERVISOR_DEFAULT, facts, ok } from "../../../support/facts-builder.js";

/** A Home Assistant Core (venv) install, where the process user matters. */
export const coreHost = (over: Partial<HostFacts> = {}) =>
  ok<HostFacts>({ ...HOST_DEFAULT, installation_type: "Home Assistant Core", docker: false, virtualenv: true, ...over });

export const withAddons = (addons: SupervisorAddon[]) => facts({ supervisor: ok({ ...SUPERVISOR_DEFAULT, addons }) });
