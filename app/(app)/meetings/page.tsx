import Link from "next/link";
import { forbidden } from "next/navigation";
import { FilterForm, FilterSelect } from "@/components/table/filter-form";
import { Pagination } from "@/components/table/pagination";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { first, parseListParams, type SearchParams } from "@/lib/dal/list-params";
import { listMeetings, MEETING_SORTS, type MeetingFilters } from "@/lib/dal/meetings";
import { MEETING_STATUS, MEETING_TYPE } from "@/lib/domain/meetings";
import { MeetingsTable } from "./meetings-table";

export const metadata = { title: "Tasking meetings" };

const WHEN = [
  { value: "upcoming", label: "Upcoming" },
  { value: "past", label: "Past" },
] as const;

export default async function MeetingsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  if (!can(actor, "records:read") && !can(actor, "shared:read")) forbidden();
  const police = can(actor, "records:read");
  const params = await searchParams;
  const status = MEETING_STATUS.values.find((s) => s === first(params.status));
  const type = MEETING_TYPE.values.find((t) => t === first(params.type));
  const when = WHEN.find((w) => w.value === first(params.when))?.value;
  // Upcoming meetings read soonest first; anything else newest first.
  const list = parseListParams(params, MEETING_SORTS, { sort: "startsAt", dir: when === "upcoming" ? "asc" : "desc" });
  const filters: MeetingFilters = { status, type, when };
  const page = await listMeetings(actor, list, filters);
  const filtered = !!(status || type || when);
  const canPlan = can(actor, "meetings:manage");

  return (
    <>
      <PageHeader
        title="Tasking meetings"
        description={
          police
            ? "Tactical and partnership meetings: agendas Locus proposes, the decisions taken on each item, the actions tasked and the minutes."
            : "Meetings you or your agency attend: the partner version, with the items your agency is party to and the partner minutes."
        }
        actions={
          canPlan ? (
            <Link href="/meetings/new" className="btn-primary">
              Plan a meeting
            </Link>
          ) : null
        }
      />
      <FilterForm basePath="/meetings" label="Filter meetings">
        <FilterSelect name="when" label="When" defaultValue={when} anyLabel="Any time" options={WHEN.map((w) => ({ value: w.value, label: w.label }))} />
        <FilterSelect name="status" label="Status" defaultValue={status} anyLabel="Any status" options={MEETING_STATUS.values.map((v) => ({ value: v, label: MEETING_STATUS.label[v] }))} />
        <FilterSelect name="type" label="Type" defaultValue={type} anyLabel="Any type" options={MEETING_TYPE.values.map((v) => ({ value: v, label: MEETING_TYPE.label[v] }))} />
      </FilterForm>
      <MeetingsTable
        rows={page.rows}
        caption="Tasking meetings"
        emptyMessage={
          filtered
            ? "No meetings match these filters."
            : police
              ? `No meetings have been planned yet.${canPlan ? " Plan one to have Locus propose its agenda." : ""}`
              : "No meetings yet: you see a meeting once you or your agency are invited to it."
        }
      />
      <Pagination basePath="/meetings" params={params} page={page.page} pageSize={page.pageSize} total={page.total} />
    </>
  );
}
