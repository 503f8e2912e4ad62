// Runs Locus: database, migrations, demo data, build, web server. Started by scripts/start.mjs
// (`npm start`, `npm run dev`) once dependencies are installed.
//
//   DATABASE_URL   use this PostgreSQL instead of the embedded one (LOCUS_DEMO then defaults to 0)
//   LOCUS_DB_PORT  preferred port for the embedded PostgreSQL (default 5433; any free port otherwise)
//   LOCUS_DEMO     1: load demo data into an empty database (default 1 embedded, 0 external)
//   PORT           web port (default 3000)
//   AUTH_SECRET    session signing key (default: generated once, kept in .data/auth-secret)
//   --dev          development mode (next dev) instead of a production build
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, readlinkSync, rmSync, statSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { applyMigrations, root } from "./db/migrations";
import { freePort } from "./lib/embedded-postgres";
import { buildState, clearBuildHash, productionNodeFlags, writeBuildHash } from "./lib/next-build";
import {
  handleLeftoverServer,
  isAlive,
  PostgresBusyError,
  redactUrl,
  removeForeignSignalHandlers,
  startManagedPostgres,
  type ManagedPostgres,
} from "./lib/postgres-lifecycle";

async function demoSignInHint(): Promise<string> {
  try {
    const { DEMO_ACCOUNTS, DEMO_PASSWORD } = await import("../lib/demo-accounts");
    if (DEMO_ACCOUNTS.length) {
      return `sign in with password "${DEMO_PASSWORD}" as any of\n             ${DEMO_ACCOUNTS.map((a) => a.email).join(", ")}`;
    }
  } catch {
    /* fall back to the generic hint */
  }
  return "the demo accounts are listed on the sign-in page";
}

const argv = process.argv.slice(2);
const devMode = argv.includes("--dev");
const unknown = argv.filter((a) => a !== "--dev");
if (unknown.length) console.warn(`(ignoring unknown option${unknown.length > 1 ? "s" : ""}: ${unknown.join(" ")})`);

const dataRoot = path.join(root, ".data");
// What is running, so that the next start can clean up after a crash (see handleLeftoverRun).
const runFile = path.join(dataRoot, "locus.pid");
type RunState = { serve: number; next?: number; port: number };
const nextBin = path.join(root, "node_modules/next/dist/bin/next");
const say = (message: string) => console.log(`» ${message}`);

// Env files: Next reads them for the app; read them here too so that e.g. a DATABASE_URL in .env
// selects an external database. Variables already set in the environment win.
for (const file of [".env.local", ".env"]) {
  const full = path.join(root, file);
  if (existsSync(full)) {
    try {
      process.loadEnvFile(full);
    } catch (error) {
      console.warn(`(could not read ${file}: ${(error as Error).message})`);
    }
  }
}

// ---------------------------------------------------------------- shutdown ---------------------

let postgres: ManagedPostgres | undefined;
let postgresStarting: Promise<ManagedPostgres> | undefined;
const children = new Set<ChildProcess>();
let shuttingDown: Promise<never> | undefined;

function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(process.platform === "win32" ? child.pid : -child.pid, signal);
  } catch {
    try {
      child.kill(signal);
    } catch {
      /* gone */
    }
  }
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

async function stopChild(child: ChildProcess, graceMs: number) {
  killGroup(child, "SIGTERM");
  const timer = setTimeout(() => killGroup(child, "SIGKILL"), graceMs);
  await exited(child);
  clearTimeout(timer);
  // Next's worker processes share its process group: make sure none outlives it.
  killGroup(child, "SIGKILL");
}

function shutdown(code: number, reason?: string): Promise<never> {
  shuttingDown ??= (async () => {
    if (reason) console.log(`\n» ${reason}`);
    await Promise.all([...children].map((child) => stopChild(child, 10_000)));
    const pg = postgres ?? (await postgresStarting?.catch(() => undefined));
    if (pg) {
      say("stopping the database …");
      try {
        await pg.stop();
      } catch (error) {
        console.error(`could not stop the database cleanly: ${(error as Error).message}`);
        code ||= 1;
      }
    }
    try {
      if (existsSync(runFile) && (JSON.parse(readFileSync(runFile, "utf8")) as RunState).serve === process.pid) rmSync(runFile);
    } catch {
      /* leave it; the next start checks it */
    }
    if (reason) say("stopped.");
    process.exit(code);
  })();
  return shuttingDown;
}

const onSignal = (signal: NodeJS.Signals) => {
  void shutdown(0, signal === "SIGINT" ? "Ctrl-C: shutting down …" : `${signal}: shutting down …`);
};
removeForeignSignalHandlers();
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, onSignal);

