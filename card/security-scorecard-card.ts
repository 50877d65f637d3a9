/**
 * `security-scorecard-card`: the score, the grade, "Fix next" and every check, live.
 *
 * Decisions about findings ("risk accepted", "mitigated elsewhere") are kept by the
 * integration and made on a check's row (card/decide-actions.ts), so every judge applies
 * them; the card config's `accepted:` list applies only without the integration and is
 * otherwise offered for import (card/decisions.ts). The card never writes its own config.
 */
import { LitElement, html, nothing, type TemplateResult } from "lit";
import { state } from "lit/decorators.js";
import { repeat } from "lit/directives/repeat.js";
import type { Override, Scorecard } from "../src/score/types.js";
import "./check-row.js";
import { overridesOf, validateConfig, visibleCategories } from "./config.js";
import { configForm } from "./config-form.js";
import { CARD_TAG, CARD_TYPE, CHECK_TAG, EDITOR_TAG } from "./const.js";
import { ScorecardController, type CardState, type ControllerDeps } from "./controller.js";
import { DEFAULT_DEPS } from "./deps.js";
import { catalogTexts } from "./catalog-texts.js";
import { languageOf, loadLanguage, localizer, setEntryUrl, type Localize } from "./localize.js";
import { cardStyles, shared } from "./styles.js";
import type { CardConfig, ConfigForm, GridOptions, HomeAssistant } from "./types.js";
import { categoryShare, gauge, shareBar } from "./views/gauge.js";
import { trendView } from "./views/trend.js";
import type { Check } from "../src/checks/types.js";
import "./panel.js";
import { defineElement } from "./define.js";

export { CARD_TAG };
// This module is the bundle's entry: its URL has the `?v=` that translation requests repeat.
setEntryUrl(import.meta.url);
export const DOCUMENTATION_URL = "https://github.com/ha-security-scorecard/ha-security-scorecard#the-card";
const FIX_NEXT_MAX = 5;
const FIX_NEXT_COMPACT = 3;

export class SecurityScorecardCard extends LitElement {
  static override styles = [shared, cardStyles];

  /** Replaced by the component tests (fake collector, short timers); the bundle uses DEFAULT_DEPS. */
  static deps: ControllerDeps = DEFAULT_DEPS;

  /** Set on every state change in Home Assistant: forwarded to the controller, no re-render of its own. */
  private _hass?: HomeAssistant;
  /** The user's language; `language` follows once its strings are loaded (English is built in). */
  private wantedLanguage = "en";
  @state() private language = "en";
  @state() private config: CardConfig = { type: CARD_TYPE };
  @state() private openCategories = new Set<string>();
  @state() private openChecks = new Set<string>();
  @state() private tick = 0;

  readonly controller = new ScorecardController(() => {
    this.tick += 1;
  }, SecurityScorecardCard.deps);

  static getStubConfig(): CardConfig {
    return { type: CARD_TYPE };
  }

  /**
   * Takes precedence over getConfigForm in the frontend (hui-card-element-editor tries it first): only it can edit `accepted`.
   * Loaded on first use, as the frontend loads its own editors: a chunk beside the bundle.
   */
  static async getConfigElement(): Promise<HTMLElement> {
    await import("./editor.js");
    return document.createElement(EDITOR_TAG);
  }

  /** For frontends that build the editor from a schema; `accepted` is then edited in YAML (ha-form keeps unknown keys). */
  static getConfigForm(): ConfigForm {
    return configForm();
  }

  setConfig(config: unknown): void {
    this.config = validateConfig(config);
    this.controller.setOverrides(overridesOf(this.config.accepted));
  }

  getCardSize(): number {
    return this.config.compact ? 5 : 9;
  }

  getGridOptions(): GridOptions {
    return { columns: 12, min_columns: 6, rows: "auto" };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.controller.connect();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.controller.disconnect();
  }

  set hass(hass: HomeAssistant | undefined) {
    this._hass = hass;
    if (hass === undefined) return;
    const wanted = languageOf(hass);
    if (wanted !== this.wantedLanguage) {
      this.wantedLanguage = wanted;
      void loadLanguage(wanted).then((loaded) => {
        if (this.wantedLanguage === wanted) this.language = loaded;
      });
    }
    this.controller.setHass(hass);
  }

  get hass(): HomeAssistant | undefined {
    return this._hass;
  }

