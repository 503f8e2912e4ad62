// npm run bench [-- --preset national|force|small] [--quick] [--check] [--database-url URL] [--report FILE]
//
// Starts the production server (`next start`) against a scale dataset (npm run seed:scale) and
// measures each key request over HTTP with autocannon at concurrency 1 and 16 (p50/p95/p99 of
// the per-request latencies), next to the time of the SQL behind it run directly in Postgres
// (captured from the server's own query log and replayed), and prints one table with the ratio
// app ÷ SQL. Also the server's peak resident memory and the concern-logging throughput at
// concurrency 16 with its errors. Results go to docs/benchmarks.md (full runs) and .data/bench/.
//
//   --quick   the small preset, fewer requests (a few minutes); generates the dataset if missing
//   --check   a test of the harness: exits non-zero if any request fails or answers unexpectedly;
//             no timing assertions. Never writes docs/benchmarks.md.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { root } from "../db/migrations";
import { freePort } from "../lib/embedded-postgres";
import { buildState, clearBuildHash, productionNodeFlags, writeBuildHash } from "../lib/next-build";
import { generateScaleDataset } from "../scale/generate";
import { BENCH_ACCOUNTS, BENCH_PASSWORD, databaseNameOf, isPreset, SCALE_MARKER_ACTION, type BenchRole, type Preset } from "../scale/presets";
import { databaseOf, externalServer, startScaleServer, type ScaleServer } from "../scale/server";
import { load, percentile, probe, refreshSession, sampleMemory, signIn, type Check, type LoadResult, type Session } from "./http";
import { explainAll, QueryLog, replay, statementsOf, type SqlTiming } from "./sql";

// ─── options ─────────────────────────────────────────────────────────────────────────────────

const argv = process.argv.slice(2);
function option(name: string): string | undefined {
  const i = argv.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (i < 0) return undefined;
  const a = argv[i]!;
  return a.includes("=") ? a.slice(a.indexOf("=") + 1) : argv[i + 1];
}
const quick = argv.includes("--quick");
const checkOnly = argv.includes("--check");
/** Only capture each request's SQL and EXPLAIN (ANALYZE, BUFFERS) its statements (.data/bench/explain-<preset>.md). */
const explainOnly = argv.includes("--explain");
const presetArg = option("--preset") ?? (quick ? "small" : "national");
if (!isPreset(presetArg)) {
  console.error(`unknown preset ${presetArg}: use small, force or national`);
  process.exit(2);
}
const preset: Preset = presetArg;
const databaseUrlArg = option("--database-url");
const reportFile = option("--report");
const light = quick || checkOnly || explainOnly;
const say = (m: string) => console.log(`» ${m}`);

// ─── key requests ────────────────────────────────────────────────────────────────────────────

type Req = { method: string; path: string; body?: string };
type Key = {
  key: string;
  label: string;
  /** Whose session the requests carry; "anonymous" sends no cookie. */
  role: BenchRole | "anonymous";
  /** "reference": measured like a read, but not one of the issue's key requests (no target). */
  kind: "read" | "write" | "reference";
  check: Check;
  /** The next request to send (writes vary theirs). */
  next: () => Req;
  /** Called before each measured run (e.g. to re-read versions); returns the most requests the run may make. */
  prepare?: () => Promise<number>;
  skip?: string;
};

type Fixtures = {
  hood: string; band: string; groupPages: number; filteredPages: number; bigGroup: { id: string; reference: string }; nominal: { id: string; name: string };
  person: { id: string; name: string }; supervisorId: string; nominalQuery: string; personQuery: string; partnerAgency: string; officerHood: string;
  counts: Record<string, number>;
};

const html = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#x27;");

/** A name with one letter dropped from the first name: what a fuzzy search must still find. */
function typo(name: string): string {
  const [first, ...rest] = name.split(" ");
  const f = first!.length > 3 ? first!.slice(0, 2) + first!.slice(3) : first!;
  return [f, ...rest].join(" ");
}

