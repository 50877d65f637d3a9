/**
 * A crude cross-process lock (an exclusive-create file holding the holder's pid), so two runs
 * never build the same venv or Python root at once. A lock whose holder is dead is stale.
 */
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

export async function withLock<T>(path: string, fn: () => Promise<T>, timeoutMs = 20 * 60_000): Promise<T> {
  mkdirSync(dirname(path), { recursive: true });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      closeSync(openSync(path, "wx"));
      writeFileSync(path, String(process.pid));
      break;
    } catch {
      let holder = 0;
      try {
        holder = Number(readFileSync(path, "utf8").trim());
      } catch {
        // removed between our open and read: try again
      }
      let alive: boolean;
      try {
        if (holder > 0) process.kill(holder, 0);
        alive = holder > 0;
      } catch {
        alive = false;
      }
      try {
        if (!alive && Date.now() - statSync(path).mtimeMs > 2_000) rmSync(path, { force: true });
      } catch {
        // already gone
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${path}`);
      await new Promise((r) => setTimeout(r, 1_000));
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(path, { force: true });
  }
}
