// Typed links between any two records. Police intelligence: partners never see links.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit";
import { db, type Tx } from "@/lib/db/client";
import { LINK_TYPE, RECORD_KIND } from "@/lib/domain/case-record";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import type { LinkType, RecordKind } from "@/lib/generated/prisma/client";
import type { LinkInput } from "@/lib/validation/records";
import { assertId } from "./ids";
import type { Page } from "./list-params";
import { policeOnly } from "./visibility";

export type LinkView = { id: string; type: LinkType; direction: "out" | "in"; other: { kind: RecordKind; id: string; name: string }; fromDate: Date | null; toDate: Date | null; sourceNote: string; createdAt: Date };

/** Names of records by kind and id, for showing the far end of links. */
export async function recordNames(refs: { kind: RecordKind; id: string }[], tx: Pick<Tx, "organisedCrimeGroup" | "nominal" | "personAtRisk" | "location"> = db()): Promise<Map<string, string>> {
  const ids = (kind: RecordKind) => [...new Set(refs.filter((r) => r.kind === kind).map((r) => r.id))];
  const [groups, nominals, people, locations] = await Promise.all([
    ids("GROUP").length ? tx.organisedCrimeGroup.findMany({ where: { id: { in: ids("GROUP") } }, select: { id: true, name: true, reference: true } }) : [],
    ids("NOMINAL").length ? tx.nominal.findMany({ where: { id: { in: ids("NOMINAL") } }, select: { id: true, name: true } }) : [],
    ids("PERSON").length ? tx.personAtRisk.findMany({ where: { id: { in: ids("PERSON") } }, select: { id: true, name: true } }) : [],
    ids("LOCATION").length ? tx.location.findMany({ where: { id: { in: ids("LOCATION") } }, select: { id: true, address: true } }) : [],
  ]);
  const names = new Map<string, string>();
  for (const g of groups) names.set(`GROUP:${g.id}`, `${g.reference} ${g.name}`);
  for (const n of nominals) names.set(`NOMINAL:${n.id}`, n.name);
  for (const p of people) names.set(`PERSON:${p.id}`, p.name);
  for (const l of locations) names.set(`LOCATION:${l.id}`, l.address);
  return names;
}

/** How many links a record page shows; the rest are on its paged links page. */
export const LINKS_SHOWN = 25;

const linksWhere = (kind: RecordKind, id: string) => ({ OR: [{ fromKind: kind, fromId: id }, { toKind: kind, toId: id }] });

/** The newest links of a record (at most `take`): a record page shows these and links to the rest. */
export async function linksOf(actor: Actor, kind: RecordKind, id: string, take = LINKS_SHOWN): Promise<LinkView[]> {
  if (!policeOnly(actor)) return [];
  return linkViews(kind, id, await db().link.findMany({ where: linksWhere(kind, id), orderBy: [{ createdAt: "desc" }, { id: "desc" }], take }));
}

/** How many links a record has (0 for those who may not see links). */
export async function countLinks(actor: Actor, kind: RecordKind, id: string): Promise<number> {
  if (!policeOnly(actor)) return 0;
  return db().link.count({ where: linksWhere(kind, id) });
}

/** Every link of one record, a page at a time, newest first: police only, like the links themselves. */
export async function listRecordLinks(actor: Actor, kind: RecordKind, id: string, params: { page: number; pageSize: number }): Promise<Page<LinkView> & { name: string }> {
  if (!policeOnly(actor)) throw new NotFoundError(RECORD_KIND.label[kind]);
  assertId(id, RECORD_KIND.label[kind]);
  const name = (await recordNames([{ kind, id }])).get(`${kind}:${id}`);
  if (!name) throw new NotFoundError(RECORD_KIND.label[kind]);
  const where = linksWhere(kind, id);
  const [rows, total] = await Promise.all([
    db().link.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: (params.page - 1) * params.pageSize, take: params.pageSize }),
    db().link.count({ where }),
  ]);
  return { name, rows: await linkViews(kind, id, rows), total, page: params.page, pageSize: params.pageSize };
}

