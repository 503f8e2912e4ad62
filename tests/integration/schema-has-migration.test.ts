import { describe, expect, it } from "vitest";
import { pendingSchemaChange } from "../../scripts/db/migrations";

describe("migrations", () => {
  it("cover every change to prisma/schema.prisma (run `npm run db:migrate:new -- <name>` if this fails)", async () => {
    const sql = await pendingSchemaChange(process.env.DATABASE_URL!);
    expect(sql, `schema.prisma has changes with no migration:\n${sql}`).toBe("");
  });
});