async function fixtures(url: string): Promise<Fixtures> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const one = async <T = Record<string, unknown>>(sql: string, values: unknown[] = []) => (await c.query(sql, values)).rows[0] as T;
    const officer = await one<{ id: string }>(`select id from "User" where email = $1`, [BENCH_ACCOUNTS.officer]);
    const supervisor = await one<{ id: string }>(`select id from "User" where email = $1`, [BENCH_ACCOUNTS.supervisor]);
    const partner = await one<{ agencyId: string }>(`select "agencyId" from "User" where email = $1`, [BENCH_ACCOUNTS.partner]);
    if (!officer || !partner) throw new Error("the bench accounts are missing: is this a scale dataset?");
    const hood = await one<{ id: string }>(`
      select gn."neighbourhoodId" as id from "GroupNeighbourhood" gn join "UserNeighbourhood" un on un."neighbourhoodId" = gn."neighbourhoodId"
      where un."userId" = $1 group by 1 order by count(*) desc limit 1`, [officer.id]);
    const band = await one<{ band: string }>(`
      select g.band from "OrganisedCrimeGroup" g join "GroupNeighbourhood" gn on gn."groupId" = g.id
      where gn."neighbourhoodId" = $1 and g.band is not null group by 1 order by count(*) desc limit 1`, [hood.id]);
    const filtered = await one<{ n: number }>(`select count(*)::int as n from "OrganisedCrimeGroup" g where g.band = $1 and exists (select 1 from "GroupNeighbourhood" gn where gn."groupId" = g.id and gn."neighbourhoodId" = $2)`, [band.band, hood.id]);
    const groups = await one<{ n: number }>(`select count(*)::int as n from "OrganisedCrimeGroup"`);
    const bigGroup = await one<{ id: string; reference: string }>(`select g.id, g.reference from "OrganisedCrimeGroup" g join "GroupMembership" m on m."groupId" = g.id group by g.id having count(*) <= 600 order by count(*) desc, g.id limit 1`);
    const nominal = await one<{ id: string; name: string }>(`
      select n.id, n.name from "Nominal" n join (select "fromId" as id, count(*) as k from "Link" where "fromKind" = 'NOMINAL' group by 1 order by 2 desc limit 1) l on l.id = n.id`);
    const person = await one<{ id: string; name: string }>(`
      select p.id, p.name from "PersonAtRisk" p join (select "toId" as id, count(*) as k from "Link" where "toKind" = 'PERSON' group by 1 order by 2 desc limit 1) l on l.id = p.id`);
    const someone = await one<{ name: string }>(`select name from "PersonAtRisk" where "leadAgencyId" = $1 order by id limit 1`, [partner.agencyId]);
    const marker = await one<{ details: { counts: Record<string, number> } }>(`select details from "AuditEvent" where action = $1 order by id desc limit 1`, [SCALE_MARKER_ACTION]);
    return {
      hood: hood.id, band: band.band, groupPages: Math.max(1, Math.ceil(groups.n / 25)), filteredPages: Math.max(1, Math.ceil(filtered.n / 25)), bigGroup, nominal, person,
      supervisorId: supervisor.id, nominalQuery: typo(nominal.name), personQuery: typo(someone?.name ?? person.name), partnerAgency: partner.agencyId, officerHood: hood.id, counts: marker?.details.counts ?? {},
    };
  } finally {
    await c.end();
  }
}

