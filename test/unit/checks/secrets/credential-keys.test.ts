import { describe, expect, it } from "vitest";
import { isCredentialPath, isNumericCredentialPath, normaliseKey } from "../../../../src/checks/credential-keys.js";

describe("credential key vocabulary", () => {
  it.each([
    [["sensor", 0, "password"]],
    [["mqtt", "password"]],
    [["influxdb", "token"]],
    [["wifi", "password"]],
    [["wifi", "ap", "password"]],
    [["ota", 0, "password"]],
    [["api", "encryption", "key"]],
    [["notify", 0, "api_key"]],
    [["google_assistant", "service_account", "private_key"]],
    [["telegram_bot", 0, "api_key"]],
    [["spotify", "client_secret"]],
    [["substitutions", "wifi_password"]],
    [["rest_command", "x", "headers", "X-Api-Key"]],
    [["some_integration", "apiKey"]],
    [["some_integration", "accessToken"]],
    [["homeassistant", "packages", "alarm", "alarm_control_panel", 0, "code"]],
    [["sensor", 0, "bot_token"]],
    [["wireguard", "private_key"]],
    [["wireguard", "peer_preshared_key"]],
    [["sensor", 0, "bindkey"]],
    [["openthread", "network_key"]],
    [["cloud", "google_actions", "secure_devices_pin"]],
    [["envisalink", "code"]],
    [["homeassistant", "auth_providers", 0, "api_password"]],
  ])("%j is a credential", (path) => {
    expect(isCredentialPath(path)).toBe(true);
  });

  it.each([
    [["sensor", 0, "token_type"]],
    [["rest", 0, "api_key_header"]],
    [["template", 0, "password_entity"]],
    [["some", "key_path"]],
    [["http", "ssl_key"]],
    [["mqtt", "client_key"]],
    [["wireguard", "peer_public_key"]],
    [["binary_sensor", 0, "pin"]],
    [["output", 0, "pin", "number"]],
    [["keyboard_remote", "key"]],
    [["input_text", "wifi", "mode"]],
    [["lock", 0, "code_format"]],
    [["sensor", 0, "country_code"]],
    [["script", "x", "sequence", 0, "data", "code"]],
    [["homeassistant", "customize", "sensor.api_token"]],
    [["sensor", 0, "username"]],
    [["sensor", 0, "show_password"]],
    [["sensor", 0, "token_url"]],
    [["sensor", 0, "password_file"]],
    [["display", 0, "reset_pin"]],
    [["spi", "clk_pin"]],
    [[0, 1]],
  ])("%j is not a credential", (path) => {
    expect(isCredentialPath(path)).toBe(false);
  });

  it("normalises header and camelCase keys", () => {
    expect(normaliseKey("X-Api-Key")).toBe("x_api_key");
    expect(normaliseKey("clientSecret")).toBe("client_secret");
    expect(normaliseKey("Client Secret")).toBe("client_secret");
  });

  it("accepts bare numbers only for password/PIN/code keys", () => {
    expect(isNumericCredentialPath(["alarm_control_panel", 0, "code"])).toBe(true);
    expect(isNumericCredentialPath(["lock", 0, "pin_code"])).toBe(true);
    expect(isNumericCredentialPath(["wifi", "password"])).toBe(true);
    expect(isNumericCredentialPath(["cloud", "google_actions", "secure_devices_pin"])).toBe(true);
    expect(isNumericCredentialPath(["sensor", 0, "token"])).toBe(false);
    expect(isNumericCredentialPath(["binary_sensor", 0, "pin"])).toBe(false);
  });
});
