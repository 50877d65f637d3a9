/** The Repairs issue's `where`: the evidence's places, within the backend's plain-text bounds. */
import { describe, expect, it } from "vitest";
import { ev, msg, andMore } from "../../../src/checks/result.js";
import { WHERE_KEY, placeholderKeys } from "../../../src/checks/placeholder-keys.js";
import { syncPayload } from "../../../src/score/sync-payload.js";
import { MAX_WHERE_LENGTH, WHOLE_INSTANCE, wherePlaceholder } from "../../../src/score/where.js";
import { evaluate } from "../../../src/score/evaluate.js";
import { facts } from "../../support/facts-builder.js";
import { check } from "./checks.js";

const at = (file: string, line: number) => ev("secrets-plaintext-credential.literal", { path: "mqtt.password" }, file, line);

describe("where", () => {
  it("names file:line places, the first three, then how many more", () => {
    expect(wherePlaceholder([at("configuration.yaml", 12), at("configuration.yaml", 30)])).toBe("configuration.yaml:12, configuration.yaml:30");
    const five = [1, 2, 3, 4, 5].map((l) => at("configuration.yaml", l));
    expect(wherePlaceholder(five)).toBe("configuration.yaml:1, configuration.yaml:2, configuration.yaml:3 (+2)");
    // A capped list's "… and N more" counts too.
    expect(wherePlaceholder([at("a.yaml", 1), andMore(7)])).toBe("a.yaml:1 (+7)");
  });

  it("names users, tokens and add-ons by name, never a value", () => {
    expect(wherePlaceholder([ev("auth-admin-mfa.no_mfa", { name: '"Alice"' }), ev("auth-admin-mfa.no_mfa", { name: msg("common.unnamed_user") })])).toBe('"Alice"');
    const token = msg("common.token_of", { token: '"Node-RED"', owner: '"Bob"' });
    expect(wherePlaceholder([ev("auth-token-age.old", { token, days: 400 })])).toBe('"Node-RED"');
    expect(wherePlaceholder([ev("host-addon-protection.off", { addon: "core_ssh", name: "Terminal & SSH" })])).toBe("core_ssh");
  });

  it("says the whole instance when the evidence names no place", () => {
    expect(wherePlaceholder([ev("config-alerts-enabled.not_loaded")])).toBe(WHOLE_INSTANCE);
    expect(wherePlaceholder([])).toBe(WHOLE_INSTANCE);
  });

  it("leaves out what the backend would refuse (markup, links, e-mail addresses) and stays within its length", () => {
    const names = ['"<b>x</b>"', '"bob@example.com"', '"see https://x.y"', '"Carol"'].map((name) => ev("auth-admin-mfa.no_mfa", { name }));
    expect(wherePlaceholder(names)).toBe('"Carol" (+3)');
    const long = Array.from({ length: 6 }, (_, i) => at(`packages/${"deep/".repeat(6)}file${i}.yaml`, 100 + i));
    const where = wherePlaceholder(long);
    expect(where.length).toBeLessThanOrEqual(MAX_WHERE_LENGTH);
    expect(where).toMatch(/\(\+\d\)$/);
    expect(wherePlaceholder([at(`${"x".repeat(150)}.yaml`, 1)]).length).toBeLessThanOrEqual(MAX_WHERE_LENGTH);
  });

  it("goes into every failing check's sync placeholders, a key every check declares", () => {
    const catalog = [
      check("x-fail", "critical", { status: "fail", evidence: [at("configuration.yaml", 3)], placeholders: { count: "1" } }),
      check("x-pass", "critical", { status: "pass", evidence: [] }),
    ];
    const card = evaluate(facts(), { now: new Date("2026-11-01T12:00:00Z"), catalog });
    const payload = syncPayload(card);
    expect(payload?.failing).toEqual([{ id: "x-fail", placeholders: { count: "1", where: "configuration.yaml:3" } }]);
    expect(placeholderKeys("x-fail")).toContain(WHERE_KEY);
    expect(placeholderKeys("auth-owner-mfa")).toEqual([WHERE_KEY]);
  });
});
