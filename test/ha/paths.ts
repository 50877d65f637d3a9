/** Folders the harness works in. */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const HARNESS_DIR = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = join(HARNESS_DIR, "..", "..");
/** Git-ignored working space: config folders of runs, the Python 3.14 root. */
export const CACHE_DIR = join(REPO_ROOT, ".cache");