function keyRequests(fx: Fixtures, dbUrl: string, meetingsApi: boolean): Key[] {
  const get = (p: string) => () => ({ method: "GET", path: p });
  const page = (...contains: string[]): Check => ({ status: [200], contains });
  const deep = Math.max(1, Math.floor(fx.groupPages * 0.8));
  const filteredBase = `/groups?band=${encodeURIComponent(fx.band)}&neighbourhoodId=${fx.hood}&sort=score&dir=desc`;

  // Updating an action: each request takes a different open action of the partner's agency, with
  // the version read from the database just before the run (a 409 would be an error).
  let pool: { id: string; version: number; status: string }[] = [];
  let cursor = 0;
  const prepareActions = async () => {
    const c = new pg.Client({ connectionString: dbUrl });
    await c.connect();
    try {
      pool = (await c.query(`select id, version, status from "Action" where "owningAgencyId" = $1 and status in ('OPEN', 'IN_PROGRESS', 'BLOCKED') order by id limit 5000`, [fx.partnerAgency])).rows;
    } finally {
      await c.end();
    }
    cursor = 0;
    return pool.length;
  };
  let concernCount = 0;
  const concernBody = () =>
    JSON.stringify({
      category: "COUNTY_LINES", indicators: ["Several handsets"], description: `Benchmark concern ${++concernCount}: several young people going in and out of the flat late at night.`,
      occurredAt: new Date(Date.now() - 3_600_000).toISOString(), address: `${(concernCount % 200) + 1} Station Road`, neighbourhoodId: fx.officerHood, source: "OWN_OBSERVATION", immediateRisk: false,
    });

  const keys: Key[] = [
    // Not a key request: what any signed-in page costs before it reads data of its own (the
    // session, the actor and the unread count; the rest is Next.js routing and React rendering).
    // The light pages' app ÷ SQL is read against it (docs/benchmarks.md).
    { key: "floor", label: "Reference: a signed-in page with no data of its own (/help/scoring)", role: "partner", kind: "reference", check: page("How group scores are worked out"), next: get("/help/scoring") },
    // Not a key request either: what the framework costs for a page with no session and no SQL at
    // all (Next.js routing, the proxy, React rendering of a small form), for the same reason.
    { key: "framework", label: "Reference: a page with no session and no SQL (/sign-in)", role: "anonymous", kind: "reference", check: { ...page("Sign in"), signInPage: true }, next: get("/sign-in") },
    { key: "groups-filtered", label: "Group list: band + neighbourhood, by priority, page 1", role: "analyst", kind: "read", check: page("Organised crime groups"), next: get(filteredBase) },
    { key: "groups-filtered-last", label: `Group list: band + neighbourhood, last page (${fx.filteredPages})`, role: "analyst", kind: "read", check: page("Organised crime groups"), next: get(`${filteredBase}&page=${fx.filteredPages}`) },
    { key: "groups-deep", label: `Group list: all, by priority, deep page (${deep} of ${fx.groupPages})`, role: "analyst", kind: "read", check: page("Organised crime groups"), next: get(`/groups?sort=score&dir=desc&page=${deep}`) },
    { key: "group-page", label: "A group's joined-up page (biggest group, ≤ 600 members)", role: "analyst", kind: "read", check: page(html(fx.bigGroup.reference)), next: get(`/groups/${fx.bigGroup.id}`) },
    { key: "nominal-page", label: "A nominal's page (most linked)", role: "analyst", kind: "read", check: page(html(fx.nominal.name)), next: get(`/nominals/${fx.nominal.id}`) },
    { key: "person-page", label: "A person at risk's page (most linked)", role: "analyst", kind: "read", check: page(html(fx.person.name)), next: get(`/people/${fx.person.id}`) },
    { key: "nominal-search", label: `Fuzzy search, nominals ("${fx.nominalQuery}")`, role: "analyst", kind: "read", check: page("Nominals"), next: get(`/nominals?q=${encodeURIComponent(fx.nominalQuery)}`) },
    { key: "person-search", label: `Fuzzy search, people at risk ("${fx.personQuery}")`, role: "analyst", kind: "read", check: page("People at risk"), next: get(`/people?q=${encodeURIComponent(fx.personQuery)}`) },
    { key: "triage", label: "Analyst's triage queue", role: "analyst", kind: "read", check: page("Triage"), next: get("/concerns") },
    { key: "officer-home", label: "Officer's home", role: "officer", kind: "read", check: page("Welcome, ", "My concerns"), next: get("/") },
    { key: "partner-home", label: "Partner's home", role: "partner", kind: "read", check: page("Welcome, ", "Referred to your agency"), next: get("/") },
    { key: "partner-my-actions", label: "Partner's \"my actions\"", role: "partner", kind: "read", check: page("My actions"), next: get("/actions") },
    { key: "audit-record", label: "Audit trail of one record (biggest group)", role: "supervisor", kind: "read", check: page("Audit trail"), next: get(`/audit?entityId=${fx.bigGroup.id}`) },
    { key: "partner-groups", label: "Partner: group list", role: "partner", kind: "read", check: page("Organised crime groups"), next: get("/groups") },
    { key: "partner-people", label: "Partner: people at risk list", role: "partner", kind: "read", check: page("People at risk"), next: get("/people") },
    { key: "partner-actions-all", label: "Partner: all actions they can see", role: "partner", kind: "read", check: page("My actions"), next: get("/actions?view=all") },
    { key: "partner-actions-agency", label: "Partner: their agency's actions", role: "partner", kind: "read", check: page("My actions"), next: get("/actions?view=agency") },
    {
      key: "log-concern", label: "Logging a concern (POST /api/v1/concerns)", role: "officer", kind: "write",
      check: { status: [201], json: (b) => (typeof (b as { data?: { id?: unknown } }).data?.id === "string" ? null : "no id in the answer") },
      next: () => ({ method: "POST", path: "/api/v1/concerns", body: concernBody() }),
    },
    {
      key: "update-action", label: "Updating an action (PATCH /api/v1/actions/{id}, partner)", role: "partner", kind: "write",
      check: { status: [200] }, prepare: prepareActions,
      next: () => {
        const a = pool[cursor++ % Math.max(1, pool.length)];
        if (!a) return { method: "PATCH", path: "/api/v1/actions/00000000-0000-7000-8000-000000000000", body: "{}" };
        return { method: "PATCH", path: `/api/v1/actions/${a.id}`, body: JSON.stringify({ version: a.version, status: a.status, note: "Benchmark: update added." }) };
      },
    },
    meetingsApi
      ? {
          key: "propose-agenda", label: "Proposing a meeting agenda (POST /api/v1/meetings)", role: "supervisor", kind: "write", check: { status: [201] },
          next: () => ({ method: "POST", path: "/api/v1/meetings", body: JSON.stringify({ title: "Benchmark tasking", type: "POLICE_TACTICAL", startsAt: new Date(Date.now() + 7 * 86_400_000).toISOString(), neighbourhoodIds: [fx.hood], chairId: fx.supervisorId, attendeeIds: [], agencyIds: [] }) }),
        }
      : { key: "propose-agenda", label: "Proposing a meeting agenda", role: "supervisor", kind: "write", check: { status: [201] }, next: get("/"), skip: "not measured (meetings not landed: no POST /api/v1/meetings yet)" },
  ];
  return keys;
}

