/** Network-check fixtures: HTTP settings observed, or only the YAML outline (offline). */
import type { CoreConfig, Facts, HttpSettings, OutlineEntry } from "../../../../src/facts/types.js";
import { HTTP_DEFAULT, baseFacts, entry, facts, missing, ok, outline, outlineFile } from "../../../support/facts-builder.js";

export function withHttp(over: Partial<HttpSettings>, rest: Partial<Facts> = {}): Facts {
  return facts({ http: ok({ ...HTTP_DEFAULT, ...over }), ...rest });
}

/** configuration.yaml with `http:` on line 10 and the given settings below it; no backend. */
export function yamlOnly(entries: OutlineEntry[], rest: Partial<Facts> = {}): Facts {
  return facts({
    http: missing("offline"),
    outline: ok(outline([outlineFile("configuration.yaml", [entry(["http"], 10, { type: "map", features: undefined }), ...entries])])),
    ...rest,
  });
}

export const bool = (key: string, line: number, value: boolean) => entry(["http", key], line, { type: "bool", value, features: undefined });
export const int = (key: string, line: number, value: number) => entry(["http", key], line, { type: "int", value, features: undefined });

export function withExternalUrl(url: string | null, rest: Partial<Facts> = {}): Facts {
  const c = baseFacts().config;
  if (!c.ok) throw new Error("fixture");
  return facts({ config: ok<CoreConfig>({ ...c.value, external_url: url }), ...rest });
}

/** Neither the http fact nor the outline. */
export const NOTHING: Partial<Facts> = { http: missing(), outline: missing() };