type LinkRow = { id: string; fromKind: RecordKind; fromId: string; toKind: RecordKind; toId: string; type: LinkType; fromDate: Date | null; toDate: Date | null; sourceNote: string; createdAt: Date };

async function linkViews(kind: RecordKind, id: string, rows: LinkRow[]): Promise<LinkView[]> {
  const others = rows.map((r) => (r.fromKind === kind && r.fromId === id ? { kind: r.toKind, id: r.toId, direction: "out" as const } : { kind: r.fromKind, id: r.fromId, direction: "in" as const }));
  const names = await recordNames(others);
  return rows.map((r, i) => {
    const o = others[i]!;
    return { id: r.id, type: r.type, direction: o.direction, other: { kind: o.kind, id: o.id, name: names.get(`${o.kind}:${o.id}`) ?? "(removed record)" }, fromDate: r.fromDate, toDate: r.toDate, sourceNote: r.sourceNote, createdAt: r.createdAt };
  });
}

export async function createLink(actor: Actor, input: LinkInput): Promise<{ id: string }> {
  if (!can(actor, "records:write")) throw new ForbiddenError();
  return db().$transaction(async (tx) => {
    const names = await recordNames([{ kind: input.fromKind, id: input.fromId }, { kind: input.toKind, id: input.toId }], tx);
    const fromName = names.get(`${input.fromKind}:${input.fromId}`);
    const toName = names.get(`${input.toKind}:${input.toId}`);
    if (!fromName) throw new NotFoundError(RECORD_KIND.label[input.fromKind]);
    if (!toName) throw new ValidationError({ toId: [`Choose an existing ${RECORD_KIND.label[input.toKind].toLowerCase()}`] });
    const link = await tx.link.create({
      data: { fromKind: input.fromKind, fromId: input.fromId, toKind: input.toKind, toId: input.toId, type: input.type, fromDate: input.fromDate ? new Date(input.fromDate) : null, toDate: input.toDate ? new Date(input.toDate) : null, sourceNote: input.sourceNote, createdById: actor.id },
      select: { id: true },
    });
    const summary = `Linked ${fromName} — ${LINK_TYPE.label[input.type].toLowerCase()} — ${toName}`;
    // One event on each end, so each record's own audit trail shows the link.
    await recordAudit(tx, actor, { action: "link.created", entityType: entityTypeOf(input.fromKind), entityId: input.fromId, summary, details: { linkId: link.id, ...input } });
    await recordAudit(tx, actor, { action: "link.created", entityType: entityTypeOf(input.toKind), entityId: input.toId, summary, details: { linkId: link.id, ...input } });
    return link;
  });
}

export async function deleteLink(actor: Actor, id: string): Promise<void> {
  if (!can(actor, "records:write")) throw new ForbiddenError();
  assertId(id, "Link");
  await db().$transaction(async (tx) => {
    const link = await tx.link.findUnique({ where: { id } });
    if (!link) throw new NotFoundError("Link");
    await tx.link.delete({ where: { id } });
    for (const [kind, entityId] of [[link.fromKind, link.fromId], [link.toKind, link.toId]] as const) {
      await recordAudit(tx, actor, { action: "link.removed", entityType: entityTypeOf(kind), entityId, summary: `Removed a "${LINK_TYPE.label[link.type].toLowerCase()}" link`, details: { linkId: id, from: `${link.fromKind}:${link.fromId}`, to: `${link.toKind}:${link.toId}`, type: link.type } });
    }
  });
}

export function entityTypeOf(kind: RecordKind): string {
  return { GROUP: "OrganisedCrimeGroup", NOMINAL: "Nominal", PERSON: "PersonAtRisk", LOCATION: "Location" }[kind];
}