// ─── the server ──────────────────────────────────────────────────────────────────────────────

type Server = { base: string; child: ChildProcess; stop: () => Promise<void> };

function waitForPort(port: number, child: ChildProcess, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve) => {
    const attempt = () => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve(false);
      const socket = net.connect({ port, host: "127.0.0.1" });
      socket.once("connect", () => {
        socket.destroy();
        resolve(true);
      });
      socket.once("error", () => {
        socket.destroy();
        if (Date.now() > deadline) resolve(false);
        else setTimeout(attempt, 200);
      });
    };
    attempt();
  });
}

async function startServer(databaseUrl: string, extraEnv: Record<string, string>, logFile: string): Promise<Server> {
  const port = await freePort(3300 + Math.floor(Math.random() * 200));
  const secret = randomBytes(32).toString("base64url");
  const env: NodeJS.ProcessEnv = {
    ...process.env, DATABASE_URL: databaseUrl, LOCUS_DEMO: "0", AUTH_SECRET: secret, NEXTAUTH_SECRET: secret, NEXTAUTH_URL: `http://localhost:${port}`,
    PORT: String(port), NEXT_TELEMETRY_DISABLED: "1", ...extraEnv,
  };
  Reflect.deleteProperty(env, "NODE_ENV");
  if (!extraEnv.LOCUS_QUERY_LOG) delete env.LOCUS_QUERY_LOG;
  const { openSync } = await import("node:fs");
  const out = openSync(logFile, "a");
  // The production server as `npm start` runs it (same Node flags: the bounded heap).
  const child = spawn(process.execPath, [...productionNodeFlags(), path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(port)], { cwd: root, env, stdio: ["ignore", out, out], detached: true });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
    const exited = new Promise<void>((r) => child.once("exit", () => r()));
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      /* gone */
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        /* gone */
      }
    }, 10_000);
    await exited;
    clearTimeout(timer);
  };
  if (!(await waitForPort(port, child, 120_000))) {
    await stop();
    throw new Error(`next start did not listen on port ${port}; see ${logFile}`);
  }
  return { base: `http://127.0.0.1:${port}`, child, stop };
}

async function ensureBuild() {
  const state = buildState(root, process.env);
  if (state.current) return;
  say(`building the app (${state.reason}) …`);
  clearBuildHash(root);
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  Reflect.deleteProperty(env, "NODE_ENV");
  const code = await new Promise<number>((resolve) => {
    const child = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], { cwd: root, env, stdio: ["ignore", "inherit", "inherit"] });
    child.on("exit", (c) => resolve(c ?? 1));
  });
  if (code !== 0) throw new Error(`next build failed (exit code ${code})`);
  writeBuildHash(root, state.hash);
}

// ─── main ────────────────────────────────────────────────────────────────────────────────────