  override render(): TemplateResult {
    const t = localizer(this.language);
    const s = this.controller.state;
    return html`
      <ha-card class=${this.config.compact ? "compact" : ""}>
        <h2>${this.config.title ?? t("card.name")}</h2>
        ${this.renderState(s, t)}
      </ha-card>
    `;
  }

  private renderState(s: CardState, t: Localize): TemplateResult {
    switch (s.kind) {
      case "loading":
        return html`<div class="skeleton" role="status" aria-busy="true">
          <span class="sr-only">${t("state.loading")}</span>
          <div class="bar big"></div>
          <div class="bar"></div>
          <div class="bar"></div>
          <div class="bar"></div>
          <div class="bar"></div>
        </div>`;
      case "not_admin":
        return html`<div class="not-admin">
          <h3>${t("state.not_admin.title")}</h3>
          <p class="muted">${t("state.not_admin.text")}</p>
        </div>`;
      case "error":
        return html`<p class="notice error" role="alert">${t("state.error", { message: s.message })}</p>
          <button class="retry" @click=${() => this.controller.retry()}>${t("state.retry")}</button>`;
      case "ready":
        return this.renderScorecard(s, t);
    }
  }

  private renderScorecard(s: CardState & { kind: "ready" }, t: Localize): TemplateResult {
    const card = s.scorecard;
    const lang = this.language;
    return html`
      ${this.renderHeader(card, t, lang)}
      ${s.stale
        ? html`<p class="notice stale" role="status">${t("state.stale", { time: formatTime(card.evaluatedAt, lang) })}</p>`
        : nothing}
      ${s.backendAbsent > 0 ? html`<p class="notice backend">${t("state.backend_absent", { count: s.backendAbsent })}</p>` : nothing}
      ${this.renderFixNext(card, t, lang)} ${this.config.compact ? nothing : this.renderTrend(card, t, lang)} ${this.renderCategories(s, t, lang)}
    `;
  }

  private renderHeader(card: Scorecard, t: Localize, lang: string): TemplateResult {
    const bad = card.grade === "V" || card.capReason !== null || card.grade.startsWith("F") || card.grade.startsWith("D");
    return html`
      <div class="header">
        ${gauge(card.score, t("header.score"))}
        <div class="grade ${bad ? "bad" : ""}" aria-label=${t("header.grade")}>${card.grade}</div>
        <div class="meta">
          ${card.score === null ? html`<span class="muted">${t("header.no_score")}</span>` : nothing}
          <span class="coverage">${t("header.coverage", { percent: Math.round(card.coverage.ratio * 100) })}</span>
          <span class="muted evaluated">${t("header.evaluated", { time: formatTime(card.evaluatedAt, lang) })}</span>
        </div>
      </div>
      ${card.grade === "V" ? html`<p class="vulnerable">${t("header.vulnerable", { grade: card.uncappedGrade })}</p>` : nothing}
      ${card.advisories.length > 0
        ? html`<ul class="advisories">
            ${card.advisories.map(
              (a) =>
                html`<li>
                  <a href=${a.url} target="_blank" rel="noopener noreferrer">${t("header.advisory", { id: a.id, summary: a.summary })}</a>
                </li>`,
            )}
          </ul>`
        : nothing}
      ${card.capReason !== null ? html`<p class="cap-reason muted">${catalogTexts(lang).message(card.capReason)}</p>` : nothing}
    `;
  }

  private renderFixNext(card: Scorecard, t: Localize, lang: string): TemplateResult {
    const texts = catalogTexts(lang);
    const shown = visibleCategories(this.config);
    const items = card.fixNext.filter((e) => shown.has(e.check.category)).slice(0, this.config.compact ? FIX_NEXT_COMPACT : FIX_NEXT_MAX);
    return html`
      <h3>${t("fix_next.title")}</h3>
      ${items.length === 0
        ? html`<p class="muted fix-next-none">${t("fix_next.none")}</p>`
        : html`<ol class="fix-next">
            ${items.map(
              (e) =>
                html`<li data-check=${e.check.id}>
                  <button class="jump" @click=${() => this.reveal(e.check.id, e.check.category)}>${texts.heading(e.check, e.status)}</button
                  ><span class="points">${t("fix_next.points", { points: formatPoints(e.recoverable) })}</span>
                </li>`,
            )}
          </ol>`}
    `;
  }

