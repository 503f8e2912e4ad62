import { FilterForm, FilterSelect, FilterText } from "@/components/table/filter-form";
import { CursorPagination } from "@/components/table/pagination";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/actor";
import { AUDIT_ENTITY_TYPES, auditActorByEmail, listAuditEvents } from "@/lib/dal/audit-trail";
import { first, type SearchParams } from "@/lib/dal/list-params";
import { AuditTable } from "./audit-table";

export const metadata = { title: "Audit trail" };

function dateParam(value: string | undefined, endOfDay = false): Date | undefined {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const d = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return undefined;
  if (endOfDay) d.setUTCDate(d.getUTCDate() + 1);
  return d;
}

function cursorParam(value: string | undefined): bigint | undefined {
  return value && /^\d{1,19}$/.test(value) ? BigInt(value) : undefined;
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePermission("audit:read");
  const params = await searchParams;
  const user = first(params.user)?.trim() || undefined;
  const entityType = AUDIT_ENTITY_TYPES.find((t) => t === first(params.entityType));
  const entityId = first(params.entityId)?.trim() || undefined;
  const fromText = first(params.from);
  const toText = first(params.to);
  const actorId = user ? await auditActorByEmail(actor, user) : undefined;
  const result =
    actorId === null
      ? { rows: [], older: null, newer: null }
      : await listAuditEvents(actor, { actorId, entityType, entityId, from: dateParam(fromText), to: dateParam(toText, true) }, { before: cursorParam(first(params.before)), after: cursorParam(first(params.after)) });
  return (
    <>
      <PageHeader title="Audit trail" description="Every sign-in, lockout and change, newest first. Audit events cannot be changed or deleted, by anyone." />
      <FilterForm basePath="/audit" label="Filter the audit trail">
        <FilterText name="user" label="User's email" type="email" defaultValue={user} />
        <FilterSelect name="entityType" label="Record type" defaultValue={entityType} options={AUDIT_ENTITY_TYPES.map((t) => ({ value: t, label: t }))} />
        <FilterText name="entityId" label="Record id" type="text" defaultValue={entityId} />
        <FilterText name="from" label="From (date)" type="date" defaultValue={fromText} />
        <FilterText name="to" label="To (date)" type="date" defaultValue={toText} />
      </FilterForm>
      {actorId === null ? <p className="mb-3 text-sm text-slate-700">No user has the email {user}.</p> : null}
      <AuditTable rows={result.rows} />
      <CursorPagination basePath="/audit" params={params} older={result.older} newer={result.newer} />
    </>
  );
}