type Row = {
  key: string; label: string; kind: "read" | "write" | "reference"; skip?: string; error?: string;
  c1?: { p50: number; p95: number; p99: number; n: number; errors: number }; c16?: { p50: number; p95: number; p99: number; n: number; errors: number; rps: number };
  sql?: SqlTiming; ratio?: number; met?: boolean;
};

async function hasDataset(url: string): Promise<boolean> {
  const c = new pg.Client({ connectionString: url });
  try {
    await c.connect();
  } catch {
    return false;
  }
  try {
    return ((await c.query(`select 1 from "AuditEvent" where action = $1 limit 1`, [SCALE_MARKER_ACTION])).rowCount ?? 0) > 0;
  } catch {
    return false;
  } finally {
    await c.end();
  }
}

const f1 = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? "–" : n < 10 ? n.toFixed(1) : n.toFixed(0));

/**
 * A read's ratio above the fixed cost every signed-in page pays: (its c=1 p50 − the reference
 * page's) ÷ (its SQL − the reference page's SQL, which is the session's). A diagnostic, not the
 * issue's target: it says whether the page's own work is in proportion to its own SQL.
 */
function ownRatio(row: Row, reference: Row | undefined): string {
  if (row.kind !== "read" || !row.c1 || !row.sql || row.sql.error || !reference?.c1 || !reference.sql || reference.sql.error) return "–";
  const ownSql = row.sql.p50 - reference.sql.p50;
  if (ownSql <= 0) return "–";
  return Math.max(0, (row.c1.p50 - reference.c1.p50) / ownSql).toFixed(1);
}

function table(rows: Row[]): string {
  const reference = rows.find((r) => r.key === "floor");
  const lines = [
    "| request | c=1 p50 / p95 / p99 (ms) | c=16 p50 / p95 / p99 (ms) | SQL p50 / p95 (ms, statements) | app ÷ SQL (c=1 p50 ÷ SQL p50) | above the signed-in reference | target met? |",
    "|---|---|---|---|---|---|---|",
  ];
  for (const r of rows) {
    if (r.skip) {
      lines.push(`| ${r.label} | ${r.skip} | | | | | TODO |`);
      continue;
    }
    if (r.error && !r.c1) {
      lines.push(`| ${r.label} | FAILED: ${r.error.replace(/\|/g, "/").slice(0, 120)} | | | | | no |`);
      continue;
    }
    const c1 = r.c1 ? `${f1(r.c1.p50)} / ${f1(r.c1.p95)} / ${f1(r.c1.p99)}${r.c1.errors ? ` (${r.c1.errors} errors)` : ""}` : "–";
    const c16 = r.c16 ? `${f1(r.c16.p50)} / ${f1(r.c16.p95)} / ${f1(r.c16.p99)}${r.c16.errors ? ` (${r.c16.errors} errors)` : ""}` : "–";
    const sql = r.sql ? (r.sql.error ? `replay failed: ${r.sql.error.slice(0, 60)}` : `${f1(r.sql.p50)} / ${f1(r.sql.p95)} (${r.sql.statements})`) : "–";
    const ratio = r.ratio === undefined || Number.isNaN(r.ratio) ? "–" : r.ratio.toFixed(1);
    const met = r.kind === "read" ? (r.met ? "yes" : "**no**") : r.key === "log-concern" ? (r.met ? "yes" : "**no**") : `(${r.kind})`;
    lines.push(`| ${r.label} | ${c1} | ${c16} | ${sql} | ${ratio} | ${ownRatio(r, reference)} | ${met} |`);
  }
  return lines.join("\n");
}

async function machine() {
  const pgVersion = async (url: string) => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      return ((await c.query("show server_version")).rows[0] as { server_version: string }).server_version;
    } finally {
      await c.end();
    }
  };
  return { nproc: os.cpus().length, cpu: os.cpus()[0]?.model ?? "?", memGiB: (os.totalmem() / 1024 ** 3).toFixed(1), node: process.version, pgVersion };
}

