// Runs in each test file's worker before the tests: gives the file a fresh database copied from
// the migrated template, and points the application's client at it.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, inject } from "vitest";
import { createDatabaseFromTemplate } from "./integration-global-setup";

const adminUrl = inject("adminUrl");
const name = `locus_test_${randomBytes(6).toString("hex")}`;
await createDatabaseFromTemplate(adminUrl, inject("templateDb"), name);
const url = new URL(adminUrl);
url.pathname = `/${name}`;
process.env.DATABASE_URL = url.toString();
process.env.AUTH_SECRET ??= "integration-test-secret";

afterAll(async () => {
  const { db } = await import("@/lib/db/client");
  await db().$disconnect();
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists "${name}" with (force)`);
  await admin.end();
});
