import { narrowParams } from "@/components/forms/narrow-params";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { concernFormOptions } from "@/lib/dal/concern-form-options";
import type { SearchParams } from "@/lib/dal/list-params";
import { logConcernAction } from "./actions";
import { ConcernForm } from "./concern-form";

export const metadata = { title: "Log a concern" };

const LONDON = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });

/** Now as a datetime-local value in UK time: the default (and latest) "When?". */
function londonNow(): string {
  const part = Object.fromEntries(LONDON.formatToParts(new Date()).map((p) => [p.type, p.value]));
  return `${part.year}-${part.month}-${part.day}T${part.hour}:${part.minute}`;
}

/**
 * Past a force's worth of neighbourhoods the select lists the officer's own and those of an area
 * command chosen above it (see ConcernForm): the area command and the neighbourhood chosen come
 * back here in the URL.
 */
export default async function NewConcernPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePermission("concerns:log");
  const q = narrowParams(await searchParams);
  const options = await concernFormOptions(actor, { areaCommand: q.lists.areaCommand, neighbourhoodId: q.id("neighbourhoodId") });
  const defaultNeighbourhoodId = actor.neighbourhoodIds.find((id) => options.neighbourhoods.some((n) => n.id === id)) ?? "";
  return (
    <>
      <PageHeader title="Log a concern" description="What you saw or heard goes to the HQ analysts, who grade it, link it and tell you what happened to it." />
      <ConcernForm
        action={logConcernAction}
        userId={actor.id}
        canPickLocation={can(actor, "records:read")}
        neighbourhoods={options.neighbourhoods}
        neighbourhoodsNarrowed={options.neighbourhoodsNarrowed}
        defaultNeighbourhoodId={defaultNeighbourhoodId}
        now={londonNow()}
      />
    </>
  );
}
