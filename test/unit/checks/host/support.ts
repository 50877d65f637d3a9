import type { CheckResult } from "../../../../src/checks/types.js";
import type { AddonSettings, AddonSettingsFacts, HostFacts, SupervisorAddon } from "../../../../src/facts/types.js";
import { formatMessage, lookupIn } from "../../../../src/i18n/message.js";
import { ENGLISH } from "../../../../src/i18n/texts.js";
import { HOST_DEFAULT, SUPERVISOR_DEFAULT, addonSettings, facts, ok } from "../../../support/facts-builder.js";

/** A Home Assistant Core (venv) install, where the process user matters. */
export const coreHost = (over: Partial<HostFacts> = {}) =>
  ok<HostFacts>({ ...HOST_DEFAULT, installation_type: "Home Assistant Core", docker: false, virtualenv: true, ...over });

export const withAddons = (addons: SupervisorAddon[]) => facts({ supervisor: ok({ ...SUPERVISOR_DEFAULT, addons }) });

/** Facts whose backend reports these add-on settings (and Supervisor settings). */
export const withSettings = (addons: AddonSettings[], supervisor: Partial<AddonSettingsFacts["supervisor"]> = {}) =>
  facts({ addon_settings: ok(addonSettings(addons, supervisor)) });

/** The three ways the add-on settings can be missing, and what each means for a check. */
export const ABSENT_CASES = [
  ["supervisor_absent", "not_applicable"],
  ["backend_absent", "not_assessed"],
  ["error", "not_assessed"],
] as const;

/** Evidence as English text (the messages rendered as the reports render them). */
export function englishEvidence(result: CheckResult): string[] {
  return result.evidence.map((e) => formatMessage(e, lookupIn(undefined, ENGLISH)));
}
