/**
 * Canonical outline JSON, byte-identical to outline.py `dumps_outline`
 * (`json.dumps(indent=2, sort_keys=True, ensure_ascii=True)` + "\n").
 */

/** Sorted keys (by UTF-16 code unit, equal to Python's order for the ASCII keys we emit). */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === "object") {
    const src = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(src).sort()) {
      const v = src[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  if (typeof value === "number" && !Number.isFinite(value)) throw new Error("non-finite number in outline");
  return value;
}

/** Python's ensure_ascii escapes everything outside " ".."~" (DEL too) as lowercase \uXXXX. */
function asciiOnly(json: string): string {
  return json.replace(/[\u007f-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

export function canonicalJson(value: unknown): string {
  return `${asciiOnly(JSON.stringify(sortKeys(value), null, 2))}\n`;
}