// Started by scripts/start.mjs in a process group of our own: if that supervisor disappears
// without passing a signal on (killed hard, terminal gone), stop rather than run on unseen.
const supervisor = Number(process.env.LOCUS_SUPERVISOR_PID);
if (supervisor > 0) {
  delete process.env.LOCUS_SUPERVISOR_PID;
  setInterval(() => {
    if (process.ppid !== supervisor) void shutdown(0, "npm start has gone away: shutting down …");
  }, 1000).unref();
}

function fail(message: string): Promise<never> {
  console.error(`\n✖ ${message}`);
  return shutdown(1);
}

/** Runs a command to completion in its own process group; resolves with its exit code. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  if (shuttingDown) return new Promise(() => {});
  const child = spawn(command, args, { cwd: root, env, stdio: ["ignore", "inherit", "inherit"], detached: process.platform !== "win32" });
  children.add(child);
  return new Promise((resolve, reject) => {
    child.on("error", (error) => {
      children.delete(child);
      reject(error);
    });
    child.on("exit", (code, signal) => {
      children.delete(child);
      resolve(signal ? 1 : (code ?? 1));
    });
  });
}

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", (error: NodeJS.ErrnoException) => resolve(error.code === "EADDRINUSE" || error.code === "EACCES"));
    server.listen({ port }, () => server.close(() => resolve(false)));
  });
}

function waitForPort(port: number, child: ChildProcess, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve) => {
    const attempt = () => {
      if (child.exitCode !== null || child.signalCode !== null || shuttingDown) return resolve(false);
      const socket = net.connect({ port, host: "127.0.0.1" });
      socket.once("connect", () => {
        socket.destroy();
        resolve(true);
      });
      socket.once("error", () => {
        socket.destroy();
        if (Date.now() > deadline) resolve(false);
        else setTimeout(attempt, 250);
      });
    };
    attempt();
  });
}

function authSecret(): string {
  const file = path.join(dataRoot, "auth-secret");
  if (existsSync(file)) {
    if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
    const existing = readFileSync(file, "utf8").trim();
    if (existing.length >= 32) return existing;
  }
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return secret;
}


function writeRunState(state: RunState) {
  try {
    writeFileSync(runFile, `${JSON.stringify(state)}\n`);
  } catch {
    /* only a convenience */
  }
}

function processInfo(pid: number): { cmdline: string; cwd: string } | undefined {
  try {
    return {
      cmdline: readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" "),
      cwd: readlinkSync(`/proc/${pid}/cwd`),
    };
  } catch {
    return undefined;
  }
}

/**
 * A previous `npm start` from this folder may still be running (then say so), or may have crashed
 * and left its web server behind (then stop it: it would hold the port and use a stopped database).
 */
async function handleLeftoverRun(): Promise<string | undefined> {
  if (!existsSync(runFile)) return undefined;
  let state: RunState;
  try {
    state = JSON.parse(readFileSync(runFile, "utf8")) as RunState;
  } catch {
    rmSync(runFile, { force: true });
    return undefined;
  }
  if (state.serve !== process.pid && isAlive(state.serve) && processInfo(state.serve)?.cmdline.includes("serve.ts")) {
    return `Locus is already running from this folder (pid ${state.serve}, http://localhost:${state.port}). Stop it first (Ctrl-C in its terminal).`;
  }
  const nextPid = state.next;
  if (nextPid && isAlive(nextPid)) {
    const info = processInfo(nextPid);
    if (info && info.cwd === root && /next/.test(info.cmdline)) {
      say(`stopping the web server left running by an earlier run that crashed (pid ${nextPid}) …`);
      const signalGroup = (signal: NodeJS.Signals) => {
        try {
          process.kill(-nextPid, signal);
        } catch {
          /* gone */
        }
      };
      signalGroup("SIGTERM");
      for (let i = 0; i < 100 && isAlive(nextPid); i++) await new Promise((resolve) => setTimeout(resolve, 100));
      signalGroup("SIGKILL");
    }
  }
  rmSync(runFile, { force: true });
  return undefined;
}

// ---------------------------------------------------------------- main -------------------------

