/**
 * Add-on settings on a real Home Assistant whose real `hassio` integration talks to the
 * stand-in Supervisor (test/ha/supervisor-standin.ts), once with the weak add-on set and once
 * with the hardened one, on the release under test ($HA_VERSION). The card's collector, the
 * CLI and the backend run their real code paths; every add-on's options carry a canary that
 * must not appear in any WebSocket message, the diagnostics, Repairs, the log or CLI output.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { version } from "../../package.json";
import type { CliDeps, Closable } from "../../src/cli/deps.js";
import { nodeDeps } from "../../src/cli/node-deps.js";
import { runCli } from "../../src/cli/run.js";
import { collectFacts } from "../../src/collect/index.js";
import { openConnection } from "../../src/collect/node-connection.js";
import type { Facts } from "../../src/facts/types.js";
import { formatMessage, lookupIn } from "../../src/i18n/message.js";
import { ENGLISH } from "../../src/i18n/texts.js";
import { FORMATS } from "../../src/report/index.js";
import { evaluate } from "../../src/score/evaluate.js";
import { type RunningInstance, startInstance } from "../ha/instance.js";
import { onboard } from "../ha/onboard.js";
import { ADDON_CANARY, type AddonSet, type SupervisorStandIn, startSupervisorStandIn } from "../ha/supervisor-standin.js";
import type { HarnessInfo } from "../ha/types.js";

const NEW_CHECKS = [
  "host-addon-ssh-password",
  "host-addon-file-share-exposure",
  "host-addon-mqtt-anonymous",
  "host-addon-third-party-privileges",
  "host-addon-ingress-port",
  "host-supervisor-debug",
] as const;

/** The Supervisor-only checks that are "not applicable" without a Supervisor. */
const SUPERVISOR_CHECKS = ["host-addon-protection", "host-addon-full-access", "host-addon-rating", "host-addon-host-network", "host-supervisor-healthy", "host-supervisor-supported"];

/** What the weak set must show: status and evidence of each new check (from test/fixtures/supervisor/weak.json). */
const WEAK: Record<(typeof NEW_CHECKS)[number], readonly string[]> = {
  "host-addon-ssh-password": ['core_ssh (Terminal & SSH): password login on host port 22 (setting "password" set, no authorized key)'],
  "host-addon-file-share-exposure": [
    'core_samba (Samba share): setting "allow_hosts" admits 0.0.0.0/0, outside your local networks',
    'core_samba (Samba share): setting "compatibility_mode" allows SMB1',
    'a0d7b954_ftp (FTP): FTP without TLS on port 21 on the host network (setting "ssl" off)',
  ],
  "host-addon-mqtt-anonymous": ['core_mosquitto (Mosquitto broker): setting "anonymous" is on'],
  "host-addon-third-party-privileges": [
    "a0d7b954_ftp (FTP) from repository a0d7b954: apparmor: disable; privileged: SYS_ADMIN",
    "a0d7b954_portainer (Portainer) from repository a0d7b954: docker_api",
  ],
  "host-addon-ingress-port": ['a0d7b954_portainer (Portainer): web interface on host port 9000 while Ingress is available (setting "Network")'],
  "host-supervisor-debug": ['Supervisor setting "debug" is on'],
};

interface Setup {
  readonly standin: SupervisorStandIn;
  readonly instance: RunningInstance;
  readonly info: HarnessInfo;
}

const setups = new Map<AddonSet, Setup>();

async function start(set: AddonSet): Promise<Setup> {
  const standin = await startSupervisorStandIn(set);
  const instance = await startInstance({ config: "hardened", supervisor: { host: standin.host, token: standin.token } });
  const info = await onboard(instance);
  return { standin, instance, info };
}

/** Facts over a real connection, with every message Home Assistant sent on it. */
async function collectRecorded(s: Setup): Promise<{ facts: Facts; frames: string[] }> {
  const conn = await openConnection(s.info.url, s.info.adminToken);
  const frames: string[] = [];
  const socket = conn.socket as unknown as { addEventListener(type: "message", listener: (event: { data: unknown }) => void): void };
  socket.addEventListener("message", (event) => frames.push(String(event.data)));
  try {
    return { facts: await collectFacts(conn), frames };
  } finally {
    conn.close();
  }
}

type Judged = { status: string; evidence: string[]; severity?: string; reason?: string };

function english(facts: Facts): Map<string, Judged> {
  const lookup = lookupIn(undefined, ENGLISH);
  const out = new Map<string, Judged>();
  for (const entry of evaluate(facts).categories.flatMap((c) => c.checks)) {
    const r = entry.result;
    out.set(entry.check.id, {
      status: r.status,
      evidence: r.evidence.map((e) => formatMessage(e, lookup)),
      ...(r.severity ? { severity: r.severity } : {}),
      ...(r.reason ? { reason: formatMessage(r.reason, lookup) } : {}),
    });
  }
  return out;
}

async function cli(token: string, argv: readonly string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const deps = nodeDeps(version) as unknown as CliDeps<Closable>;
  const code = await runCli(argv, {
    ...deps,
    env: { HASS_TOKEN: token },
    stdout: { write: (s: string) => (out += s), isTTY: false },
    stderr: { write: (s: string) => (err += s) },
  });
  return { code, out, err };
}

