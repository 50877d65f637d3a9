/**
 * The score trend (a line over the recorder's history of the score sensor, one dot per
 * recorded score) and the checks that changed since the previous evaluation.
 *
 * The line stretches to the card's width (preserveAspectRatio none); its dots are
 * zero-length strokes with round caps and a non-scaling stroke, so they stay round.
 */
import { html, svg, nothing, type TemplateResult } from "lit";
import type { Check } from "../../src/checks/types.js";
import type { Texts } from "../../src/i18n/texts.js";
import type { Localize } from "../localize.js";
import { TREND_DAYS, type Trend, type TrendPoint } from "../trend.js";

const WIDTH = 300;
const HEIGHT = 64;
const PAD = 6;

/** Points in the SVG's box: time left to right (evenly spaced when all share one instant), score 0–100 bottom to top. */
export function plot(points: readonly TrendPoint[]): { x: number; y: number }[] {
  const first = points[0]?.at ?? 0;
  const span = (points.at(-1)?.at ?? 0) - first;
  return points.map((p, i) => ({
    x: PAD + (WIDTH - 2 * PAD) * (span > 0 ? (p.at - first) / span : points.length > 1 ? i / (points.length - 1) : 0.5),
    y: PAD + (HEIGHT - 2 * PAD) * (1 - Math.min(100, Math.max(0, p.score)) / 100),
  }));
}

export interface TrendViewInput {
  readonly trend: Trend | null;
  /** The scorecard's checks by id: the changed ones are named by their texts. */
  readonly checks: ReadonlyMap<string, Check>;
  readonly t: Localize;
  readonly texts: Texts;
  readonly formatTime: (iso: string) => string;
}

export function trendView({ trend, checks, t, texts, formatTime }: TrendViewInput): TemplateResult | typeof nothing {
  if (trend === null) return nothing;
  const points = trend.points ?? [];
  const changes = trend.changes;
  const line = points.length > 0 ? lineView(points, t) : nothing;
  const named = (ids: readonly string[], status: "pass" | "fail"): TemplateResult[] =>
    ids.map((id) => {
      const check = checks.get(id);
      return html`<li data-check=${id}>${check === undefined ? id : texts.heading(check, status)}</li>`;
    });
  const changed =
    changes !== null && (changes.fixed.length > 0 || changes.added.length > 0)
      ? html`${changes.fixed.length > 0
          ? html`<h4 class="fixed-since">${t("trend.fixed_since", { time: formatTime(changes.since) })}</h4>
              <ul class="changes fixed">${named(changes.fixed, "pass")}</ul>`
          : nothing}
        ${changes.added.length > 0
          ? html`<h4 class="new-since">${t("trend.new_since", { time: formatTime(changes.since) })}</h4>
              <ul class="changes added">${named(changes.added, "fail")}</ul>`
          : nothing}`
      : nothing;
  if (line === nothing && changed === nothing) return nothing;
  return html`<section class="trend">
    <h3>${t("trend.title")}</h3>
    ${line} ${changed}
  </section>`;
}

function lineView(points: readonly TrendPoint[], t: Localize): TemplateResult {
  const xy = plot(points);
  const first = points[0]?.score ?? 0;
  const last = points.at(-1)?.score ?? 0;
  const summary = t("trend.summary", { from: first, to: last, count: points.length, days: TREND_DAYS });
  return html`<svg
      class="trend-line"
      viewBox="0 0 ${WIDTH} ${HEIGHT}"
      role="img"
      aria-label=${summary}
      data-points=${points.length}
      preserveAspectRatio="none"
    >
      ${svg`<line class="grid" x1="0" x2="${WIDTH}" y1="${HEIGHT / 2}" y2="${HEIGHT / 2}"></line>`}
      ${xy.length > 1 ? svg`<polyline points=${xy.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(" ")}></polyline>` : nothing}
      ${xy.map((p) => svg`<path class="dot" d="M ${p.x.toFixed(1)} ${p.y.toFixed(1)} h 0"></path>`)}
    </svg>
    <p class="muted trend-summary">${summary}</p>`;
}
