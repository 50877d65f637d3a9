/** A fake `Connection`: answers `sendMessagePromise` from fixtures and records what was sent. */
import { readFileSync } from "node:fs";
import type { MessageBase } from "home-assistant-js-websocket";
import type { CommandConnection } from "../../../src/collect/index.js";

const DIR = new URL("../../fixtures/ha-source/", import.meta.url);

export function fixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`${name}.json`, DIR), "utf8")) as unknown;
}

/** A Home Assistant error answer, as sendMessagePromise rejects with it. */
export class HaError {
  constructor(
    readonly code: string,
    readonly message: string = "Error",
  ) {}
}

export type Answer = unknown | HaError;

/** Key of a message: its type, or `supervisor/api <endpoint>`. */
export function keyOf(msg: MessageBase): string {
  return msg.type === "supervisor/api" ? `supervisor/api ${String(msg.endpoint)}` : String(msg.type);
}

export class FakeConnection implements CommandConnection {
  readonly sent: MessageBase[] = [];
  /** While held, answers wait until release(). */
  private held: (() => void)[] | null = null;

  constructor(private readonly answers: Record<string, Answer>) {}

  hold(): void {
    this.held = [];
  }

  release(): void {
    const waiting = this.held ?? [];
    this.held = null;
    for (const go of waiting) go();
  }

  sentKeys(): string[] {
    return this.sent.map(keyOf);
  }

  sendMessagePromise<Result>(message: MessageBase): Promise<Result> {
    this.sent.push(message);
    const key = keyOf(message);
    const answer = key in this.answers ? this.answers[key] : new HaError("unknown_command", "Unknown command.");
    const settle = (resolve: (v: Result) => void, reject: (e: unknown) => void): void => {
      if (answer instanceof HaError) reject({ code: answer.code, message: answer.message });
      else resolve(structuredClone(answer) as Result);
    };
    return new Promise<Result>((resolve, reject) => {
      if (this.held) this.held.push(() => settle(resolve, reject));
      else settle(resolve, reject);
    });
  }
}

/** Every answer of an admin on Home Assistant OS with cloud, backup, and the backend. */
export function fullInstance(): Record<string, Answer> {
  return {
    get_config: fixture("get_config"),
    "auth/current_user": fixture("auth_current_user"),
    "config/auth/list": fixture("config_auth_list"),
    "auth/refresh_tokens": fixture("auth_refresh_tokens"),
    get_states: fixture("get_states"),
    "config/entity_registry/list": fixture("entity_registry_list"),
    "manifest/list": fixture("manifest_list"),
    "config_entries/get": fixture("config_entries_get"),
    "repairs/list_issues": fixture("repairs_list_issues"),
    "cloud/status": fixture("cloud_status_logged_in"),
    "backup/info": fixture("backup_info_current"),
    "backup/config/info": fixture("backup_config_info"),
    "backup/agents/info": fixture("backup_agents_info"),
    "http/config": fixture("http_config"),
    "security_scorecard/facts": fixture("security_scorecard_facts"),
    "supervisor/api /supervisor/info": fixture("supervisor_info"),
    "supervisor/api /core/info": fixture("supervisor_core_info"),
    "supervisor/api /os/info": fixture("supervisor_os_info"),
    "supervisor/api /host/info": fixture("supervisor_host_info"),
    "supervisor/api /addons": fixture("supervisor_addons"),
    "supervisor/api /addons/core_mosquitto/info": fixture("supervisor_addon_core_mosquitto"),
    "supervisor/api /addons/core_ssh/info": fixture("supervisor_addon_core_ssh"),
    "supervisor/api /resolution/info": fixture("supervisor_resolution_info"),
    "supervisor/api /backups": fixture("supervisor_backups"),
  };
}

/** get_config with the given components. */
export function configWith(components: readonly string[]): unknown {
  return { ...(fixture("get_config") as Record<string, unknown>), components };
}