async function main() {
  const started = Date.now();
  mkdirSync(dataRoot, { recursive: true });

  const port = Number(process.env.PORT || 3000);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) return fail(`PORT=${process.env.PORT} is not a valid port number`);
  const running = await handleLeftoverRun();
  if (running) {
    console.error(`\n✖ ${running}`);
    process.exit(1);
  }
  writeRunState({ serve: process.pid, port });
  if (await portInUse(port)) {
    return fail(`port ${port} is already in use (is Locus already running?). Stop that program or choose another port: PORT=3001 npm start`);
  }

  // Database.
  const external = process.env.DATABASE_URL?.trim();
  let databaseUrl: string;
  let databaseLabel: string;
  if (external) {
    databaseUrl = external;
    databaseLabel = `external, ${redactUrl(external)}`;
  } else {
    const dataDir = path.join(dataRoot, "postgres");
    try {
      // Before choosing a port: a server left behind by a crash may hold the usual one.
      await handleLeftoverServer(dataDir, say);
    } catch (error) {
      return fail((error as Error).message);
    }
    const preferred = Number(process.env.LOCUS_DB_PORT || 5433);
    const dbPort = await freePort(Number.isInteger(preferred) && preferred > 0 ? preferred : 5433);
    say(`starting the embedded PostgreSQL (port ${dbPort}, data in .data/postgres) …`);
    postgresStarting = startManagedPostgres({
      dataDir,
      port: dbPort,
      persistent: true,
      logFile: path.join(dataRoot, "postgres.log"),
      log: say,
    });
    try {
      postgres = await postgresStarting;
    } catch (error) {
      if (error instanceof PostgresBusyError) return fail(error.message);
      return fail((error as Error).message);
    }
    await postgres.createDatabase("locus");
    databaseUrl = postgres.url("locus");
    databaseLabel = `embedded PostgreSQL on port ${dbPort}, data in .data/postgres`;
  }

  // Migrations.
  try {
    const applied = await applyMigrations(databaseUrl, (m) => say(m));
    if (!applied.length) say("database schema is up to date");
  } catch (error) {
    return fail(`could not migrate the database: ${(error as Error).message}`);
  }

  // Environment for seeding, building and the app.
  const demo = (process.env.LOCUS_DEMO ?? (external ? "0" : "1")).trim() === "1";
  const secret = process.env.AUTH_SECRET || authSecret();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    LOCUS_DEMO: demo ? "1" : "0",
    AUTH_SECRET: secret,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || secret,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL || `http://localhost:${port}`,
    PORT: String(port),
    NEXT_TELEMETRY_DISABLED: "1",
  };
  Reflect.deleteProperty(env, "NODE_ENV"); // next sets it (production for build/start, development for dev)
  delete env.LOCUS_SUPERVISOR_PID;

  // Demo data: only into an empty database (seed.ts checks), never over existing records.
  if (demo) {
    const seed = path.join(root, "scripts/db/seed.ts");
    if (!existsSync(seed)) {
      console.warn("(demo mode is on but scripts/db/seed.ts does not exist yet: no demo data loaded)");
    } else {
      const code = await run(process.execPath, ["--import", import.meta.resolve("tsx"), seed], env);
      if (code !== 0) return fail(`loading the demo data failed (exit code ${code})`);
    }
  }

  // Build (production only, and only when a source changed).
  if (!devMode) {
    const state = buildState(root, env);
    if (!state.current) {
      say(`building the app (${state.reason}); this takes a minute or two …`);
      clearBuildHash(root);
      const buildStarted = Date.now();
      const code = await run(process.execPath, [nextBin, "build"], env);
      if (code !== 0) return fail(`next build failed (exit code ${code}); see the messages above`);
      writeBuildHash(root, state.hash);
      say(`build finished in ${((Date.now() - buildStarted) / 1000).toFixed(0)} s`);
    }
  }

  // Web server.
  const next = spawn(process.execPath, [...(devMode ? [] : productionNodeFlags()), nextBin, devMode ? "dev" : "start", "-p", String(port)], {
    cwd: root,
    env,
    stdio: ["ignore", "inherit", "inherit"],
    detached: process.platform !== "win32",
  });
  children.add(next);
  if (next.pid) writeRunState({ serve: process.pid, next: next.pid, port });
  next.on("exit", (code, signal) => {
    children.delete(next);
    if (!shuttingDown) void fail(`the web server stopped unexpectedly (${signal ?? `exit code ${code}`})`);
  });
  if (!(await waitForPort(port, next, 120_000))) {
    if (!shuttingDown) return fail(`the web server did not start listening on port ${port}`);
    return;
  }

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const lines = [
    "",
    `  Locus is running${devMode ? " in development mode" : ""}: http://localhost:${port}   (ready in ${seconds} s)`,
    `  Database:  ${databaseLabel}`,
    demo ? `  Demo:      on; ${await demoSignInHint()}` : "  Demo:      off (set LOCUS_DEMO=1 to load demo data into an empty database)",
    "  Press Ctrl-C to stop.",
    "",
  ];
  console.log(lines.join("\n"));
}

main().catch((error: unknown) => fail(error instanceof Error ? (error.stack ?? error.message) : String(error)));
