import { forbidden } from "next/navigation";
import { requireActor } from "@/lib/auth/actor";
import { audienceOf } from "@/lib/dal/visibility";

/**
 * The access check sits here, above loading.tsx: once the loading state has streamed the status
 * is 200 and cannot change, so a refusal inside it would not answer 403. It asks the data
 * layer's own rule (police, or partners for their agency's people); the list asks again.
 */
export default async function PeopleListLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActor();
  if (!audienceOf(actor)) forbidden();
  return children;
}
