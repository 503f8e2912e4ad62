// One Prisma client per process, on the pg driver adapter (Prisma 7 has no Rust query engine).
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export function createDb(connectionString: string, max = 10): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max }) });
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
