// Integration tests need a real Postgres. `npm test` starts one and migrates a template database
// (LOCUS_TEST_ADMIN_URL, LOCUS_TEST_TEMPLATE_DB); run alone, vitest starts its own here.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { applyMigrations } from "../../scripts/db/migrations";
import { freePort, startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres";

declare module "vitest" {
  export interface ProvidedContext {
    adminUrl: string;
    templateDb: string;
  }
}

export default async function setup(project: TestProject) {
  let adminUrl = process.env.LOCUS_TEST_ADMIN_URL;
  let templateDb = process.env.LOCUS_TEST_TEMPLATE_DB;
  let teardown = async () => {};
  if (!adminUrl || !templateDb) {
    const dir = await mkdtemp(path.join(os.tmpdir(), "locus-vitest-pg-"));
    const server = await startEmbeddedPostgres({ dataDir: dir, port: await freePort(), persistent: false });
    templateDb = "locus_template";
    await server.createDatabase(templateDb);
    await applyMigrations(server.url(templateDb), () => {});
    adminUrl = server.url("postgres");
    teardown = async () => {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    };
  }
  project.provide("adminUrl", adminUrl);
  project.provide("templateDb", templateDb);
  return teardown;
}

export async function createDatabaseFromTemplate(adminUrl: string, templateDb: string, name: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`drop database if exists "${name}" with (force)`);
    await client.query(`create database "${name}" template "${templateDb}"`);
  } finally {
    await client.end();
  }
}
