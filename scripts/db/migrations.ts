// Reading the migrations folder, diffing schemas and applying migrations, shared by
// `npm start`, `npm run db:migrate`, `npm run db:migrate:new` and the tests.
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { createHash, randomUUID } from "node:crypto";
import { openSchemaEngine } from "./schema-engine";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const schemaPath = path.join(root, "prisma/schema.prisma");
export const migrationsDir = path.join(root, "prisma/migrations");
/** Each migration folder keeps the schema as it stood after it, so the next can be diffed. */
export const SNAPSHOT = "schema.prisma";

export async function migrationNames(): Promise<string[]> {
  if (!existsSync(migrationsDir)) return [];
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  return entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
}

/** SQL that turns the newest migration's schema snapshot into `schema.prisma` ("" when none). */
export async function pendingSchemaChange(connectionString: string): Promise<string> {
  const names = await migrationNames();
  const current = await readFile(schemaPath, "utf8");
  // The engine opens a connection when it starts, though a schema-to-schema diff reads nothing.
  const engine = await openSchemaEngine([[schemaPath, current]], connectionString);
  try {
    const last = names.at(-1);
    const from = last
      ? { tag: "schemaDatamodel", files: [{ path: path.join(migrationsDir, last, SNAPSHOT), content: await readFile(path.join(migrationsDir, last, SNAPSHOT), "utf8") }] }
      : { tag: "empty" };
    const to = { tag: "schemaDatamodel", files: [{ path: schemaPath, content: current }] };
    const result = await engine.diff({ from, to, script: true, shadowDatabaseUrl: null, exitCode: null, filters: { externalTables: [], externalEnums: [] } });
    const sql = (result.stdout ?? "").trim();
    return sql === "-- This is an empty migration." ? "" : sql;
  } finally {
    engine.free();
  }
}

/**
 * Applies every migration not yet recorded, each in its own transaction together with its row in
 * `_prisma_migrations` (the table, columns and sha256 checksum Prisma's CLI uses, so `prisma
 * migrate deploy` on a connected machine agrees with us). The wasm engine can apply migrations
 * too, but it splits scripts on semicolons (breaking functions and triggers) and does not roll a
 * failed script back; Postgres runs a multi-statement script atomically when we send it whole.
 */
export async function applyMigrations(connectionString: string, log: (m: string) => void = console.log) {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    // Two processes starting at once (two `npm start`s, parallel test workers) take turns.
    await client.query("select pg_advisory_lock(7391)");
    await client.query(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL,
      "finished_at" TIMESTAMPTZ, "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT,
      "rolled_back_at" TIMESTAMPTZ, "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`);
    const { rows } = await client.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      `select migration_name, checksum, finished_at from "_prisma_migrations" where rolled_back_at is null`,
    );
    const done = new Map(rows.map((r) => [r.migration_name, r]));
    const applied: string[] = [];
    for (const name of await migrationNames()) {
      const sql = await readFile(path.join(migrationsDir, name, "migration.sql"), "utf8");
      const checksum = createHash("sha256").update(sql).digest("hex");
      const previous = done.get(name);
      if (previous) {
        if (!previous.finished_at) throw new Error(`migration ${name} started earlier and never finished; resolve it by hand`);
        if (previous.checksum !== checksum) throw new Error(`migration ${name} was edited after it was applied`);
        continue;
      }
      await client.query("begin");
      try {
        await client.query(sql);
        await client.query(
          `insert into "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
           values ($1, $2, $3, now(), clock_timestamp(), 1)`,
          [randomUUID(), checksum, name],
        );
        await client.query("commit");
      } catch (error) {
        await client.query("rollback");
        throw new Error(`migration ${name} failed and was rolled back: ${(error as Error).message}`);
      }
      log(`applied migration ${name}`);
      applied.push(name);
    }
    return applied;
  } finally {
    await client.end();
  }
}
