import { describe, expect, it } from "vitest";
import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db/client";

describe("audit events cannot be changed or deleted", () => {
  it("refuses UPDATE, DELETE and TRUNCATE in the database itself", async () => {
    await db().$transaction((tx) => recordAudit(tx, null, { action: "test.event", entityType: "Test", summary: "original summary" }));
    const event = await db().auditEvent.findFirstOrThrow({ where: { action: "test.event" } });

    await expect(db().auditEvent.update({ where: { id: event.id }, data: { summary: "rewritten" } })).rejects.toThrow(/append-only/);
    await expect(db().auditEvent.delete({ where: { id: event.id } })).rejects.toThrow(/append-only/);
    await expect(db().$executeRawUnsafe(`UPDATE "AuditEvent" SET summary = 'x'`)).rejects.toThrow(/append-only/);
    await expect(db().$executeRawUnsafe(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/append-only/);
    await expect(db().$executeRawUnsafe(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only/);

    const after = await db().auditEvent.findUniqueOrThrow({ where: { id: event.id } });
    expect(after.summary).toBe("original summary");
  });

  it("commits a change and its audit event together, or neither", async () => {
    const before = await db().auditEvent.count();
    await expect(
      db().$transaction(async (tx) => {
        await recordAudit(tx, null, { action: "test.rolled_back", entityType: "Test", summary: "should vanish" });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db().auditEvent.count()).toBe(before);
  });
});
