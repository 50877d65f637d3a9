/** String features: exact entropy thresholds, code-point counting, canonical JSON escapes. */
import { describe, expect, it } from "vitest";
import { canonicalJson } from "../../../src/outline/canonical-json.js";
import { entropyClass, stringFeatures } from "../../../src/outline/features.js";

describe("entropy class", () => {
  it("is decided exactly at the thresholds (H = 3 is medium, H = 4 is high)", () => {
    expect(entropyClass("abcdefgh")).toBe("medium"); // 8 distinct: H = 3
    expect(entropyClass("abcdefg")).toBe("low"); // shorter than 8
    expect(entropyClass("aabbccdd")).toBe("low"); // H = 2
    expect(entropyClass("abcdefghijklmnop")).toBe("high"); // 16 distinct: H = 4
    expect(entropyClass("abcdefghijklmno")).toBe("medium"); // 15 distinct: H < 4
  });

  it("counts code points, not UTF-16 units", () => {
    expect(entropyClass("😀😀😀😀")).toBe("low"); // 4 code points
    expect(stringFeatures("😀😀😀😀").length).toBe(4);
    // 4 astral characters are not the 8 literal characters a Bearer credential needs.
    expect(stringFeatures("Bearer 😀😀😀😀").auth_prefix).toBeNull();
    expect(stringFeatures("Bearer abcdefgh").auth_prefix).toBe("bearer");
  });
});

describe("credential features", () => {
  it("reads Authorization headers with and without a scheme, not templates", () => {
    expect(stringFeatures("curl -H 'Authorization: Bearer abc123' http://x").command_credentials).toBe(true);
    expect(stringFeatures("curl -H 'Authorization: abc123' http://x").command_credentials).toBe(true);
    expect(stringFeatures("curl -H 'Authorization: Bearer {{ token }}' http://x").command_credentials).toBe(false);
    expect(stringFeatures("mysql -P 3306 -h db").command_credentials).toBe(false);
    expect(stringFeatures("mysql -u root -psecret db").command_credentials).toBe(true);
  });
});

describe("canonical JSON", () => {
  it("sorts keys and escapes everything outside ASCII like Python's ensure_ascii", () => {
    expect(canonicalJson({ b: "é😀\u007f", a: [] })).toBe('{\n  "a": [],\n  "b": "\\u00e9\\ud83d\\ude00\\u007f"\n}\n');
  });
});
