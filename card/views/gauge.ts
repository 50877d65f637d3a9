/**
 * The score as a gauge and each category's share of points, drawn by the card (SVG, theme
 * variables only) in the manner of the frontend's `ha-gauge`: a half-circle dial with the
 * value arc coloured by how good it is.
 */
import { html, svg, nothing, type TemplateResult } from "lit";
import type { Scorecard } from "../../src/score/types.js";

type Category = Scorecard["categories"][number];

const RADIUS = 40;
// Where the colour turns, as ha-gauge's severity levels: red below, amber, then green.
const GOOD_FROM = 80;
const FAIR_FROM = 50;

/** The end of the value arc for a score of 0–100 on the upper half-circle. */
function arcEnd(score: number): { x: number; y: number } {
  const angle = Math.PI * (1 - Math.min(100, Math.max(0, score)) / 100);
  return { x: RADIUS * Math.cos(angle), y: -RADIUS * Math.sin(angle) };
}

export function levelOf(score: number): "good" | "fair" | "poor" {
  return score >= GOOD_FROM ? "good" : score >= FAIR_FROM ? "fair" : "poor";
}

/** The dial with the score in it; `label` names it for assistive technology. */
export function gauge(score: number | null, label: string): TemplateResult {
  const end = arcEnd(score ?? 0);
  return html`<div class="gauge" data-level=${score === null ? "none" : levelOf(score)}>
    <svg viewBox="-50 -50 100 56" aria-hidden="true" focusable="false">
      ${svg`<path class="dial" d="M -40 0 A 40 40 0 0 1 40 0"></path>`}
      ${score === null || score <= 0
        ? nothing
        : svg`<path class="value" d="M -40 0 A 40 40 0 0 1 ${end.x.toFixed(2)} ${end.y.toFixed(2)}"></path>`}
    </svg>
    <div class="score" role="img" aria-label=${`${label} ${score ?? "–"}`}>${score ?? "–"}</div>
  </div>`;
}

/** Share of the points a category could earn that it earns (percent), or null when none of its checks is scored. */
export function categoryShare(category: Category): number | null {
  let earned = 0;
  let possible = 0;
  for (const e of category.checks) {
    if (e.credit === null || e.weight <= 0) continue;
    earned += e.weight * e.credit;
    possible += e.weight;
  }
  return possible === 0 ? null : Math.round((100 * earned) / possible);
}

/** A bar of a category's share; the percentage beside it is the text, the bar only shows it. */
export function shareBar(share: number | null, text: string): TemplateResult {
  if (share === null) return html`<span class="cat-share muted"></span>`;
  return html`<span class="cat-bar" data-level=${levelOf(share)} aria-hidden="true"><span class="fill" style="width: ${share}%"></span></span
    ><span class="cat-share">${text}</span>`;
}
