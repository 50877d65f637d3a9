/**
 * `security-scorecard-decide`: on a finding, an administrator's "Accept risk…" / "Mitigated
 * elsewhere…" (with a reason), "Undo" on a decided check, and "Import" for a decision that
 * is only in this card's `accepted:`. The decision goes to the integration (card/decisions.ts),
 * so every judge applies it.
 */
import { LitElement, html, nothing, type TemplateResult } from "lit";
import { property, state } from "lit/decorators.js";
import { MAX_REASON_LENGTH } from "../src/collect/decisions.js";
import type { Override } from "../src/score/types.js";
import { DECIDE_TAG } from "./const.js";
import { defineElement } from "./define.js";
import { localizer, type Localize } from "./localize.js";
import { checkStyles, shared } from "./styles.js";

export type DecideFn = (checkId: string, decision: Override | null) => Promise<void>;

export class SecurityScorecardDecide extends LitElement {
  static override styles = [shared, checkStyles];

  @property({ attribute: false }) checkId = "";
  /** The decision applied to the check now, if any. */
  @property({ attribute: false }) override: Override | null = null;
  /** This card's `accepted:` entry the integration lacks. */
  @property({ attribute: false }) pendingImport: Override | null = null;
  @property({ attribute: false }) language = "en";
  @property({ attribute: false }) decide?: DecideFn;

  /** The kind whose reason form is open. */
  @state() private editing: Override["kind"] | null = null;
  @state() private reason = "";
  @state() private busy = false;
  @state() private error: string | null = null;

  override render(): TemplateResult {
    const t = localizer(this.language);
    return html`<div class="decide">
      ${this.renderBody(t)} ${this.error !== null ? html`<p class="notice error" role="alert">${t("decide.failed", { message: this.error })}</p>` : nothing}
    </div>`;
  }

  private renderBody(t: Localize): TemplateResult {
    if (this.override !== null) {
      return html`<button class="undo" ?disabled=${this.busy} @click=${() => this.send(null)}>${t("decide.undo")}</button>`;
    }
    if (this.pendingImport !== null) {
      const pending = this.pendingImport;
      return html`<p class="muted import-hint">${t("decide.import_hint", { decision: t(`check.override.${pending.kind}`, { reason: pending.reason }) })}</p>
        <button class="import" ?disabled=${this.busy} @click=${() => this.send(pending)}>${t("decide.import")}</button>`;
    }
    const editing = this.editing;
    if (editing === null) {
      return html`<button class="accept" @click=${() => this.open("risk_accepted")}>${t("decide.risk_accepted")}</button>
        <button class="mitigated" @click=${() => this.open("mitigated")}>${t("decide.mitigated")}</button>`;
    }
    const id = `reason-${this.checkId}`;
    return html`<form @submit=${(ev: Event) => this.submit(ev, editing)}>
      <label for=${id}>${t(editing === "risk_accepted" ? "decide.reason.risk_accepted" : "decide.reason.mitigated")}</label>
      <input id=${id} class="reason" maxlength=${MAX_REASON_LENGTH} required .value=${this.reason} @input=${(ev: Event) => (this.reason = (ev.target as HTMLInputElement).value)} />
      <button class="save" type="submit" ?disabled=${this.busy || this.reason.trim() === ""}>${t("decide.save")}</button>
      <button class="cancel" type="button" @click=${() => (this.editing = null)}>${t("decide.cancel")}</button>
    </form>`;
  }

  private open(kind: Override["kind"]): void {
    this.editing = kind;
    this.reason = "";
    this.error = null;
  }

  private submit(ev: Event, kind: Override["kind"]): void {
    ev.preventDefault();
    const reason = this.reason.trim();
    if (reason !== "") void this.send({ kind, reason });
  }

  private async send(decision: Override | null): Promise<void> {
    if (this.decide === undefined || this.busy) return;
    this.busy = true;
    this.error = null;
    try {
      await this.decide(this.checkId, decision);
      this.editing = null;
      this.reason = "";
    } catch (err) {
      // The integration's message names the field and the rule, never the reason.
      this.error = err instanceof Error ? err.message : "unknown error";
    } finally {
      this.busy = false;
    }
  }
}

defineElement(DECIDE_TAG, SecurityScorecardDecide);

declare global {
  interface HTMLElementTagNameMap {
    [DECIDE_TAG]: SecurityScorecardDecide;
  }
}
