"use client";
import { useActionState, useState } from "react";
import { ErrorSummary, SelectField, SubmitButton, TextField } from "@/components/forms/fields";
import { LINK_TYPE, RECORD_KIND } from "@/lib/domain/case-record";
import type { FormState } from "@/lib/forms";
import type { RecordKind } from "@/lib/generated/prisma/enums";
import { RecordPicker } from "./record-picker";

const LABELS = { toId: "Linked record", type: "Link type", fromDate: "From", toDate: "To", sourceNote: "Source note", toKind: "Record type" };

export function AddLinkForm({ action }: { action: (state: FormState, data: FormData) => Promise<FormState> }) {
  const [state, formAction] = useActionState(action, {});
  const [kind, setKind] = useState<RecordKind>("NOMINAL");
  const saved = state.message === "Link added.";
  return (
    <details className="card" open={!!state.errors}>
      <summary className="cursor-pointer font-semibold">Add a link</summary>
      <form action={formAction} className="mt-4 space-y-4" noValidate>
        {saved ? (
          <p role="status" className="rounded-md border-l-4 border-green-700 bg-green-50 p-3 text-sm">
            Link added.
          </p>
        ) : (
          <ErrorSummary state={state} labels={LABELS} />
        )}
        <SelectField name="type" label="Link type" state={saved ? {} : state} required options={LINK_TYPE.values.map((v) => ({ value: v, label: LINK_TYPE.label[v] }))} />
        <div>
          <label htmlFor="link-kind" className="block text-sm font-semibold">
            Record type
          </label>
          <select id="link-kind" name="toKind" value={kind} onChange={(e) => setKind(e.target.value as RecordKind)} className="input mt-1">
            {RECORD_KIND.values.map((k) => (
              <option key={k} value={k}>
                {RECORD_KIND.label[k]}
              </option>
            ))}
          </select>
        </div>
        <RecordPicker key={kind} name="toId" kind={kind} label={`Find the ${RECORD_KIND.label[kind].toLowerCase()} to link`} error={saved ? undefined : state.errors?.toId?.join(". ")} />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField name="fromDate" label="From" type="date" state={saved ? {} : state} />
          <TextField name="toDate" label="To" type="date" state={saved ? {} : state} />
        </div>
        <TextField name="sourceNote" label="Source note" state={saved ? {} : state} hint="Where this comes from, without identifying a source." />
        <SubmitButton>Add link</SubmitButton>
      </form>
    </details>
  );
}
