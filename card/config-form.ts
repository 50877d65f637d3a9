/**
 * The schema the frontend builds its own form from (`getConfigForm`), apart from the editor
 * element, which is loaded only when someone edits the card.
 */
import { CATEGORIES } from "../src/checks/types.js";
import { localizer } from "./localize.js";
import type { ConfigForm } from "./types.js";

export function configForm(): ConfigForm {
  return {
    schema: [
      { name: "title", selector: { text: {} } },
      {
        name: "categories",
        selector: { select: { multiple: true, options: CATEGORIES.map((c) => ({ value: c.id, label: c.title })) } },
      },
      { name: "compact", selector: { boolean: {} } },
      { name: "hide_passed", selector: { boolean: {} } },
    ],
    computeLabel: (entry) => {
      const t = localizer("en");
      const labels: Record<string, string> = {
        title: t("editor.title"),
        categories: t("editor.categories"),
        compact: t("editor.compact"),
        hide_passed: t("editor.hide_passed"),
      };
      return labels[entry.name];
    },
  };
}
