/** The Node config-outline builder (lint-config): the twin of outline.py. */
import { stat } from "node:fs/promises";
import type { Outline } from "../facts/types.js";
import { resolveLimits, type OutlineLimits } from "./limits.js";
import { OutlineBuilder } from "./walk.js";

export { canonicalJson } from "./canonical-json.js";
export { DEFAULT_LIMITS, resolveLimits, type OutlineLimits } from "./limits.js";
export { parseText } from "./text.js";
export { stringFeatures } from "./features.js";

export class ConfigDirError extends Error {
  constructor() {
    super("config folder not found");
    this.name = "ConfigDirError";
  }
}

/** Outline every YAML file under `configDir`. Throws ConfigDirError when it is not a folder. */
export async function buildOutline(configDir: string, limits: Partial<OutlineLimits> = {}): Promise<Outline> {
  let isDir: boolean;
  try {
    isDir = (await stat(configDir)).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir) throw new ConfigDirError();
  return new OutlineBuilder(configDir, resolveLimits(limits)).build();
}
