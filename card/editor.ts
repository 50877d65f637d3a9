/**
 * `security-scorecard-card-editor`: title, categories, layout switches and the accepted
 * risks. Built from native inputs rather than the frontend's lazily loaded `ha-form`
 * elements, so it works on every frontend version without depending on their internals.
 */
import { LitElement, css, html, nothing, type TemplateResult } from "lit";
import { property, state } from "lit/decorators.js";
import { CATALOG } from "../src/checks/catalog.js";
import { CATEGORIES, type CategoryId } from "../src/checks/types.js";
import { MAX_REASON, validateConfig } from "./config.js";
import { CARD_TYPE, EDITOR_TAG } from "./const.js";
import { languageOf, loadLanguage, localizer, type Localize } from "./localize.js";
import { shared } from "./styles.js";
import type { AcceptedRisk, CardConfig, HomeAssistant } from "./types.js";
import { defineElement } from "./define.js";

export { EDITOR_TAG };

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export class SecurityScorecardCardEditor extends LitElement {
  static override styles = [
    shared,
    css`
      .field {
        display: flex;
        flex-direction: column;
        gap: 4px;
        margin-bottom: 12px;
      }
      fieldset {
        border: 1px solid var(--divider-color);
        border-radius: 4px;
        margin: 0 0 12px;
      }
      input[type="text"],
      select {
        font: inherit;
        padding: 6px;
        color: var(--primary-text-color);
        background: var(--card-background-color);
        border: 1px solid var(--divider-color);
        border-radius: 4px;
      }
      .risk {
        display: grid;
        grid-template-columns: 1fr auto;
        gap: 6px;
        padding: 8px 0;
        border-top: 1px solid var(--divider-color);
      }
      .add,
      .remove {
        color: var(--primary-color);
      }
    `,
  ];

  @property({ attribute: false }) hass?: HomeAssistant;
  @state() private config: CardConfig = { type: CARD_TYPE };

  setConfig(config: unknown): void {
    this.config = validateConfig(config);
  }

  private loadedLanguage = "en";

  /** The user's language may not be loaded yet (English is built in): render again once it is. */
  protected override willUpdate(): void {
    const wanted = languageOf(this.hass);
    if (wanted === this.loadedLanguage) return;
    this.loadedLanguage = wanted;
    void loadLanguage(wanted).then((loaded) => {
      if (loaded !== "en") this.requestUpdate();
    });
  }

  override render(): TemplateResult {
    const t = localizer(languageOf(this.hass));
    const c = this.config;
    const shown = new Set<CategoryId>(c.categories ?? CATEGORIES.map((x) => x.id));
    return html`
      <label class="field"
        >${t("editor.title")}
        <input type="text" name="title" .value=${c.title ?? ""} @change=${(e: Event) => this.set("title", (e.target as HTMLInputElement).value || undefined)}
      /></label>
      <fieldset>
        <legend>${t("editor.categories")}</legend>
        ${CATEGORIES.map(
          (cat) => html`<label
            ><input type="checkbox" name="category" value=${cat.id} .checked=${shown.has(cat.id)} @change=${() => this.toggleCategory(cat.id)} />
            ${cat.title}</label
          ><br />`,
        )}
      </fieldset>
      <label
        ><input type="checkbox" name="compact" .checked=${c.compact === true} @change=${(e: Event) => this.set("compact", (e.target as HTMLInputElement).checked || undefined)} />
        ${t("editor.compact")}</label
      ><br />
      <label
        ><input
          type="checkbox"
          name="hide_passed"
          .checked=${c.hide_passed === true}
          @change=${(e: Event) => this.set("hide_passed", (e.target as HTMLInputElement).checked || undefined)}
        />
        ${t("editor.hide_passed")}</label
      >
      ${this.renderAccepted(t)}
    `;
  }

  private renderAccepted(t: Localize): TemplateResult {
    const list = this.config.accepted ?? [];
    return html`<fieldset class="accepted">
      <legend>${t("editor.accepted")}</legend>
      <p class="muted">${t("editor.accepted.help")}</p>
      ${list.map(
        (a, i) => html`<div class="risk">
          <label class="field"
            >${t("editor.accepted.check")}
            <select name="id" @change=${(e: Event) => this.updateRisk(i, { id: (e.target as HTMLSelectElement).value })}>
              ${CATALOG.map((ch) => html`<option value=${ch.id} ?selected=${ch.id === a.id}>${ch.title}</option>`)}
              ${CATALOG.some((ch) => ch.id === a.id) ? nothing : html`<option value=${a.id} selected>${a.id}</option>`}
            </select></label
          >
          <button class="remove" @click=${() => this.removeRisk(i)}>${t("editor.accepted.remove")}</button>
          <label class="field"
            >${t("editor.accepted.kind")}
            <select name="kind" @change=${(e: Event) => this.updateRisk(i, { kind: (e.target as HTMLSelectElement).value as AcceptedRisk["kind"] })}>
              <option value="risk_accepted" ?selected=${a.kind === "risk_accepted"}>${t("editor.kind.risk_accepted")}</option>
              <option value="mitigated" ?selected=${a.kind === "mitigated"}>${t("editor.kind.mitigated")}</option>
            </select></label
          >
          <label class="field"
            >${t("editor.accepted.reason")}
            <input
              type="text"
              name="reason"
              maxlength=${MAX_REASON}
              .value=${a.reason}
              @change=${(e: Event) => this.updateRisk(i, { reason: (e.target as HTMLInputElement).value })}
          /></label>
        </div>`,
      )}
      <button class="add" @click=${this.addRisk}>${t("editor.accepted.add")}</button>
    </fieldset>`;
  }

  private set<K extends keyof CardConfig>(key: K, value: CardConfig[K] | undefined): void {
    const next: Mutable<CardConfig> = { ...this.config };
    if (value === undefined) delete next[key];
    else next[key] = value;
    this.emit(next);
  }

  private toggleCategory(id: CategoryId): void {
    const shown = new Set<CategoryId>(this.config.categories ?? CATEGORIES.map((c) => c.id));
    if (shown.has(id)) shown.delete(id);
    else shown.add(id);
    // Never an empty list (invalid); all categories is the default, so it is left out.
    if (shown.size === 0) return;
    const ordered = CATEGORIES.map((c) => c.id).filter((c) => shown.has(c));
    this.set("categories", ordered.length === CATEGORIES.length ? undefined : ordered);
  }

  private addRisk = (): void => {
    const used = new Set((this.config.accepted ?? []).map((a) => a.id));
    const first = CATALOG.find((c) => !used.has(c.id));
    if (first === undefined) return;
    // A placeholder reason keeps the config valid until the user writes theirs.
    this.set("accepted", [...(this.config.accepted ?? []), { id: first.id, kind: "risk_accepted", reason: "-" }]);
  };

  private removeRisk(index: number): void {
    const list = (this.config.accepted ?? []).filter((_, i) => i !== index);
    this.set("accepted", list.length > 0 ? list : undefined);
  }

  private updateRisk(index: number, patch: Partial<AcceptedRisk>): void {
    const list = (this.config.accepted ?? []).map((a, i) => (i === index ? { ...a, ...patch } : a));
    this.set("accepted", list);
  }

  private emit(config: CardConfig): void {
    try {
      validateConfig(config);
    } catch {
      return; // e.g. an empty reason or a duplicate check: keep the last valid config
    }
    this.config = config;
    this.dispatchEvent(new CustomEvent("config-changed", { detail: { config }, bubbles: true, composed: true }));
  }
}

defineElement(EDITOR_TAG, SecurityScorecardCardEditor);

declare global {
  interface HTMLElementTagNameMap {
    [EDITOR_TAG]: SecurityScorecardCardEditor;
  }
}
