/** The four report formats behind one switch (the CLI's --format). */
import { ENGLISH_TEXTS, type Texts } from "../i18n/texts.js";
import type { Scorecard } from "../score/types.js";
import { renderJson } from "./json.js";
import { renderMarkdown } from "./markdown.js";
import { renderSarif } from "./sarif.js";
import { renderText } from "./text.js";

export { renderJson, toJsonReport, REPORT_SCHEMA_ID } from "./json.js";
export { renderMarkdown } from "./markdown.js";
export { renderSarif, toSarif } from "./sarif.js";
export { renderText } from "./text.js";

export const FORMATS = ["text", "json", "markdown", "sarif"] as const;
export type Format = (typeof FORMATS)[number];

export function isFormat(s: string): s is Format {
  return (FORMATS as readonly string[]).includes(s);
}

export function render(format: Format, sc: Scorecard, options: { color: boolean; toolVersion: string; texts?: Texts }): string {
  const texts = options.texts ?? ENGLISH_TEXTS;
  switch (format) {
    case "text":
      return renderText(sc, { color: options.color, texts });
    case "json":
      return renderJson(sc, texts);
    case "markdown":
      return renderMarkdown(sc, texts);
    case "sarif":
      return renderSarif(sc, { toolVersion: options.toolVersion, texts });
  }
}