  private renderTrend(card: Scorecard, t: Localize, lang: string): TemplateResult | typeof nothing {
    const checks = new Map<string, Check>(card.categories.flatMap((c) => c.checks.map((e) => [e.check.id, e.check] as const)));
    return trendView({ trend: this.controller.trend, checks, t, texts: catalogTexts(lang), formatTime: (iso) => formatTime(iso, lang) });
  }

  private renderCategories(s: CardState & { kind: "ready" }, t: Localize, lang: string): TemplateResult {
    const shown = visibleCategories(this.config);
    const hidePassed = this.config.hide_passed === true;
    return html`${repeat(
      s.scorecard.categories.filter((c) => shown.has(c.id)),
      (c) => c.id,
      (c) => {
        const open = this.openCategories.has(c.id);
        const title = catalogTexts(lang).category(c.id);
        const listId = `cat-${c.id}`;
        const checks = c.checks.filter((e) => !(hidePassed && e.status === "pass"));
        const share = categoryShare(c);
        return html`<section class="category" data-category=${c.id}>
          <button aria-expanded=${open ? "true" : "false"} aria-controls=${listId} @click=${() => this.toggleCategory(c.id)}>
            <span class="cat-title">${title}</span>
            ${shareBar(share, t("category.share", { percent: share ?? 0 }))}
            <span class="counts muted">${t("category.counts", { pass: c.counts.pass, fail: c.counts.fail, warn: c.counts.warn })}</span>
            <span class="chevron" aria-hidden="true">›</span>
          </button>
          <ul class="checks" id=${listId} ?hidden=${!open}>
            ${open
              ? repeat(
                  checks,
                  (e) => e.check.id,
                  (e) => html`<li>
                    <security-scorecard-check
                      .view=${s.views.get(e.check.id)}
                      .language=${lang}
                      .open=${this.openChecks.has(e.check.id)}
                      .compact=${this.config.compact === true}
                      .decide=${this.controller.decisions.editable ? this.decide : undefined}
                      .pendingImport=${this.controller.decisions.importable(e.check.id)}
                      @check-toggle=${this.onCheckToggle}
                    ></security-scorecard-check>
                  </li>`,
                )
              : nothing}
          </ul>
        </section>`;
      },
    )}`;
  }

  /** A decision from a check's row: kept by the integration, then re-judged (stable, so rows do not re-render). */
  private decide = (checkId: string, decision: Override | null): Promise<void> => this.controller.decide(checkId, decision);

  private toggleCategory(id: string): void {
    const next = new Set(this.openCategories);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this.openCategories = next;
  }

  private onCheckToggle = (ev: Event): void => {
    const detail = (ev as CustomEvent<{ id?: string; open: boolean }>).detail;
    if (detail.id === undefined) return;
    const next = new Set(this.openChecks);
    if (detail.open) next.add(detail.id);
    else next.delete(detail.id);
    this.openChecks = next;
  };

  /** "Fix next" → open the category and the check, then move focus there. */
  private async reveal(id: string, category: string): Promise<void> {
    this.openCategories = new Set(this.openCategories).add(category);
    this.openChecks = new Set(this.openChecks).add(id);
    await this.updateComplete;
    const el = this.renderRoot.querySelector<HTMLElement>(`${CHECK_TAG}[data-check="${id}"]`);
    if (el !== null) {
      await (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
      el.scrollIntoView?.({ block: "nearest" });
      el.shadowRoot?.querySelector<HTMLElement>("button.row")?.focus();
    }
  }
}

function formatTime(iso: string, lang: string): string {
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: "short", timeStyle: "short" }).format(new Date(iso));
  } catch {
    return iso;
  }
}

/** A number, not text: the localizer writes it with the language's decimal separator ("4,4"). */
function formatPoints(points: number): number {
  return points >= 10 ? Math.round(points) : Math.round(points * 10) / 10;
}

defineElement(CARD_TAG, SecurityScorecardCard);

const entry = {
  type: CARD_TAG,
  name: "Security Scorecard",
  description: "How exposed your Home Assistant is: a 0–100 score, a grade and every check behind it.",
  preview: true,
  documentationURL: DOCUMENTATION_URL,
};
window.customCards = window.customCards ?? [];
if (!window.customCards.some((c) => c.type === CARD_TAG)) window.customCards.push(entry);

declare global {
  interface HTMLElementTagNameMap {
    [CARD_TAG]: SecurityScorecardCard;
  }
}
