// The PostgreSQL the scale dataset lives in: by default an embedded server of its own in
// .data/scale-postgres (never the demo's .data/postgres), on a port from 5600 up.
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { root } from "../db/migrations";
import { freePort, isAlive, postmasterPid, removeForeignSignalHandlers, startManagedPostgres, type ManagedPostgres } from "../lib/postgres-lifecycle";

export type ScaleServer = { adminUrl: string; url: (database: string) => string; stop: () => Promise<void>; embedded: boolean };

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export function databaseOf(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, ""));
}

export const SCALE_DATA_DIR = path.join(root, ".data/scale-postgres");

/** Settings that make bulk loading and big index builds fast (reloaded, no restart needed). */
const TUNING = [
  "max_wal_size = '8GB'",
  "checkpoint_timeout = '30min'",
  "maintenance_work_mem = '1GB'",
  "effective_cache_size = '12GB'",
  "work_mem = '16MB'",
  "random_page_cost = 1.1",
];

/** The scale server another of our processes is running right now (e.g. a load while benchmarking), if any. */
function runningScaleServer(): ScaleServer | undefined {
  const pid = postmasterPid(SCALE_DATA_DIR);
  if (pid === undefined || !isAlive(pid)) return undefined;
  const port = Number(readFileSync(path.join(SCALE_DATA_DIR, "postmaster.pid"), "utf8").split("\n")[3]);
  if (!Number.isInteger(port) || port <= 0) return undefined;
  const url = (database: string) => `postgresql://locus:locus-local-only@127.0.0.1:${port}/${database}`;
  return { adminUrl: url("postgres"), url, stop: async () => {}, embedded: true };
}

export async function startScaleServer(log: (m: string) => void = console.log): Promise<ScaleServer> {
  mkdirSync(path.dirname(SCALE_DATA_DIR), { recursive: true });
  const shared = existsSync(SCALE_DATA_DIR) ? runningScaleServer() : undefined;
  if (shared) {
    log(`using the scale PostgreSQL already running (${new URL(shared.adminUrl).port}, data in .data/scale-postgres)`);
    return shared;
  }
  const port = await freePort(Number(process.env.LOCUS_SCALE_DB_PORT || 5600));
  log(`starting the embedded PostgreSQL for the scale dataset (port ${port}, data in .data/scale-postgres) …`);
  const server: ManagedPostgres = await startManagedPostgres({ dataDir: SCALE_DATA_DIR, port, persistent: true, logFile: path.join(root, ".data/scale-postgres.log"), log });
  removeForeignSignalHandlers();
  const adminUrl = server.url("postgres");
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    for (const setting of TUNING) await client.query(`ALTER SYSTEM SET ${setting}`);
    await client.query("select pg_reload_conf()");
  } finally {
    await client.end();
  }
  return { adminUrl, url: server.url, stop: server.stop, embedded: true };
}

export function externalServer(databaseUrl: string): ScaleServer {
  return { adminUrl: withDatabase(databaseUrl, "postgres"), url: (db) => withDatabase(databaseUrl, db), stop: async () => {}, embedded: false };
}