/** A command's answer, and every message received while it was asked. */
async function wsAnswer(s: Setup, type: string): Promise<{ result: unknown; frames: string }> {
  const conn = await openConnection(s.info.url, s.info.adminToken);
  const frames: string[] = [];
  const socket = conn.socket as unknown as { addEventListener(type: "message", listener: (event: { data: unknown }) => void): void };
  socket.addEventListener("message", (event) => frames.push(String(event.data)));
  try {
    const result: unknown = await conn.sendMessagePromise({ type });
    return { result, frames: frames.join("\n") };
  } finally {
    conn.close();
  }
}

beforeAll(async () => {
  const [weak, hardened] = await Promise.all([start("weak"), start("hardened")]);
  setups.set("weak", weak);
  setups.set("hardened", hardened);
});

afterAll(async () => {
  for (const s of setups.values()) {
    await s.instance.stop();
    await s.standin.close();
  }
});

const setup = (set: AddonSet): Setup => {
  const s = setups.get(set);
  if (s === undefined) throw new Error(`${set} did not start`);
  return s;
};

describe("add-on settings through a stand-in Supervisor", () => {
  it("the weak set fails each new check with its evidence; no option crosses the socket", async () => {
    const s = setup("weak");
    const { facts, frames } = await collectRecorded(s);
    expect(facts.addon_settings.ok, JSON.stringify(facts.addon_settings)).toBe(true);
    const results = english(facts);
    for (const id of NEW_CHECKS) {
      expect(results.get(id), id).toMatchObject({ status: "fail", evidence: WEAK[id] });
    }
    expect(results.get("host-addon-ssh-password")?.severity).toBe("critical");
    for (const id of SUPERVISOR_CHECKS) expect(["pass", "fail", "warn"], id).toContain(results.get(id)?.status);
    // Home Assistant coalesces messages into frames: the backend's answer is among them.
    expect(frames.some((f) => f.includes('"addon_settings"'))).toBe(true);
    expect(frames.filter((f) => f.includes(ADDON_CANARY))).toEqual([]);
    // The collector took the add-ons from the backend's reading: nobody asked for their info over the socket.
    // (`ingress_entry` is a key of the Supervisor's add-on info that the backend's reading lacks.)
    expect(frames.some((f) => f.includes('"ingress_entry"'))).toBe(false);
    expect(s.standin.unknown).toEqual([]);
  });

  it("the hardened set passes each new check", async () => {
    const { facts, frames } = await collectRecorded(setup("hardened"));
    const results = english(facts);
    for (const id of NEW_CHECKS) expect(results.get(id)?.status, `${id}: ${JSON.stringify(results.get(id))}`).toBe("pass");
    for (const id of SUPERVISOR_CHECKS) expect(["pass", "fail", "warn"], id).toContain(results.get(id)?.status);
    expect(frames.filter((f) => f.includes(ADDON_CANARY))).toEqual([]);
  });

  it("the canary is in no CLI format, Repairs issue, diagnostics or log line", async () => {
    for (const set of ["weak", "hardened"] as const) {
      const s = setup(set);
      // The first run syncs, so the weak set's findings become Repairs issues.
      for (const [i, format] of FORMATS.entries()) {
        const run = await cli(s.info.adminToken, ["audit", "--url", s.info.url, "--format", format, ...(i === 0 ? [] : ["--no-sync"]), "--fail-under", "0"]);
        expect(run.out.length, `${set} ${format}: ${run.err}`).toBeGreaterThan(0);
        expect(run.out + run.err, `${set} ${format}`).not.toContain(ADDON_CANARY);
        if (format === "json" && set === "weak") expect(run.out).toContain("host-addon-ssh-password");
      }
      const repairs = (await wsAnswer(s, "repairs/list_issues")).frames;
      expect(repairs).not.toContain(ADDON_CANARY);

      const entries = (await wsAnswer(s, "config_entries/get")).result as { entry_id: string; domain: string }[];
      const entry = entries.find((e) => e.domain === "security_scorecard");
      expect(entry).toBeDefined();
      const res = await fetch(`${s.info.url}/api/diagnostics/config_entry/${entry?.entry_id ?? ""}`, {
        headers: { Authorization: `Bearer ${s.info.adminToken}` },
      });
      const diagnostics = await res.text();
      expect(res.status, diagnostics).toBe(200);
      expect(diagnostics).not.toContain(ADDON_CANARY);

      expect(readFileSync(s.instance.logFile, "utf8")).not.toContain(ADDON_CANARY);
    }
  });

  it("without a Supervisor (the shared instance, no hassio) every new check is not applicable, with the reason", async () => {
    const ha = inject("ha");
    const conn = await openConnection(ha.url, ha.adminToken);
    let facts: Facts;
    try {
      facts = await collectFacts(conn);
    } finally {
      conn.close();
    }
    expect(facts.addon_settings).toMatchObject({ ok: false, reason: "supervisor_absent" });
    const results = english(facts);
    for (const id of NEW_CHECKS) {
      expect(results.get(id)?.status, id).toBe("not_applicable");
      expect(results.get(id)?.reason, id).toContain("no Supervisor");
    }
  });
});
