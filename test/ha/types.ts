import type {} from "vitest";
import type { HaRelease } from "./versions.js";

/** What the real-Home-Assistant harness hands to tests (vitest `inject("ha")`) and to the demo. */
export interface HarnessInfo {
  /** e.g. "http://127.0.0.1:41234" */
  readonly url: string;
  /** Home Assistant version actually running, e.g. "2024.3.3". */
  readonly version: string;
  /** The supported release the harness started (versions.ts); tests key per-release expectations on it. */
  readonly release: HaRelease;
  /** Which template config: "weak" | "hardened". */
  readonly config: string;
  readonly configDir: string;
  /** Owner (admin, no MFA) long-lived access token. */
  readonly adminToken: string;
  /** Non-admin user's long-lived access token. */
  readonly userToken: string;
  readonly owner: { readonly username: string; readonly password: string };
  readonly user: { readonly username: string; readonly password: string };
  /** A user with TOTP MFA enabled through the real setup flow (admin). */
  readonly mfaUser: { readonly username: string; readonly password: string; readonly totpSecret: string };
}

declare module "vitest" {
  export interface ProvidedContext {
    ha: HarnessInfo;
    /** The same for an instance with the hardened config (test/ha/configs/hardened). */
    haHardened: HarnessInfo;
  }
}
