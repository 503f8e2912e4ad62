import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/actor";
import { groupFormOptions } from "@/lib/dal/groups";
import { createPersonAction } from "../actions";
import { PersonForm } from "../person-form";

export const metadata = { title: "New person at risk" };

export default async function NewPersonPage() {
  const actor = await requirePermission("records:write");
  const { agencies } = await groupFormOptions(actor);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/people">Back to people at risk</Link>
      </p>
      <PageHeader title="New person at risk" description="A victim or vulnerable person. Partner agencies see them only when they lead or the person is shared with them." />
      <PersonForm action={createPersonAction} options={{ agencies }} />
    </>
  );
}
