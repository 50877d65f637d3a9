/**
 * YAML 1.1 implicit typing of scalars and number construction, as outline.py does it
 * (PyYAML's resolver regexes, whole-text matches; construct_yaml_int/float).
 */
import type { OutlineScalarType } from "../facts/types.js";
import type { ScalarNode } from "./parse.js";

const STD = "tag:yaml.org,2002:";
const RESOLVED_STD_TAGS: ReadonlySet<string> = new Set([`${STD}null`, `${STD}bool`, `${STD}int`, `${STD}float`]);

const RE_BOOL = /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/;
const RE_NULL = /^(?:~|null|Null|NULL|)$/;
const RE_INT = /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/;
const RE_FLOAT =
  /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const TRUE_WORDS: ReadonlySet<string> = new Set(["yes", "true", "on"]);
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * First characters any of the null/bool/int/float patterns can start with (or the empty
 * text): anything else is a string without trying them.
 */
const RESOLVABLE_START = new Uint8Array(128);
for (const ch of "~nNyYtTfFoO-+.0123456789") RESOLVABLE_START[ch.charCodeAt(0)] = 1;

export function resolveScalar(node: ScalarNode): OutlineScalarType {
  if (node.plain || (node.tag !== null && RESOLVED_STD_TAGS.has(node.tag))) {
    const t = node.value;
    const c = t.charCodeAt(0);
    if (c < 128 && RESOLVABLE_START[c] === 0) return "str";
    if (RE_NULL.test(t)) return "null";
    if (RE_BOOL.test(t)) return "bool";
    if (RE_INT.test(t)) return "int";
    if (RE_FLOAT.test(t)) return "float";
  }
  return "str";
}

export function boolValue(text: string): boolean {
  return TRUE_WORDS.has(text.toLowerCase());
}

const RE_SMALL_DECIMAL = /^[1-9][0-9]{0,14}$/;

/** construct_yaml_int as a number both JSON printers agree on, else null. */
export function intValue(text: string): number | null {
  // Most config numbers: decimal without sign or "_", below 10^15 (exact as a double).
  if (RE_SMALL_DECIMAL.test(text)) return Number(text);
  let value = text.replaceAll("_", "");
  let sign = 1n;
  if (value.startsWith("-")) sign = -1n;
  if (value.startsWith("-") || value.startsWith("+")) value = value.slice(1);
  let n: bigint;
  try {
    if (value === "0") n = 0n;
    else if (value.startsWith("0b")) n = parseDigits(value.slice(2), 2);
    else if (value.startsWith("0x")) n = parseDigits(value.slice(2), 16);
    else if (value.startsWith("0")) n = parseDigits(value, 8);
    else if (value.includes(":")) {
      n = 0n;
      let base = 1n;
      for (const part of value.split(":").reverse()) {
        n += parseDigits(part, 10) * base;
        base *= 60n;
      }
    } else n = parseDigits(value, 10);
  } catch {
    return null;
  }
  n *= sign;
  if (n > MAX_SAFE || n < -MAX_SAFE) return null;
  return Number(n);
}

const DIGITS: Readonly<Record<number, RegExp>> = { 2: /^[01]+$/, 8: /^[0-7]+$/, 10: /^[0-9]+$/, 16: /^[0-9a-fA-F]+$/ };

function parseDigits(digits: string, radix: 2 | 8 | 10 | 16): bigint {
  if (!DIGITS[radix]?.test(digits)) throw new Error("not a number");
  const prefix = radix === 2 ? "0b" : radix === 8 ? "0o" : radix === 16 ? "0x" : "";
  return BigInt(prefix + digits);
}

/** construct_yaml_float as a JSON-safe number (see jsonNumber), else null. */
export function floatValue(text: string): number | null {
  let value = text.replaceAll("_", "").toLowerCase();
  let sign = 1;
  if (value.startsWith("-")) sign = -1;
  if (value.startsWith("-") || value.startsWith("+")) value = value.slice(1);
  let v: number;
  if (value === ".inf") v = sign * Infinity;
  else if (value === ".nan") v = NaN;
  else if (value.includes(":")) {
    let total = 0;
    let base = 1;
    for (const part of value.split(":").reverse()) {
      const f = pyFloat(part);
      if (f === null) return null;
      total += f * base;
      base *= 60;
    }
    v = sign * total;
  } else {
    const f = pyFloat(value);
    if (f === null) return null;
    v = sign * f;
  }
  return jsonFloat(v);
}

/** Python float() for the shapes the float regex admits (digits, one dot, exponent). */
function pyFloat(s: string): number | null {
  if (!/^(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:e[-+]?[0-9]+)?$/.test(s)) return null;
  return Number(s);
}

/**
 * A float both Python's json and JavaScript print identically, else null: integral
 * values within 2^53 print as integers, others only when ≥ 1e-4 (no exponent forms).
 */
function jsonFloat(v: number): number | null {
  if (!Number.isFinite(v)) return null;
  if (Number.isInteger(v)) return Math.abs(v) <= Number.MAX_SAFE_INTEGER ? v + 0 : null;
  return Math.abs(v) >= 1e-4 ? v : null;
}
