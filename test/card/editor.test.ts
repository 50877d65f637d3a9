// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { CATALOG } from "../../src/checks/catalog.js";
import "../../card/editor.js";
import type { CardConfig } from "../../card/types.js";
import { settle } from "./support.js";

afterEach(() => {
  document.body.innerHTML = "";
});

async function mountEditor(config: Record<string, unknown>) {
  const editor = document.createElement("security-scorecard-card-editor");
  editor.setConfig(config);
  document.body.appendChild(editor);
  await settle(editor);
  const changes: CardConfig[] = [];
  editor.addEventListener("config-changed", (e) => changes.push((e as CustomEvent<{ config: CardConfig }>).detail.config));
  const q = <T extends Element>(sel: string): T => {
    const el = editor.shadowRoot?.querySelector<T>(sel);
    if (el === null || el === undefined) throw new Error(`no ${sel}`);
    return el;
  };
  return { editor, changes, q };
}

describe("security-scorecard-card-editor", () => {
  it("edits the title and switches, keeping other keys", async () => {
    const { changes, q } = await mountEditor({ type: "custom:security-scorecard-card", accepted: [{ id: "a-b", kind: "mitigated", reason: "proxy" }] });
    const title = q<HTMLInputElement>('input[name="title"]');
    title.value = "Security";
    title.dispatchEvent(new Event("change"));
    q<HTMLInputElement>('input[name="compact"]').click();
    expect(changes.at(-1)).toEqual({
      type: "custom:security-scorecard-card",
      title: "Security",
      compact: true,
      accepted: [{ id: "a-b", kind: "mitigated", reason: "proxy" }],
    });
  });

  it("hides a category and never writes an empty list", async () => {
    const { changes, q } = await mountEditor({ type: "custom:security-scorecard-card", categories: ["accounts", "network"] });
    q<HTMLInputElement>('input[name="category"][value="accounts"]').click();
    expect(changes.at(-1)?.categories).toEqual(["network"]);
    q<HTMLInputElement>('input[name="category"][value="network"]').click();
    expect(changes).toHaveLength(1);
  });

  it("adds, edits and removes accepted risks", async () => {
    const { editor, changes, q } = await mountEditor({ type: "custom:security-scorecard-card" });
    q<HTMLButtonElement>("button.add").click();
    await settle(editor);
    const first = CATALOG[0]?.id;
    expect(changes.at(-1)?.accepted).toEqual([{ id: first, kind: "risk_accepted", reason: "-" }]);
    const reason = q<HTMLInputElement>('input[name="reason"]');
    reason.value = "TLS ends at the proxy";
    reason.dispatchEvent(new Event("change"));
    const kind = q<HTMLSelectElement>('select[name="kind"]');
    kind.value = "mitigated";
    kind.dispatchEvent(new Event("change"));
    expect(changes.at(-1)?.accepted).toEqual([{ id: first, kind: "mitigated", reason: "TLS ends at the proxy" }]);
    // An empty reason would be an invalid config: not emitted.
    const count = changes.length;
    reason.value = "";
    reason.dispatchEvent(new Event("change"));
    expect(changes).toHaveLength(count);
    await settle(editor);
    q<HTMLButtonElement>("button.remove").click();
    expect(changes.at(-1)).toEqual({ type: "custom:security-scorecard-card" });
  });

  it("says where decisions live with the integration: the integration keeps them, this list is only offered for import", async () => {
    const { q } = await mountEditor({ type: "custom:security-scorecard-card" });
    const help = q<HTMLParagraphElement>("fieldset.accepted p.muted").textContent ?? "";
    expect(help).toContain("Without the Security Scorecard integration this list applies as it is");
    expect(help).toContain("the integration keeps the decisions");
    expect(help).toContain("only offered for import");
  });
});
