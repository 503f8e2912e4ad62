import { AllConcernsPage } from "@/components/records/concern-timeline";
import type { SearchParams } from "@/lib/dal/list-params";

export const metadata = { title: "Concerns" };

export default async function Page({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  return <AllConcernsPage kind="GROUP" id={id} searchParams={query} />;
}
