/**
 * One check: a row that expands to why, evidence, fix and links. Its own element so a fact
 * change re-renders only the checks whose view changed (see views.ts).
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from "lit";
import { property } from "lit/decorators.js";
import { catalogTexts } from "./catalog-texts.js";
import { localizer } from "./localize.js";
import { checkStyles, shared } from "./styles.js";
import type { Texts } from "../src/i18n/texts.js";
import type { CheckView } from "./views.js";
import type { Override } from "../src/score/types.js";
import type { DecideFn } from "./decide-actions.js";
import "./decide-actions.js";
import { defineElement } from "./define.js";
import { CHECK_TAG } from "./const.js";

export { CHECK_TAG };

/** In-app navigation as the frontend's own navigate() does it (frontend src/common/navigate.ts). */
export function navigate(path: string): void {
  history.pushState(null, "", path);
  window.dispatchEvent(new CustomEvent("location-changed", { detail: { replace: false } }));
}

export class SecurityScorecardCheck extends LitElement {
  static override styles = [shared, checkStyles];

  @property({ attribute: false }) view?: CheckView;
  @property({ attribute: false }) language = "en";
  @property({ type: Boolean, reflect: true }) open = false;
  /** Hide "why"/"fix" text in compact mode. */
  @property({ type: Boolean }) compact = false;
  /** Set when the integration keeps decisions: the row offers decide/undo/import (card/decide-actions.ts). */
  @property({ attribute: false }) decide?: DecideFn;
  /** This card's `accepted:` entry for the check that the integration lacks. */
  @property({ attribute: false }) pendingImport: Override | null = null;

  /** Counts renders; the component tests read it to prove a fact change re-renders only its check. */
  renderCount = 0;

  protected override willUpdate(_changed: PropertyValues): void {
    if (this.view !== undefined) this.dataset.check = this.view.id;
  }

  override render(): TemplateResult | typeof nothing {
    const v = this.view;
    if (v === undefined) return nothing;
    this.renderCount += 1;
    const t = localizer(this.language);
    const texts = catalogTexts(this.language);
    const id = `d-${v.id}`;
    return html`
      <button class="row" aria-expanded=${this.open ? "true" : "false"} aria-controls=${id} @click=${this.toggle}>
        <span class="status ${v.status}"><span class="dot" aria-hidden="true"></span>${t(`status.${v.status}`)}</span>
        <span class="title">${texts.heading(v.check, v.status)}</span>
        <span class="severity">${t(`severity.${v.severity}`)}</span>
      </button>
      <div class="details" id=${id} ?hidden=${!this.open}>
        ${this.open ? this.renderDetails(v, t, texts) : nothing}
      </div>
    `;
  }

  private renderDetails(v: CheckView, t: ReturnType<typeof localizer>, texts: Texts): TemplateResult {
    const finding = v.status === "fail" || v.status === "warn";
    return html`
      ${v.override !== null
        ? html`<p class="override">${t(`check.override.${v.override.kind}`, { reason: v.override.reason })}</p>`
        : nothing}
      ${v.reason !== null && !finding ? html`<h4>${t("check.reason")}</h4><p class="reason">${texts.message(v.reason)}</p>` : nothing}
      ${this.compact ? nothing : html`<h4>${t("check.why")}</h4><p>${texts.check(v.check, "why")}</p>`}
      ${v.evidence.length > 0
        ? html`<h4>${t("check.evidence")}</h4>
            <ul class="evidence">
              ${v.evidence.map((e) => html`<li>${texts.evidence(e)}</li>`)}
            </ul>`
        : nothing}
      ${finding ? html`<h4>${t("check.fix")}</h4><p class="fix">${texts.check(v.check, "fix")}</p>` : nothing}
      <div class="actions">
        <a href=${v.check.learnMoreUrl} target="_blank" rel="noopener noreferrer">${t("check.learn_more")}<span class="sr-only"> (${texts.heading(v.check, v.status)})</span></a>
        ${finding && v.check.fixPath !== undefined
          ? html`<button class="fix-path" @click=${() => navigate(v.check.fixPath ?? "/")}>${t("check.open_fix")}</button>`
          : nothing}
      </div>
      ${this.decide !== undefined && (finding || v.override !== null)
        ? html`<security-scorecard-decide
            .checkId=${v.id}
            .override=${v.override}
            .pendingImport=${this.pendingImport}
            .language=${this.language}
            .decide=${this.decide}
          ></security-scorecard-decide>`
        : finding && v.override === null
          ? html`<p class="muted hint">${t("check.override.hint")}</p>`
          : nothing}
    `;
  }

  private toggle(): void {
    this.open = !this.open;
    this.dispatchEvent(new CustomEvent("check-toggle", { detail: { id: this.view?.id, open: this.open }, bubbles: true, composed: true }));
  }
}

defineElement(CHECK_TAG, SecurityScorecardCheck);

declare global {
  interface HTMLElementTagNameMap {
    [CHECK_TAG]: SecurityScorecardCheck;
  }
}
