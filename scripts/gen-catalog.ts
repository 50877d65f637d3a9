/**
 * Regenerate what is derived from the check catalog and scoring-data.ts:
 * - custom_components/security_scorecard/catalog.json (the backend validates sync ids and
 *   writes Repairs text from it),
 * - custom_components/security_scorecard/outline/relevance.json (which outline entries the
 *   checks read: the backend and lint-config send only those; src/checks/outline-relevance.ts),
 * - README.md between <!-- checks:start/end --> and <!-- scoring:start/end -->,
 * - custom_components/security_scorecard/frontend/translations/<lang>.json for every
 *   language but English: the card's UI strings and the catalog/evidence texts, loaded by
 *   the card on demand (src/i18n/card-files.ts).
 *
 *   npx tsx scripts/gen-catalog.ts           write the files
 *   npx tsx scripts/gen-catalog.ts --check   exit 1 when any is stale (CI)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { CATALOG } from "../src/checks/catalog.js";
import { relevanceJson } from "../src/checks/outline-relevance.js";
import { cardTranslationFile } from "../src/i18n/card-files.js";
import { LANGUAGE_TABLES } from "../src/i18n/languages.js";
import { catalogJson, checksMarkdown, replaceSection, scoringMarkdown } from "../src/report/catalog-doc.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const checkOnly = process.argv.includes("--check");
const stale: string[] = [];

function update(path: string, next: string): void {
  const current = existsSync(path) ? readFileSync(path, "utf8") : null;
  if (current === next) return;
  const rel = relative(root, path);
  if (checkOnly) {
    stale.push(rel);
    return;
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, next);
  console.log(`wrote ${rel}`);
}

update(join(root, "custom_components/security_scorecard/catalog.json"), catalogJson(CATALOG));
update(join(root, "custom_components/security_scorecard/outline/relevance.json"), relevanceJson());

for (const [lang, table] of Object.entries(LANGUAGE_TABLES)) {
  if (lang === "en") continue;
  const cardUiPath = join(root, "card/translations", `${lang}.json`);
  const cardUi = existsSync(cardUiPath) ? (JSON.parse(readFileSync(cardUiPath, "utf8")) as Record<string, string>) : {};
  update(join(root, "custom_components/security_scorecard/frontend/translations", `${lang}.json`), cardTranslationFile(cardUi, table));
}

const readmePath = join(root, "README.md");
if (!existsSync(readmePath)) {
  console.warn("warning: README.md not found; skipped its checks and scoring sections");
} else {
  let readme = readFileSync(readmePath, "utf8");
  for (const [name, body] of [
    ["checks", checksMarkdown(CATALOG)],
    ["scoring", scoringMarkdown()],
  ] as const) {
    const next = replaceSection(readme, name, body);
    if (next === null) console.warn(`warning: README.md has no <!-- ${name}:start --> / <!-- ${name}:end --> markers; skipped`);
    else readme = next;
  }
  update(readmePath, readme);
}

if (stale.length > 0) {
  console.error(`stale: ${stale.join(", ")}; run npx tsx scripts/gen-catalog.ts`);
  process.exitCode = 1;
} else if (checkOnly) {
  console.log(`up to date (${CATALOG.length} checks)`);
}
