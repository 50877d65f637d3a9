/**
 * Subscription messages put together (src/collect/server-delta.ts): files in the builder's
 * order (Python `sorted`: code points, not UTF-16 units), parts replaced whole, and a delta
 * that does not follow the message held refused.
 */
import { describe, expect, it } from "vitest";
import { OUT_OF_STEP_MESSAGE, applyServerMessage, comparePaths } from "../../../src/collect/server-delta.js";

const file = (path: string): Record<string, unknown> => ({ path, reachable: false, mount: null, error: null, keys: [], nodes: [], entries: [] });
const full = (paths: string[]): unknown => ({ contract: 2, kind: "full", seq: 0, schema_version: 1, http: { a: 1 }, outline: { version: 1, form: "relevant", truncated: null, files: paths.map(file) } });

describe("applyServerMessage", () => {
  it("orders files by code point, as the builder does", () => {
    // U+FFFF sorts before U+10000 by code point; by UTF-16 units (JavaScript's default) after it.
    expect(["\u{10000}.yaml", "\uffff.yaml", "a.yaml"].sort(comparePaths)).toEqual(["a.yaml", "\uffff.yaml", "\u{10000}.yaml"]);
    const first = applyServerMessage(undefined, full(["a.yaml"]));
    if (!first.ok) throw new Error(first.message);
    const next = applyServerMessage(first.stream, { contract: 2, kind: "delta", seq: 1, base: 0, parts: {}, outline: { version: 1, form: "relevant", truncated: null, removed: [], files: [file("\u{10000}.yaml"), file("\uffff.yaml")] } });
    if (!next.ok) throw new Error(next.message);
    const outline = (next.stream.message as { outline: { files: { path: string }[] } }).outline;
    expect(outline.files.map((f) => f.path)).toEqual(["a.yaml", "\uffff.yaml", "\u{10000}.yaml"]);
  });

  it("replaces changed parts whole and keeps the others", () => {
    const first = applyServerMessage(undefined, full([]));
    if (!first.ok) throw new Error(first.message);
    const next = applyServerMessage(first.stream, { contract: 2, kind: "delta", seq: 1, base: 0, parts: { tokens: [] } });
    expect(next.ok && next.stream.message).toMatchObject({ http: { a: 1 }, tokens: [], seq: 1 });
  });

  it("refuses a delta without the message it follows, or after another one", () => {
    const delta = { contract: 2, kind: "delta", seq: 2, base: 1, parts: {} };
    expect(applyServerMessage(undefined, delta)).toEqual({ ok: false, message: OUT_OF_STEP_MESSAGE });
    const first = applyServerMessage(undefined, full([]));
    if (!first.ok) throw new Error(first.message);
    expect(applyServerMessage(first.stream, delta)).toEqual({ ok: false, message: OUT_OF_STEP_MESSAGE });
  });

  it("passes a message of another contract on as it is (collectServer says the versions differ)", () => {
    const old = { schema_version: 1, http: {} };
    expect(applyServerMessage(undefined, old)).toEqual({ ok: true, stream: { seq: -1, message: old } });
  });
});
