// CSV exports of the lists, with the same filters and access rules as the lists themselves.
// Paged through in the database (never one query for the whole table), capped, and audited once.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit";
import { csvRow } from "@/lib/csv";
import { db } from "@/lib/db/client";
import { AGE_GROUP, CRIME_TYPES, GROUP_STATUS, LOCATION_FLAGS, LOCATION_TYPE, RISK_LEVEL, VULNERABILITIES, WARNING_MARKERS } from "@/lib/domain/case-record";
import { ForbiddenError } from "@/lib/errors";
import { listGroups, type GroupFilters, type GroupSort } from "./groups";
import type { ListParams } from "./list-params";
import { listLocations, type LocationFilters, type LocationSort } from "./locations";
import { listNominals, type NominalFilters, type NominalSort } from "./nominals";
import { listPeople, type PersonFilters, type PersonSort } from "./people";

export const EXPORT_ROW_LIMIT = 50_000;
const BATCH = 500;

export type ExportRequest =
  | { kind: "groups"; sort: ListParams<GroupSort>; filters: GroupFilters }
  | { kind: "nominals"; sort: ListParams<NominalSort>; filters: NominalFilters }
  | { kind: "people"; sort: ListParams<PersonSort>; filters: PersonFilters }
  | { kind: "locations"; sort: ListParams<LocationSort>; filters: LocationFilters };

const label = <T extends Record<string, string>>(labels: T, values: string[]) => values.map((v) => labels[v] ?? v);

const ENTITY = { groups: "OrganisedCrimeGroup", nominals: "Nominal", people: "PersonAtRisk", locations: "Location" } as const;

/** Lines of CSV, header first. Access is checked and the export audited before the first line. */
export async function* exportCsv(actor: Actor, request: ExportRequest): AsyncGenerator<string> {
  if (!can(actor, "records:export")) throw new ForbiddenError();
  const filters = Object.fromEntries(Object.entries(request.filters).filter(([, v]) => v !== undefined && v !== ""));
  await db().$transaction((tx) =>
    recordAudit(tx, actor, { action: "export", entityType: ENTITY[request.kind], summary: `Exported ${request.kind} to CSV${Object.keys(filters).length ? ` (filters: ${Object.entries(filters).map(([k, v]) => `${k}=${v}`).join(", ")})` : ""}`, details: { kind: request.kind, filters, sort: request.sort.sort, dir: request.sort.dir } }),
  );
  const options = { auditSearch: false };
  for (let page = 1; (page - 1) * BATCH < EXPORT_ROW_LIMIT; page++) {
    const params = { ...request.sort, page, pageSize: BATCH };
    let lines: string[];
    let more: boolean;
    switch (request.kind) {
      case "groups": {
        const result = await listGroups(actor, params as ListParams<GroupSort>, request.filters, options);
        if (page === 1) yield csvRow(["Reference", "Name", "Status", "Crime types", "Neighbourhoods", "Band", "Score", "Members", "Updated"]);
        lines = result.audience === "police"
          ? result.page.rows.map((r) => csvRow([r.reference, r.name, GROUP_STATUS.label[r.status], label(CRIME_TYPES.label, r.crimeTypes), r.neighbourhoods, r.band, r.score, r.memberCount, r.updatedAt]))
          : [];
        more = result.page.rows.length === BATCH;
        break;
      }
      case "nominals": {
        const result = await listNominals(actor, params as ListParams<NominalSort>, request.filters, options);
        if (page === 1) yield csvRow(["Name", "Aliases", "Date of birth", "Risk", "Warning markers", "Groups", "Updated"]);
        lines = result.rows.map((r) => csvRow([r.name, r.aliases, r.dateOfBirth?.toISOString().slice(0, 10), r.risk ? RISK_LEVEL.label[r.risk] : "", label(WARNING_MARKERS.label, r.warningMarkers), r.groups.map((g) => `${g.reference} ${g.name}`), r.updatedAt]));
        more = result.rows.length === BATCH;
        break;
      }
      case "people": {
        const result = await listPeople(actor, params as ListParams<PersonSort>, request.filters, options);
        if (page === 1) yield csvRow(["Name", "Child or adult", "Age", "Risk level", "Vulnerabilities", "Lead agency", "Updated"]);
        lines = result.rows.map((r) => csvRow([r.name, AGE_GROUP.label[r.ageGroup], r.ageYears, RISK_LEVEL.label[r.riskLevel], label(VULNERABILITIES.label, r.vulnerabilities), r.leadAgency, r.updatedAt]));
        more = result.rows.length === BATCH;
        break;
      }
      case "locations": {
        const result = await listLocations(actor, params as ListParams<LocationSort>, request.filters, options);
        if (page === 1) yield csvRow(["Address", "Postcode", "Type", "Flags", "Neighbourhood", "Updated"]);
        lines = result.rows.map((r) => csvRow([r.address, r.postcode, LOCATION_TYPE.label[r.type], label(LOCATION_FLAGS.label, r.flags), r.neighbourhood, r.updatedAt]));
        more = result.rows.length === BATCH;
        break;
      }
    }
    for (const line of lines) yield line;
    if (!more) return;
  }
}