async function main() {
  const started = Date.now();
  const loadBefore = os.loadavg()[0]!;
  const outDir = path.join(root, ".data/bench");
  mkdirSync(outDir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");

  // The dataset.
  let server: ScaleServer;
  let dbUrl: string;
  if (databaseUrlArg) {
    server = externalServer(databaseUrlArg);
    dbUrl = databaseUrlArg;
  } else {
    server = await startScaleServer(say);
    dbUrl = server.url(databaseNameOf(preset));
  }
  const rows: Row[] = [];
  let failures = 0;
  let nextServer: Server | undefined;
  try {
    if (!(await hasDataset(dbUrl))) {
      if (!light) throw new Error(`no "${preset}" scale dataset in ${databaseOf(dbUrl)}: run npm run seed:scale -- --preset ${preset} first`);
      say(`no scale dataset in ${databaseOf(dbUrl)} yet: generating the "${preset}" preset …`);
      await generateScaleDataset({ preset, server, database: databaseOf(dbUrl) || databaseNameOf(preset) });
    }
    await ensureBuild();
    const fx = await fixtures(dbUrl);
    const meetingsApi = existsSync(path.join(root, "app/api/v1/meetings/route.ts"));
    const keys = keyRequests(fx, dbUrl, meetingsApi);
    const serverLog = path.join(outDir, `server-${stamp}.log`);

    // Phase 1: a server that logs its queries; one request at a time, to capture the SQL of each.
    const queryLogFile = path.join(outDir, `queries-${stamp}.ndjson`);
    rmSync(queryLogFile, { force: true });
    say("phase 1: capturing the SQL behind each request (server with LOCUS_QUERY_LOG) …");
    nextServer = await startServer(dbUrl, { LOCUS_QUERY_LOG: queryLogFile }, serverLog);
    const sessions = new Map<BenchRole | "anonymous", Session>([["anonymous", { email: "", cookie: "" }]]);
    for (const role of ["analyst", "officer", "supervisor", "partner"] as const) sessions.set(role, await signIn(nextServer.base, BENCH_ACCOUNTS[role], BENCH_PASSWORD));
    const log = new QueryLog(queryLogFile);
    const captured = new Map<string, ReturnType<typeof statementsOf>>();
    for (const k of keys) {
      const row: Row = { key: k.key, label: k.label, kind: k.kind, skip: k.skip };
      rows.push(row);
      if (k.skip) continue;
      if (k.prepare && (await k.prepare()) === 0) {
        row.error = "nothing to run it on (no open action owned by the partner's agency)";
        failures++;
        continue;
      }
      const session = sessions.get(k.role)!;
      // Warm up (compiles the route, fills caches), checking each answer.
      let problem: string | null = null;
      for (let i = 0; i < 3 && !problem; i++) problem = (await probe(nextServer.base, session, k.next(), k.check)).error;
      if (problem) {
        row.error = problem;
        failures++;
        console.error(`✖ ${k.label}: ${problem}`);
        continue;
      }
      if (k.prepare) await k.prepare();
      await new Promise((r) => setTimeout(r, 100));
      const before = log.offset();
      const p = await probe(nextServer.base, session, k.next(), k.check);
      await new Promise((r) => setTimeout(r, 150));
      if (p.error) {
        row.error = p.error;
        failures++;
        continue;
      }
      captured.set(k.key, statementsOf(log.since(before)));
    }
    await nextServer.stop();
    nextServer = undefined;

    if (explainOnly) {
      const parts: string[] = [`# EXPLAIN (ANALYZE, BUFFERS) of the SQL behind each key request — preset ${preset}, ${new Date().toISOString()}`];
      for (const row of rows) {
        const statements = captured.get(row.key);
        if (!statements) continue;
        const plans = await explainAll(dbUrl, statements);
        const total = plans.reduce((s, p) => s + (p.ms || 0), 0);
        parts.push(`\n## ${row.label}\n\n${statements.length} statements, ${total.toFixed(1)} ms of execution in all. Slowest:\n`);
        for (const p of plans.slice(0, 3)) parts.push(`### ${p.ms.toFixed(2)} ms\n\n\`\`\`sql\n${p.text}\n\`\`\`\n\n\`\`\`\n${p.plan}\n\`\`\`\n`);
      }
      const file = path.join(outDir, `explain-${preset}.md`);
      writeFileSync(file, parts.join("\n"));
      say(`plans written to ${file}`);
      return 0;
    }
    say("phase 2: replaying the captured SQL directly in Postgres …");
    const sqlRuns = checkOnly ? 1 : light ? 3 : 20;
    for (const row of rows) {
      const statements = captured.get(row.key);
      if (!statements) continue;
      row.sql = await replay(dbUrl, statements, sqlRuns);
      if (row.sql.error) console.error(`  (${row.key}: SQL replay failed: ${row.sql.error})`);
    }

    // Phase 3: a plain server (no query log): latencies at concurrency 1 and 16, and memory.
    say("phase 3: measuring over HTTP with autocannon at concurrency 1 and 16 …");
    nextServer = await startServer(dbUrl, {}, serverLog);
    for (const role of ["analyst", "officer", "supervisor", "partner"] as const) sessions.set(role, await signIn(nextServer.base, BENCH_ACCOUNTS[role], BENCH_PASSWORD));
    const memory = sampleMemory(nextServer.child.pid!);
    let concernThroughput: { rps: number; errors: number; requests: number } | undefined;
    for (const k of keys) {
      const row = rows.find((r) => r.key === k.key)!;
      if (row.skip || row.error) continue;
      const session = sessions.get(k.role)!;
      let warm = 0;
      for (let i = 0; i < 3; i++) {
        if (k.prepare) await k.prepare();
        const p = await probe(nextServer.base, session, k.next(), k.check);
        if (p.error) {
          row.error = p.error;
          break;
        }
        warm = p.ms;
      }
      if (row.error) {
        failures++;
        continue;
      }
      // As many requests as fit a time budget, within bounds (p99 needs a few hundred).
      const budget1 = light ? 3_000 : 10_000;
      const budget16 = light ? 4_000 : 15_000;
      // --check (npm test) only proves the harness works end to end: a handful of requests each.
      const n1 = checkOnly ? 5 : Math.round(Math.min(light ? 20 : 200, Math.max(light ? 10 : 30, budget1 / Math.max(1, warm))));
      let n16 = checkOnly ? 16 : Math.round(Math.min(light ? 48 : 800, Math.max(light ? 32 : 64, (budget16 / Math.max(1, warm)) * 2)));
      const run = async (connections: number, amount: number): Promise<LoadResult> => {
        let limit = amount;
        if (k.prepare) limit = Math.min(amount, await k.prepare());
        await refreshSession(nextServer!.base, session);
        return load(nextServer!.base, session, { connections, amount: Math.max(connections, limit), next: k.next });
      };
      process.stdout.write(`  ${k.label} …`);
      const r1 = await run(1, n1);
      if (k.key === "log-concern" && !light) n16 = Math.max(n16, 1600);
      const r16 = await run(16, n16);
      const errs = (r: LoadResult) => r.errors + r.non2xx;
      row.c1 = { p50: percentile(r1.latencies, 50), p95: percentile(r1.latencies, 95), p99: percentile(r1.latencies, 99), n: r1.requests, errors: errs(r1) };
      row.c16 = { p50: percentile(r16.latencies, 50), p95: percentile(r16.latencies, 95), p99: percentile(r16.latencies, 99), n: r16.requests, errors: errs(r16), rps: r16.rps };
      if (errs(r1) || errs(r16)) {
        failures++;
        row.error = `errors: c=1 ${JSON.stringify(r1.statuses)} (${r1.errors} socket errors), c=16 ${JSON.stringify(r16.statuses)} (${r16.errors} socket errors)`;
      }
      if (k.key === "log-concern") concernThroughput = { rps: r16.rps, errors: errs(r16), requests: r16.requests };
      if (row.sql && !row.sql.error && row.sql.statements > 0) row.ratio = row.c1.p50 / row.sql.p50;
      row.met = k.kind === "read" ? row.c1.p95 < 150 && (row.ratio ?? Infinity) < 3 && !row.error : k.key === "log-concern" ? r16.rps >= 200 && errs(r16) === 0 : undefined;
      console.log(` c=1 p95 ${f1(row.c1.p95)} ms, c=16 p95 ${f1(row.c16.p95)} ms${row.sql && !row.sql.error ? `, SQL p50 ${f1(row.sql.p50)} ms` : ""}${row.error ? `  ✖ ${row.error}` : ""}`);
    }
    memory.stop();
    const peakRss = memory.peak();
    await nextServer.stop();
    nextServer = undefined;

    // Report.
    const m = await machine();
    const pgv = await m.pgVersion(dbUrl);
    const reads = rows.filter((r) => r.kind === "read" && !r.skip);
    const summary = [
      `- Server peak resident memory (next-server and its children, sampled every 250 ms during phase 3): **${peakRss.toFixed(0)} MB** (target < 600 MB: ${peakRss < 600 ? "met" : "**missed**"})`,
      concernThroughput
        ? `- Concern logging at concurrency 16: **${concernThroughput.rps.toFixed(1)} per second** over ${concernThroughput.requests} requests, **${concernThroughput.errors} errors** (target ≥ 200/s with no errors: ${concernThroughput.rps >= 200 && concernThroughput.errors === 0 ? "met" : "**missed**"})`
        : "- Concern logging throughput: not measured (the request failed)",
      `- Reads meeting both read targets (c=1 p95 < 150 ms and app ÷ SQL < 3): ${reads.filter((r) => r.met).length} of ${reads.length}`,
    ].join("\n");
    const counts = Object.entries(fx.counts).map(([t, n]) => `${t} ${n.toLocaleString("en-GB")}`).join(", ");
    const md = [
      `### Run of ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC — preset \`${preset}\`${light ? ` (${[quick && "--quick", checkOnly && "--check"].filter(Boolean).join(" ")})` : ""}`,
      "",
      `Machine: ${m.nproc} cores (${m.cpu}), ${m.memGiB} GiB RAM; Node ${m.node}; PostgreSQL ${pgv} (embedded, shared_buffers 256MB); Next.js production server (\`next start\`), pool ${process.env.DATABASE_POOL_SIZE ?? 10} connections over ${/[?&]host=\//.test(dbUrl) ? "a Unix socket" : "loopback TCP"}.`,
      `Dataset: \`${preset}\` — ${counts}.`,
      `Latency: measured by autocannon over loopback HTTP, per request (p50/p95/p99); SQL: the statements the server ran for one such request (captured from its query log) replayed in order through \`pg\`, summed, ${sqlRuns} runs. app ÷ SQL = c=1 p50 ÷ SQL p50 (the target). "Above the signed-in reference" = (c=1 p50 − the /help/scoring row's) ÷ (SQL p50 − its SQL): the page's own work against its own SQL, a diagnostic.`,
      "",
      table(rows),
      "",
      summary,
      "",
      `Benchmark took ${((Date.now() - started) / 60_000).toFixed(1)} minutes; 1-minute load average ${loadBefore.toFixed(1)} at the start, ${os.loadavg()[0]!.toFixed(1)} at the end (on ${m.nproc} cores: anything above ~2 means other work shared the machine).`,
    ].join("\n");
    console.log(`\n${md}\n`);
    writeFileSync(path.join(outDir, `bench-${preset}-${stamp}.md`), `${md}\n`);
    writeFileSync(path.join(outDir, `bench-${preset}-${stamp}.json`), JSON.stringify({ preset, quick, checkOnly, rows, captured: Object.fromEntries(captured), peakRss, concernThroughput, fixtures: fx, machine: { ...m, pgVersion: pgv } }, null, 2));
    if (!light) writeResultsToDocs(md);
    const checked = rows.filter((r) => !r.skip);
    const report = { passed: checked.filter((r) => !r.error).length, failed: checked.filter((r) => r.error).length, skipped: rows.filter((r) => r.skip).map((r) => r.key), failures: checked.filter((r) => r.error).map((r) => ({ key: r.key, error: r.error })) };
    if (reportFile) writeFileSync(reportFile, JSON.stringify(report, null, 2));
    console.log(`bench: ${report.passed} requests passed, ${report.failed} failed${report.skipped.length ? `, ${report.skipped.length} not measured (${report.skipped.join(", ")})` : ""}`);
    return failures === 0 && report.failed === 0 ? 0 : 1;
  } finally {
    if (nextServer) await nextServer.stop();
    await server.stop();
  }
}

/** Puts the newest full run between the markers in docs/benchmarks.md (the rest of the page is written by hand). */
function writeResultsToDocs(md: string) {
  const file = path.join(root, "docs/benchmarks.md");
  const start = "<!-- bench:latest:start -->";
  const end = "<!-- bench:latest:end -->";
  const block = `${start}\n${md}\n${end}`;
  let text = existsSync(file) ? readFileSync(file, "utf8") : `# Benchmarks\n\n## Latest run\n\n${start}\n${end}\n`;
  if (!text.includes(start)) text += `\n## Latest run\n\n${start}\n${end}\n`;
  text = text.replace(new RegExp(`${start}[\\s\\S]*?${end}`), block);
  writeFileSync(file, text);
  say("results written to docs/benchmarks.md");
}

main()
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    console.error(`✖ bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    if (reportFile) writeFileSync(reportFile, JSON.stringify({ passed: 0, failed: 1, failures: [{ key: "harness", error: String(error) }] }));
    process.exit(1);
  });
