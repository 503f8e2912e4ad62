"use client";
import Link from "next/link";
import { useActionState, useState } from "react";
import { CheckboxField, ErrorSummary, SelectField, SubmitButton, TextAreaField, TextField } from "@/components/forms/fields";
import { ACTION_PRIORITY, PLAN_STRAND, STRAND_PURPOSE } from "@/lib/domain/actions";
import type { FormState } from "@/lib/forms";

const LABELS = {
  groupId: "Plan",
  personId: "Plan",
  strand: "Strand",
  title: "Title",
  description: "Description",
  owningAgencyId: "Owning agency",
  assigneeId: "Assignee",
  dueDate: "Due date",
  priority: "Priority",
  subject: "What the action is about",
  sharedWithPartnership: "Share with the partnership",
};

export type ActionFormOptions = {
  agencies: { id: string; name: string; users: { id: string; name: string }[] }[];
  /** "KIND:id" values for the subject select; one entry means it is fixed (a person's plan). */
  subjects: { value: string; label: string }[];
};

export function ActionForm({
  action,
  options,
  plan,
  defaultStrand,
  cancelHref,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  options: ActionFormOptions;
  plan: { kind: "GROUP" | "PERSON"; id: string };
  defaultStrand?: string;
  cancelHref: string;
}) {
  const [state, formAction] = useActionState(action, {});
  // The assignee list follows the owning agency chosen on screen (or sent, after a refused save).
  const [pickedAgency, setPickedAgency] = useState<string | null>(null);
  const sentAgency = state.values?.owningAgencyId;
  const agencyId = pickedAgency ?? (typeof sentAgency === "string" ? sentAgency : "");
  const agency = options.agencies.find((a) => a.id === agencyId);
  const fixedSubject = options.subjects.length === 1 ? options.subjects[0] : undefined;

  return (
    <form
      action={formAction}
      className="card max-w-3xl space-y-5"
      noValidate
      onChange={(e) => {
        const target = e.nativeEvent.target;
        if (target instanceof HTMLSelectElement && target.name === "owningAgencyId") setPickedAgency(target.value);
      }}
    >
      <ErrorSummary state={state} labels={LABELS} />
      <input type="hidden" name={plan.kind === "GROUP" ? "groupId" : "personId"} value={plan.id} />
      <SelectField
        name="strand"
        label="Strand"
        state={state}
        defaultValue={defaultStrand}
        required
        options={PLAN_STRAND.values.map((v) => ({ value: v, label: `${PLAN_STRAND.label[v]}: ${STRAND_PURPOSE[v].toLowerCase()}` }))}
      />
      <TextField name="title" label="Title" state={state} required autoComplete="off" hint="What is to be done, in a line." />
      <TextAreaField name="description" label="Description" state={state} rows={4} hint="Detail the owner needs. The owning agency sees it; other partner agencies never do." />
      <div className="grid gap-5 sm:grid-cols-2">
        <SelectField name="owningAgencyId" label="Owning agency" state={state} required options={options.agencies.map((a) => ({ value: a.id, label: a.name }))} hint="Any agency may own an action." />
        {/* Re-mounted when the agency changes, so a user of another agency is never left selected. */}
        <div key={agencyId || "none"}>
          <SelectField
            name="assigneeId"
            label="Assignee"
            state={state}
            options={(agency?.users ?? []).map((u) => ({ value: u.id, label: u.name }))}
            placeholder={agency ? `Not assigned: anyone at ${agency.name}` : "Choose the owning agency first"}
            hint="A person in the owning agency. Left empty, the whole agency is told."
          />
        </div>
      </div>
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField name="dueDate" label="Due date" type="date" state={state} required />
        <SelectField name="priority" label="Priority" state={state} defaultValue="MEDIUM" required options={ACTION_PRIORITY.values.map((v) => ({ value: v, label: ACTION_PRIORITY.label[v] }))} />
      </div>
      {fixedSubject ? (
        <div>
          <p className="text-sm font-semibold text-slate-900">What the action is about</p>
          <p className="mt-1">{fixedSubject.label}</p>
          <input type="hidden" name="subject" value={fixedSubject.value} />
          {state.errors?.subject ? <p className="mt-1 text-sm font-semibold text-red-700">{state.errors.subject.join(". ")}</p> : null}
        </div>
      ) : (
        <SelectField
          name="subject"
          label="What the action is about"
          state={state}
          defaultValue={options.subjects[0]?.value}
          required
          options={options.subjects}
          hint="The group itself, or one of its members, linked people or places."
        />
      )}
      {plan.kind === "GROUP" ? (
        <CheckboxField
          name="sharedWithPartnership"
          label="Share with the partnership"
          state={state}
          hint="Partner agencies that can see this group will see the action's title, strand, owner, due date and status, never its description or notes."
        />
      ) : null}
      <div className="flex flex-wrap gap-2">
        <SubmitButton>Add action</SubmitButton>
        <Link href={cancelHref} className="btn-secondary">
          Cancel
        </Link>
      </div>
    </form>
  );
}
