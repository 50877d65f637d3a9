/**
 * Memoisation helpers for the checks.
 *
 * Facts are immutable snapshots (every field is readonly and the collectors build a new
 * value for every change), so anything derived from one fact value can be computed once
 * and shared by every check that reads it. Keying a WeakMap on the fact value keeps the
 * checks pure (same input → same output) and lets the derived data go with the facts.
 */

/** `derive(value)` once per value object; later calls with the same object reuse it. */
export function perValue<K extends object, V>(derive: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as V;
    const value = derive(key);
    cache.set(key, value);
    return value;
  };
}

/**
 * A pure function of one string, memoised. Key names and addresses repeat a lot; the
 * cache is emptied when it grows past `max` so hostile or huge inputs cannot grow it
 * without bound.
 */
export function perString<V>(fn: (s: string) => V, max = 4096): (s: string) => V {
  const cache = new Map<string, V>();
  return (s) => {
    const hit = cache.get(s);
    if (hit !== undefined || cache.has(s)) return hit as V;
    const value = fn(s);
    if (cache.size >= max) cache.clear();
    cache.set(s, value);
    return value;
  };
}
