import Link from "next/link";
import { notFound } from "next/navigation";
import { narrowParams } from "@/components/forms/narrow-params";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/actor";
import { actionFormOptions } from "@/lib/dal/actions";
import { first, type SearchParams } from "@/lib/dal/list-params";
import { getPerson } from "@/lib/dal/people";
import { groupPlanSubjects } from "@/lib/dal/plan-subjects";
import { PLAN_STRAND } from "@/lib/domain/actions";
import { orNotFound } from "@/lib/http/not-found";
import { createActionAction } from "../actions";
import { ActionForm, type ActionFormOptions } from "./action-form";

export const metadata = { title: "Add an action" };

export default async function NewActionPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePermission("actions:create");
  const params = await searchParams;
  const groupId = first(params.groupId);
  const personId = first(params.personId);
  const strandParam = first(params.strand);
  const strand = PLAN_STRAND.values.find((s) => s === strandParam);

  if (!groupId && !personId) {
    return (
      <>
        <PageHeader title="Add an action" />
        <p className="card max-w-3xl">
          Actions belong to a plan: open a <Link href="/groups">group</Link> and add it to its 4P plan, or a <Link href="/people">person at risk</Link> and add it to their safeguarding plan.
        </p>
      </>
    );
  }

  // Owning agencies and assignees are bounded like the subjects: the form's NarrowForm sends the
  // narrowing here, with the agency, assignee and subject chosen (never what was typed).
  const q = narrowParams(params);
  const choices = await actionFormOptions(actor, {
    agencyType: q.lists.agencyType, agencyQuery: q.lists.agencyQuery, assigneeQuery: q.search("assigneeQuery"),
    owningAgencyId: q.id("owningAgencyId"), assigneeId: q.id("assigneeId"),
  });

  if (groupId) {
    // The group itself, its members, and the people and places linked to it: all of them while few,
    // otherwise the first ones, the one chosen and those found by name (the subject search is sent
    // here by the form's NarrowForm, with the subject chosen).
    const plan = await orNotFound(groupPlanSubjects(actor, groupId, { query: q.search("subjectQuery"), selected: q.id("subject") }));
    const { group } = plan;
    const options: ActionFormOptions = {
      ...choices,
      subjects: plan.subjects,
      subjectsNarrowed: plan.narrowed ? { ...plan.narrowed, memberCount: plan.memberCount, linkedCount: plan.linkedCount } : undefined,
    };
    const planName = `${group.reference} ${group.name}`;
    return (
      <>
        <p className="mb-2 text-sm">
          <Link href={`/groups/${group.id}#plan`}>Back to {planName}</Link>
        </p>
        <PageHeader title="Add an action" description={`To the 4P plan of ${planName}${strand ? `, under ${PLAN_STRAND.label[strand]}` : ""}.`} />
        <ActionForm action={createActionAction} options={options} plan={{ kind: "GROUP", id: group.id }} strand={strand} defaultStrand={strand} cancelHref={`/groups/${group.id}#plan`} narrowHref="/actions/new" />
      </>
    );
  }

  if (!personId) notFound();
  const person = await orNotFound(getPerson(actor, personId));
  const options: ActionFormOptions = { ...choices, subjects: [{ value: `PERSON:${person.id}`, label: `Person at risk: ${person.name}` }] };
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/people/${person.id}#plan`}>Back to {person.name}</Link>
      </p>
      <PageHeader title="Add an action" description={`To the safeguarding plan of ${person.name}.`} />
      <ActionForm action={createActionAction} options={options} plan={{ kind: "PERSON", id: person.id }} strand={strand} defaultStrand={strand ?? "PROTECT"} cancelHref={`/people/${person.id}#plan`} narrowHref="/actions/new" />
    </>
  );
}
