import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { exportCsv } from "@/lib/dal/export";
import { createNominal } from "@/lib/dal/nominals";
import { ForbiddenError } from "@/lib/errors";
import { nominalSchema } from "@/lib/validation/records";
import { buildWorld } from "../support/world";

let world: Awaited<ReturnType<typeof buildWorld>>;
const sort = { page: 1, pageSize: 25, sort: "name" as const, dir: "asc" as const };

async function collect(lines: AsyncGenerator<string>) {
  let text = "";
  for await (const line of lines) text += line;
  return text;
}

beforeAll(async () => {
  world = await buildWorld();
  for (const name of ["Marcus Exportable", "=HYPERLINK(\"http://evil\") Exportable", "Dana \"Dee\" Exportable, Jr"]) {
    await createNominal(world.analyst, nominalSchema.parse({ name, warningMarkers: ["VIOLENCE"] }));
  }
  await createNominal(world.analyst, nominalSchema.parse({ name: "Someone Else Entirely" }));
});

describe("CSV export", () => {
  it("exports the filtered list, quoted and safe to open in a spreadsheet, and audits it once", async () => {
    const before = await db().auditEvent.count({ where: { actorId: world.analyst.id, action: "search" } });
    const csv = await collect(exportCsv(world.analyst, { kind: "nominals", sort, filters: { q: "exportable" } }));
    const lines = csv.trim().split("\r\n");
    expect(lines[0]).toBe("Name,Aliases,Date of birth,Risk,Warning markers,Groups,Updated");
    expect(lines).toHaveLength(4);
    expect(csv).not.toContain("Someone Else");
    // A formula is neutralised with a leading apostrophe; quotes and commas are escaped.
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"") Exportable"`);
    expect(csv).toContain(`"Dana ""Dee"" Exportable, Jr"`);
    expect(csv).toContain(",Violence,");
    const audit = await db().auditEvent.findMany({ where: { actorId: world.analyst.id, action: "export" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.summary).toBe("Exported nominals to CSV (filters: q=exportable)");
    // Paging through the list for the file does not add a search event per page.
    expect(await db().auditEvent.count({ where: { actorId: world.analyst.id, action: "search" } })).toBe(before);
  });

  it("is refused to officers, partners and administrators, before anything is written", async () => {
    for (const actor of [world.officer, world.partner, world.admin]) {
      await expect(collect(exportCsv(actor, { kind: "people", sort, filters: {} }))).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await db().auditEvent.count({ where: { action: "export", actorId: { in: [world.officer.id, world.partner.id, world.admin.id] } } })).toBe(0);
  });
});
