import { AllLinksPage } from "@/components/records/all-links-page";
import type { SearchParams } from "@/lib/dal/list-params";

export const metadata = { title: "Links" };

export default async function Page({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  return <AllLinksPage kind="GROUP" id={id} searchParams={query} />;
}
