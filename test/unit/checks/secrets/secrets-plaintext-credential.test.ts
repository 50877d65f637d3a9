import { describe, expect, it } from "vitest";
import { secretsPlaintextCredential as check } from "../../../../src/checks/secrets/secrets-plaintext-credential.js";
import { entry, facts, features, missing, ok, outline, outlineFile } from "../../../support/facts-builder.js";
import { CANARY, expectNoCanary, run, texts } from "./support.js";

const secret = { tag: "!secret" as const, features: undefined };
const literal = (len = 16) => ({ features: features({ length: len, entropy: "high" }), value: CANARY });

describe("secrets-plaintext-credential", () => {
  it("passes when every credential uses !secret or !env_var, and for real-world non-credentials", () => {
    const f = facts({
      outline: ok(
        outline([
          outlineFile("configuration.yaml", [
            entry(["sensor", 0, "platform"], 10, { value: "rest" }),
            entry(["sensor", 0, "password"], 12, secret),
            entry(["sensor", 0, "token_type"], 13, { features: features({ length: 6 }) }),
            entry(["sensor", 0, "api_key_header"], 14, { features: features({ length: 9 }) }),
            entry(["mqtt", "password"], 20, { tag: "!env_var", features: undefined }),
            entry(["influxdb", "token"], 30, secret),
            entry(["input_text", "wifi_password"], 40, { type: "map", features: undefined }),
            entry(["input_text", "wifi_password", "mode"], 41, { features: features({ length: 8 }) }),
            entry(["template", 0, "password_entity"], 50, { features: features({ length: 20 }) }),
            entry(["rest_command", "x", "password"], 60, { features: features({ length: 30, template: true }) }),
            entry(["sensor", 1, "password"], 70, { type: "null", features: undefined }),
            entry(["sensor", 2, "password"], 71, { features: features({ length: 0 }) }),
            entry(["sensor", 3, "show_password"], 72, { type: "bool", value: true, features: undefined }),
          ]),
          outlineFile("secrets.yaml", [entry(["mqtt_password"], 1, literal())]),
          outlineFile("esphome/secrets.yaml", [entry(["wifi_password"], 1, literal())], { reachable: false }),
          outlineFile("esphome/node.yaml", [
            entry(["wifi", "password"], 5, secret),
            entry(["api", "encryption", "key"], 9, secret),
            entry(["binary_sensor", 0, "pin"], 20, { features: features({ length: 6 }) }),
          ], { reachable: false }),
        ]),
      ),
    });
    expect(run(check, f).status).toBe("pass");
  });

  it("fails on literal credentials in Home Assistant and ESPHome styles, naming file:line and key path only", () => {
    const f = facts({
      outline: ok(
        outline([
          outlineFile("configuration.yaml", [
            entry(["mqtt", "password"], 7, literal()),
            entry(["influxdb", "token"], 15, literal(88)),
          ]),
          outlineFile("sensors.yaml", [entry([0, "password"], 4, literal())], { mount: ["sensor"] }),
          outlineFile("esphome/garage.yaml", [
            entry(["wifi", "password"], 11, literal()),
            entry(["ota", 0, "password"], 20, literal()),
            entry(["api", "encryption", "key"], 24, literal(44)),
          ], { reachable: false }),
          outlineFile("packages/alarm.yaml", [entry(["alarm_control_panel", 0, "code"], 6, { type: "int", value: 4711, features: undefined })], {
            mount: ["homeassistant", "packages", "alarm"],
          }),
          outlineFile("configuration2.yaml", [entry(["rest_command", "x", "headers", "Authorization"], 3, { features: features({ auth_prefix: "bearer" }) })]),
        ]),
      ),
    });
    const r = run(check, f);
    expect(r.status).toBe("fail");
    const t = texts(r);
    expect(t).toContain("configuration.yaml:7 mqtt.password is a literal credential");
    expect(t).toContain("configuration.yaml:15 influxdb.token is a literal credential");
    expect(t).toContain("sensors.yaml:4 sensor[0].password is a literal credential");
    expect(t).toContain("esphome/garage.yaml:11 wifi.password is a literal credential (file not included by configuration.yaml)");
    expect(t.some((x) => x.startsWith("esphome/garage.yaml:20 ota[0].password"))).toBe(true);
    expect(t.some((x) => x.startsWith("esphome/garage.yaml:24 api.encryption.key"))).toBe(true);
    expect(t).toContain("packages/alarm.yaml:6 alarm_control_panel[0].code is a literal numeric code");
    // Bearer headers are secrets-literal-auth-header's finding, not a duplicate here.
    expect(t.some((x) => x.includes("Authorization"))).toBe(false);
    expect(r.evidence).toHaveLength(7);
    expect(r.evidence[0]).toMatchObject({ file: "configuration.yaml", line: 7 });
    expect(r.placeholders).toEqual({ count: "7" });
    expect(JSON.stringify(r)).not.toContain("4711");
    expectNoCanary(r);
  });

  it("is not assessed without the outline", () => {
    expect(run(check, facts({ outline: missing("backend_absent") })).status).toBe("not_assessed");
  });
});
