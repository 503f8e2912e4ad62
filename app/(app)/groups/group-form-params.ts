// What the group form held when it was re-submitted as a GET to narrow a list (see GroupForm).
import { narrowingParams, type FormParams } from "@/components/forms/form-params";
import type { RecordFormScope } from "@/lib/dal/groups";
import { CRIME_TYPES, GROUP_STATUS } from "@/lib/domain/case-record";
import type { GroupFormValues } from "./group-form";

export function groupFormParams(q: FormParams): Partial<GroupFormValues> {
  return {
    reference: q.text("reference", 20),
    name: q.text("name", 120),
    aliases: q.text("aliases", 4_000)?.split(/\r?\n/),
    status: q.oneOf("status", GROUP_STATUS.values),
    crimeTypes: q.list("crimeTypes").filter((c) => (CRIME_TYPES.values as readonly string[]).includes(c)),
    neighbourhoodIds: q.list("neighbourhoodIds"),
    assessment: q.text("assessment", 20_000),
    partnerSummary: q.text("partnerSummary", 4_000),
    lroId: q.text("lroId", 36),
    sroId: q.text("sroId", 36),
    sharedAgencyIds: q.list("sharedAgencyIds", 100),
  };
}

/**
 * The group form's choices: the lists narrowed as asked, and whatever is chosen (in `values`, and in
 * `saved` on an edit page, so narrowing never drops one of the group's own unseen) always offered.
 */
export function groupFormScope(q: FormParams, ...chosen: Partial<GroupFormValues>[]): RecordFormScope {
  return {
    ...narrowingParams(q),
    officerQuery: q.text("officerQuery", 100),
    neighbourhoodIds: chosen.flatMap((v) => v.neighbourhoodIds ?? []),
    agencyIds: chosen.flatMap((v) => v.sharedAgencyIds ?? []),
    officerIds: chosen.flatMap((v) => [v.lroId, v.sroId]),
  };
}
