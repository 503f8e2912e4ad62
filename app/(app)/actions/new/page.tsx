import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/actor";
import { actionFormOptions } from "@/lib/dal/actions";
import { first, type SearchParams } from "@/lib/dal/list-params";
import { getPerson } from "@/lib/dal/people";
import { groupPlanSubjects } from "@/lib/dal/plan-subjects";
import { ACTION_PRIORITY, PLAN_STRAND } from "@/lib/domain/actions";
import { orNotFound } from "@/lib/http/not-found";
import { createActionAction } from "../actions";
import { ActionForm, type ActionFormInitial, type ActionFormOptions } from "./action-form";

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

  const initial = initialValues(params);
  // Owning agencies and assignees are bounded like the subjects: the form is re-submitted here as a GET to narrow them.
  const choices = await actionFormOptions(actor, {
    agencyType: first(params.agencyType), agencyQuery: first(params.agencyQuery), assigneeQuery: first(params.assigneeQuery),
    owningAgencyId: initial?.owningAgencyId, assigneeId: initial?.assigneeId,
  });

  if (groupId) {
    // The group itself, its members, and the people and places linked to it: all of them while few,
    // otherwise the first ones, the one chosen and those found by name (the subject search below
    // re-submits the form here as a GET, so what was entered comes back in the URL).
    const plan = await orNotFound(groupPlanSubjects(actor, groupId, { query: first(params.subjectQuery), selected: first(params.subject) }));
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
        <ActionForm action={createActionAction} options={options} plan={{ kind: "GROUP", id: group.id }} defaultStrand={strand} cancelHref={`/groups/${group.id}#plan`} initial={initial} narrowHref="/actions/new" />
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
      <ActionForm action={createActionAction} options={options} plan={{ kind: "PERSON", id: person.id }} defaultStrand={strand ?? "PROTECT"} cancelHref={`/people/${person.id}#plan`} initial={initial} narrowHref="/actions/new" />
    </>
  );
}

/** What the form held when it was re-submitted as a GET (to narrow a list), bounded like the form's fields. */
function initialValues(params: SearchParams): ActionFormInitial | undefined {
  if (first(params.narrow) !== "1") return undefined;
  const text = (name: string, max: number) => first(params[name])?.slice(0, max) || undefined;
  return {
    title: text("title", 200),
    description: text("description", 4000),
    owningAgencyId: text("owningAgencyId", 36),
    assigneeId: text("assigneeId", 36),
    dueDate: text("dueDate", 10),
    priority: ACTION_PRIORITY.values.find((v) => v === first(params.priority)),
    subject: text("subject", 50),
    sharedWithPartnership: first(params.sharedWithPartnership) === "on",
  };
}
