/** Styles: Home Assistant theme variables only, so light and dark themes both work. */
import { css } from "lit";

export const shared = css`
  :host {
    --ssc-pass: var(--success-color, #43a047);
    --ssc-fail: var(--error-color, #db4437);
    --ssc-warn: var(--warning-color, #ffa600);
    --ssc-muted: var(--secondary-text-color, #727272);
    --ssc-divider: var(--divider-color, rgba(0, 0, 0, 0.12));
    color: var(--primary-text-color, #212121);
  }
  button {
    font: inherit;
    color: inherit;
    background: none;
    border: none;
    padding: 0;
    cursor: pointer;
    text-align: start;
  }
  button:focus-visible,
  a:focus-visible {
    outline: 2px solid var(--primary-color, #03a9f4);
    outline-offset: 2px;
    border-radius: 4px;
  }
  /* The text colour, underlined: the theme's primary colour fails 4.5:1 on a light card on
     some releases (2024.3's #03a9f4 on white is 2.6:1). */
  a {
    color: inherit;
    text-decoration: underline;
  }
  .status {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    font-size: 0.85em;
    white-space: nowrap;
  }
  .dot {
    width: 10px;
    height: 10px;
    border-radius: 50%;
    flex: none;
    background: var(--ssc-muted);
  }
  .pass .dot {
    background: var(--ssc-pass);
  }
  .fail .dot {
    background: var(--ssc-fail);
  }
  .warn .dot {
    background: var(--ssc-warn);
  }
  .muted {
    color: var(--ssc-muted);
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;

export const cardStyles = css`
  ha-card {
    display: block;
    padding: 16px;
    background: var(--card-background-color, #fff);
  }
  h2 {
    margin: 0 0 12px;
    font-size: 1.25em;
    font-weight: 500;
  }
  h3 {
    margin: 16px 0 8px;
    font-size: 1em;
    font-weight: 500;
  }
  .skeleton {
    min-height: 320px;
    display: flex;
    flex-direction: column;
    gap: 12px;
  }
  .bar {
    height: 16px;
    border-radius: 4px;
    background: var(--ssc-divider);
  }
  .bar.big {
    height: 56px;
    width: 40%;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 16px;
  }
  .gauge {
    position: relative;
    width: 132px;
    flex: none;
    --ssc-level: var(--ssc-muted);
  }
  .gauge[data-level="good"],
  [data-level="good"] {
    --ssc-level: var(--ssc-pass);
  }
  .gauge[data-level="fair"],
  [data-level="fair"] {
    --ssc-level: var(--ssc-warn);
  }
  .gauge[data-level="poor"],
  [data-level="poor"] {
    --ssc-level: var(--ssc-fail);
  }
  .gauge svg {
    display: block;
    width: 100%;
  }
  .gauge path {
    fill: none;
    stroke-width: 10;
  }
  .gauge .dial {
    stroke: var(--ssc-divider);
  }
  .gauge .value {
    stroke: var(--ssc-level);
  }
  .gauge .score {
    position: absolute;
    inset-inline: 0;
    bottom: 0;
    text-align: center;
  }
  .score {
    font-size: 2.5em;
    font-weight: 600;
    line-height: 1;
  }
  .grade {
    font-size: 1.6em;
    font-weight: 600;
    min-width: 2.2em;
    text-align: center;
    padding: 4px 8px;
    border-radius: 8px;
    border: 2px solid var(--ssc-divider);
  }
  .grade.bad {
    border-color: var(--ssc-fail);
    color: var(--ssc-fail);
  }
  .meta {
    display: flex;
    flex-direction: column;
    gap: 2px;
    font-size: 0.9em;
  }
  .notice {
    margin: 12px 0 0;
    padding: 8px 12px;
    border-inline-start: 4px solid var(--ssc-warn);
    background: var(--secondary-background-color, transparent);
  }
  .notice.stale {
    border-color: var(--ssc-fail);
  }
  ol.fix-next {
    margin: 0;
    padding-inline-start: 20px;
  }
  ol.fix-next li {
    margin: 4px 0;
  }
  .points {
    color: var(--ssc-muted);
    margin-inline-start: 6px;
    font-size: 0.85em;
  }
  .category {
    border-top: 1px solid var(--ssc-divider);
  }
  .category > button {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(48px, 120px) 9em auto;
    grid-template-areas: "title bar share chevron" "counts counts counts chevron";
    width: 100%;
    align-items: center;
    column-gap: 8px;
    padding: 10px 0;
    min-height: 44px;
  }
  .cat-title {
    grid-area: title;
  }
  .cat-bar {
    grid-area: bar;
    height: 8px;
    border-radius: 4px;
    overflow: hidden;
    background: var(--ssc-divider);
  }
  .cat-bar .fill {
    display: block;
    height: 100%;
    background: var(--ssc-level, var(--ssc-muted));
  }
  .cat-share {
    grid-area: share;
    font-size: 0.85em;
    white-space: nowrap;
    text-align: end;
  }
  .category .counts {
    grid-area: counts;
    font-size: 0.85em;
  }
  .chevron {
    grid-area: chevron;
  }
  .trend h4 {
    margin: 8px 0 2px;
    font-size: 0.9em;
    font-weight: 500;
    color: var(--ssc-muted);
  }
  .trend-line {
    display: block;
    width: 100%;
    height: 64px;
  }
  .trend-line polyline {
    fill: none;
    stroke: var(--primary-color, #03a9f4);
    stroke-width: 2;
    vector-effect: non-scaling-stroke;
  }
  .trend-line .dot {
    stroke: var(--primary-color, #03a9f4);
    stroke-width: 7;
    stroke-linecap: round;
    vector-effect: non-scaling-stroke;
  }
  .trend-line .grid {
    stroke: var(--ssc-divider);
    stroke-dasharray: 4 4;
    vector-effect: non-scaling-stroke;
  }
  .trend-summary {
    margin: 2px 0 0;
    font-size: 0.85em;
  }
  ul.changes {
    margin: 0;
    padding-inline-start: 20px;
  }
  .chevron {
    transition: transform 0.15s;
  }
  [aria-expanded="true"] .chevron {
    transform: rotate(90deg);
  }
  ul.checks {
    list-style: none;
    margin: 0 0 8px;
    padding: 0;
  }
  .compact .score {
    font-size: 1.8em;
  }
  .compact .gauge {
    width: 100px;
  }
  /* A phone (390 px), or a narrow column of the sections view: the gauge and grade on one
     line, the meta below. A container query: the card's width, not the screen's, decides. */
  ha-card {
    container-type: inline-size;
  }
  @container (max-width: 480px) {
    .header {
      gap: 12px;
    }
    .gauge {
      width: 112px;
    }
    .meta {
      flex-basis: 100%;
    }
    /* The category's title gets the whole first line; its bar and share go below it. */
    .category > button {
      grid-template-columns: minmax(0, 1fr) auto auto;
      grid-template-areas: "title title chevron" "bar share chevron" "counts counts chevron";
      row-gap: 4px;
    }
  }
`;

export const checkStyles = css`
  :host {
    display: block;
    border-top: 1px solid var(--ssc-divider);
  }
  .row {
    display: flex;
    width: 100%;
    align-items: center;
    gap: 8px;
    padding: 8px 0;
    min-height: 40px;
  }
  .title {
    flex: 1;
  }
  .severity {
    font-size: 0.8em;
    color: var(--ssc-muted);
  }
  .details {
    padding: 0 0 12px 18px;
    font-size: 0.92em;
  }
  .details h4 {
    margin: 8px 0 2px;
    font-size: 0.9em;
    font-weight: 500;
    color: var(--ssc-muted);
  }
  .details p,
  .details ul {
    margin: 0;
  }
  .details ul {
    padding-inline-start: 18px;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 16px;
    margin-top: 8px;
    align-items: center;
  }
  .actions button {
    color: var(--primary-color, #03a9f4);
    text-decoration: underline;
  }
  .override {
    margin-top: 6px;
    font-style: italic;
  }
`;
