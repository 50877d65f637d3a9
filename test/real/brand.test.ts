/**
 * The integration's own brand images (custom_components/security_scorecard/brand/), which
 * Home Assistant serves for custom integrations since 2026.3 (components/brands:
 * BrandsIntegrationView tries the custom integration's `brand/` folder before the CDN).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { RELEASES } from "../ha/versions.js";

const BRAND = join(import.meta.dirname, "../../custom_components/security_scorecard/brand");

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): [number, number] {
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe("brand images", () => {
  const ha = inject("ha");

  it("are 256² and 512² PNGs", () => {
    expect(pngSize(readFileSync(join(BRAND, "icon.png")))).toEqual([256, 256]);
    expect(pngSize(readFileSync(join(BRAND, "icon@2x.png")))).toEqual([512, 512]);
  });

  it.runIf(RELEASES[ha.release].differences.localBrands)("are what Home Assistant serves for the integration", async () => {
    for (const image of ["icon.png", "icon@2x.png"]) {
      const res = await fetch(`${ha.url}/api/brands/integration/security_scorecard/${image}`, {
        headers: { Authorization: `Bearer ${ha.adminToken}` },
      });
      expect(res.status, image).toBe(200);
      expect(Buffer.from(await res.arrayBuffer()).equals(readFileSync(join(BRAND, image))), image).toBe(true);
    }
  });
});
