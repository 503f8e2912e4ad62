// One Prisma client per process, on the pg driver adapter (Prisma 7 has no Rust query engine).
import { appendFileSync } from "node:fs";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export function createDb(connectionString: string, max = 10): PrismaClient {
  // LOCUS_QUERY_LOG=<file>: append every query (SQL, parameters, duration) as one JSON line, for
  // the benchmark (scripts/bench) to replay the SQL behind each request. Off unless set.
  const queryLog = process.env.LOCUS_QUERY_LOG;
  if (!queryLog) return new PrismaClient({ adapter: new PrismaPg({ connectionString, max }) });
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString, max }), log: [{ emit: "event", level: "query" }] });
  (client as unknown as { $on: (event: "query", cb: (e: { query: string; params: string; duration: number; timestamp: Date }) => void) => void }).$on("query", (e) => {
    appendFileSync(queryLog, `${JSON.stringify({ t: Date.now(), query: e.query, params: e.params, duration: e.duration })}\n`);
  });
  return client;
}

const globalForDb = globalThis as unknown as { locusDb?: PrismaClient };

/** The application's client, created on first use so that importing this module never connects. */
export function db(): PrismaClient {
  if (!globalForDb.locusDb) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set");
    globalForDb.locusDb = createDb(url, Number(process.env.DATABASE_POOL_SIZE ?? 10));
  }
  return globalForDb.locusDb;
}
