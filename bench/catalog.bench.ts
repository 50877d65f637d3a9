/**
 * How long one evaluate() over the full catalog takes on a large instance: 500 users,
 * 2,000 tokens, 300 update entities, a 5,000-entry outline over 100 files, 40 add-ons.
 * Prints figures, asserts nothing (target: ≤ 5 ms per evaluation).
 *
 *   npx tsx bench/catalog.bench.ts [iterations] [--fresh] [--profile]
 *
 * --fresh    give every evaluation a structurally equal but new Facts object (cloned
 *            outside the timed region), so per-fact memoisation never hits: the cost of
 *            the first evaluation after new facts arrive.
 * --profile  also time each check's evaluate() on its own and print the slowest ten.
 */
import { performance } from "node:perf_hooks";
import { CATALOG } from "../src/checks/catalog.js";
import type { Facts, OutlineFile } from "../src/facts/types.js";
import { evaluate } from "../src/score/evaluate.js";
import {
  NOW,
  SUPERVISOR_DEFAULT,
  account,
  addon,
  daysAgo,
  entry,
  facts,
  features,
  ok,
  outline,
  outlineFile,
  token,
  updateEntity,
  userInfoOf,
} from "../test/support/facts-builder.js";

function largeFacts(): Facts {
  // Deterministic mix: some admins without MFA, some inactive, old and unused tokens,
  // pending updates, weak add-ons and a few literal credentials, so checks do real work.
  const accounts = Array.from({ length: 500 }, (_, i) =>
    account({
      id: `u${i}`,
      name: `User ${i}`,
      username: `user${i}`,
      is_owner: i === 0,
      is_admin: i % 10 === 0,
      is_active: i % 7 !== 0,
      mfa_modules: i % 3 === 0 ? [] : ["totp"],
      local_only: i % 2 === 0,
    }),
  );
  const tokens = Array.from({ length: 2000 }, (_, i) =>
    token({
      id: `t${i}`,
      user_id: `u${i % 500}`,
      type: i % 4 === 0 ? "long_lived_access_token" : "normal",
      client_name: i % 4 === 0 ? `script ${i}` : null,
      created_at: daysAgo(i % 900),
      last_used_at: i % 5 === 0 ? null : daysAgo(i % 400),
      last_used_ip: i % 11 === 0 ? "203.0.113.7" : "192.168.1.20",
    }),
  );
  const updates = Array.from({ length: 300 }, (_, i) =>
    updateEntity({
      entity_id: `update.thing_${i}`,
      title: `Thing ${i}`,
      state: i % 6 === 0 ? "on" : "off",
      installed_version: "1.0.0",
      latest_version: i % 6 === 0 ? "1.1.0" : "1.0.0",
      platform: i % 3 === 0 ? "hacs" : i % 3 === 1 ? "hassio" : "esphome",
      last_changed: daysAgo(i % 120),
    }),
  );
  const files: OutlineFile[] = Array.from({ length: 100 }, (_, f) =>
    outlineFile(
      f === 0 ? "configuration.yaml" : `packages/pkg_${f}.yaml`,
      Array.from({ length: 50 }, (_, e) => {
        const line = e + 1;
        if (e % 17 === 0) return entry(["sensor", e, "password"], line, { features: features({ length: 20, entropy: "high" }) });
        if (e % 13 === 0) return entry(["rest", e, "resource"], line, { features: features({ length: 60, url: true, url_credential_query: true }) });
        if (e % 5 === 0) return entry(["sensor", e, "api_key"], line, { tag: "!secret", features: undefined });
        return entry(["automation", e, "alias"], line, { features: features({ length: 12 }) });
      }),
      f > 80 ? { reachable: false } : {},
    ),
  );
  const addons = Array.from({ length: 40 }, (_, i) =>
    addon({
      slug: `addon_${i}`,
      name: `Add-on ${i}`,
      protected: i % 8 !== 0,
      full_access: i % 9 === 0,
      host_network: i % 4 === 0,
      rating: 1 + (i % 6),
      update_available: i % 5 === 0,
      version_latest: i % 5 === 0 ? "2.0.0" : "1.0.0",
      version: "1.0.0",
    }),
  );
  return facts({
    accounts: ok(accounts),
    users: ok(accounts.map(userInfoOf)),
    tokens: ok(tokens),
    updates: ok(updates),
    outline: ok(outline(files)),
    supervisor: ok({ ...SUPERVISOR_DEFAULT, addons }),
  });
}

function percentile(sorted: readonly number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? Number.NaN;
}

const args = process.argv.slice(2);
const fresh = args.includes("--fresh");
const profile = args.includes("--profile");
const iterations = Number(args.find((a) => !a.startsWith("--")) ?? 200);
const f = largeFacts();
// Each clone is made just before its evaluation, outside the timed region.
function* inputs(n: number): Generator<Facts> {
  for (let i = 0; i < n; i++) yield fresh ? structuredClone(f) : f;
}
for (const x of inputs(20)) evaluate(x, { now: NOW });

const times: number[] = [];
let last = evaluate(f, { now: NOW });
for (const x of inputs(iterations)) {
  const t0 = performance.now();
  last = evaluate(x, { now: NOW });
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
const mean = (xs: readonly number[]): number => xs.reduce((s, t) => s + t, 0) / xs.length;
const ms = (n: number): string => `${n.toFixed(3)} ms`;
const outlineEntries = f.outline.ok ? f.outline.value.files.reduce((n, file) => n + file.entries.length, 0) : 0;

console.log(`evaluate() over ${CATALOG.length} checks; ${iterations} iterations after 20 warm-up${fresh ? "; fresh Facts object per evaluation" : "; same Facts object every evaluation"}`);
console.log(`instance: 500 users, 2000 tokens, 300 updates, ${outlineEntries} outline entries in 100 files, 40 add-ons`);
console.log(`mean ${ms(mean(times))}  median ${ms(percentile(times, 50))}  p95 ${ms(percentile(times, 95))}  max ${ms(times[times.length - 1] ?? 0)}  (target ≤ 5 ms)`);
console.log(`result: score ${last.score ?? "–"}, grade ${last.grade}, ${last.counts.fail} fail, ${last.counts.warn} warn`);

if (profile) {
  // Each check alone, in catalog order, so shared memoised indexes are built by whichever
  // check runs first (as in evaluate()); with --fresh that cost shows where it is paid.
  const perCheck = new Map<string, number[]>(CATALOG.map((c) => [c.id, []]));
  const ctx = { now: NOW };
  for (const x of inputs(iterations)) {
    for (const check of CATALOG) {
      const t0 = performance.now();
      try {
        check.evaluate(x, ctx);
      } catch {
        // evaluate() gates unavailable facts first; here a throw only means "not run".
      }
      perCheck.get(check.id)?.push(performance.now() - t0);
    }
  }
  const rows = [...perCheck].map(([id, ts]) => ({ id, mean: mean(ts), p95: percentile([...ts].sort((a, b) => a - b), 95) }));
  rows.sort((a, b) => b.mean - a.mean);
  console.log("slowest checks (mean / p95 per evaluate() call):");
  for (const r of rows.slice(0, 10)) console.log(`  ${r.id.padEnd(36)} ${ms(r.mean)}  p95 ${ms(r.p95)}`);
}
