import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/actor";
import { actionFormOptions } from "@/lib/dal/actions";
import { getGroup } from "@/lib/dal/groups";
import { first, type SearchParams } from "@/lib/dal/list-params";
import { getPerson } from "@/lib/dal/people";
import { PLAN_STRAND } from "@/lib/domain/actions";
import { MEMBER_STANDING, RECORD_KIND } from "@/lib/domain/case-record";
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

  const { agencies } = await actionFormOptions(actor);

  if (groupId) {
    const group = await orNotFound(getGroup(actor, groupId));
    if (group.audience !== "police") notFound();
    // The group itself, its members, and the people, nominals and places linked to it.
    const subjects = new Map<string, string>([[`GROUP:${group.id}`, `The group itself: ${group.reference} ${group.name}`]]);
    for (const m of group.members) subjects.set(`NOMINAL:${m.nominal.id}`, `Member: ${m.nominal.name} (${MEMBER_STANDING.label[m.standing].toLowerCase()})`);
    for (const l of group.links) {
      if (l.other.kind === "GROUP") continue;
      const key = `${l.other.kind}:${l.other.id}`;
      if (!subjects.has(key)) subjects.set(key, `${RECORD_KIND.label[l.other.kind]}: ${l.other.name}`);
    }
    const options: ActionFormOptions = { agencies, subjects: [...subjects].map(([value, label]) => ({ value, label })) };
    const planName = `${group.reference} ${group.name}`;
    return (
      <>
        <p className="mb-2 text-sm">
          <Link href={`/groups/${group.id}#plan`}>Back to {planName}</Link>
        </p>
        <PageHeader title="Add an action" description={`To the 4P plan of ${planName}${strand ? `, under ${PLAN_STRAND.label[strand]}` : ""}.`} />
        <ActionForm action={createActionAction} options={options} plan={{ kind: "GROUP", id: group.id }} defaultStrand={strand} cancelHref={`/groups/${group.id}#plan`} />
      </>
    );
  }

  if (!personId) notFound();
  const person = await orNotFound(getPerson(actor, personId));
  const options: ActionFormOptions = { agencies, subjects: [{ value: `PERSON:${person.id}`, label: `Person at risk: ${person.name}` }] };
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/people/${person.id}#plan`}>Back to {person.name}</Link>
      </p>
      <PageHeader title="Add an action" description={`To the safeguarding plan of ${person.name}.`} />
      <ActionForm action={createActionAction} options={options} plan={{ kind: "PERSON", id: person.id }} defaultStrand={strand ?? "PROTECT"} cancelHref={`/people/${person.id}#plan`} />
    </>
  );
}
